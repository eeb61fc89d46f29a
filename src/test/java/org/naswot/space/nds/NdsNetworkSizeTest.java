package org.naswot.space.nds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;
import org.naswot.spaces.OversizedEntries;
import org.naswot.testing.SharedData;

/** The size estimate bounds the real networks' parameters closely and refuses absurd ones before building. */
class NdsNetworkSizeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long EIGHT_GB = 8_000_000_000L;

    private static List<JsonNode> goldenNets() throws Exception {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (JsonNode e : JSON.readTree(SharedData.golden("nds/expected.json").toFile())) {
            out.add(e);
        }
        return out;
    }

    @Test
    void theEstimateIsAnUpperBoundWithinTwiceTheBuiltNetworksParameters() throws Exception {
        for (JsonNode e : goldenNets()) {
            NdsArchitecture a = NdsArchitecture.of("nds:" + e.get("space").asText(), e.get("net"), 0);
            long built = org.naswot.space.nds.net.NdsNetworkBuilder.INSTANCE.build(a, 10).trainableParameterCount();
            double estimate = NdsNetworkSize.of(a, 32).parameters();
            assertTrue(estimate >= built && estimate <= 2 * built, e.get("name") + ": built " + built + ", estimated "
                    + estimate);
            assertNull(NdsNetworkSize.of(a, 32).problem(128, EIGHT_GB), "a real NDS entry fits 8 GB");
            assertNull(NdsNetworkSize.of(a, 32).largeNote(128), "and is of ordinary size");
        }
    }

    private static NdsArchitecture resized(int width, int depth) throws Exception {
        JsonNode first = goldenNets().stream().filter(e -> e.get("net").has("genotype")).findFirst().orElseThrow();
        ObjectNode net = first.get("net").deepCopy();
        net.put("width", width);
        net.put("depth", depth);
        return NdsArchitecture.of("nds:DARTS", net, 7);
    }

    @Test
    void absurdWidthsAndDepthsAreRefusedSayingWhatTheyWouldNeed() throws Exception {
        String depth = NdsNetworkSize.of(resized(64, 10_000), 32).problem(128, EIGHT_GB);
        assertNotNull(depth);
        assertTrue(depth.contains("would need about") && depth.contains("GB") && depth.contains("8.0 GB"), depth);
        String width = NdsNetworkSize.of(resized(100_000, 8), 32).problem(128, EIGHT_GB);
        assertTrue(width.contains("largest weight alone"), width);
        // refused by the builder itself, before anything is allocated
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> org.naswot.space.nds.net.NdsNetworkBuilder.INSTANCE.build(resized(100_000, 8), 10));
        assertTrue(e.getMessage().contains("too large to score") && e.getMessage().contains("nds:DARTS#7"),
                e.getMessage());
    }

    @Test
    void aDeepButFeasibleNetworkIsAnnouncedSoTheWaitIsNotSilent() throws Exception {
        NdsNetworkSize deep = NdsNetworkSize.of(resized(16, 10_000), 32);
        assertTrue(deep.parameters() > 1e8 && deep.parameters() < 2e9, "hundreds of millions: " + deep.parameters());
        String note = deep.largeNote(128);
        assertTrue(note != null && note.contains("takes minutes") && note.contains("million parameters"), note);
        assertNull(deep.problem(128, 64_000_000_000L), "it fits 64 GB");
        assertNotNull(deep.problem(128, 1_000_000_000L), "not 1 GB");
    }

    @Test
    void oversizedEntriesAreCountedAndTheRestKeptInOrder() throws Exception {
        List<Architecture> archs = List.of(resized(16, 5).withIndex(0), resized(100_000, 8).withIndex(1),
                resized(16, 8).withIndex(2));
        OversizedEntries split = OversizedEntries.split(archs, 16, 32);
        assertEquals(1, split.skipped());
        assertNull(split.largeNote("nds:DARTS"), "the others are of ordinary size");
        assertEquals(List.of(0, 2), split.kept().stream().map(Architecture::index).toList());
        assertTrue(split.note("nds:DARTS", 3, "are skipped").startsWith("1 of 3 nds:DARTS entries are too large"),
                split.note("nds:DARTS", 3, "are skipped"));
    }
}
