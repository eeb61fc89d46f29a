package org.naswot.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.data.BuiltInData;
import org.naswot.data.DataDirectory;
import org.naswot.space.nb301.Nb301Encoding;
import org.naswot.space.nds.CellNetwork;
import org.naswot.space.nds.GenotypeEdge;
import org.naswot.space.nds.NdsArchitecture;

/**
 * nb301 over NAS-Bench-Suite-Zero's table, checked against the json file read independently here: index = idx,
 * the compact arch as NASLib writes it, the surrogate's val_accuracy and the Suite-Zero proxies as columns.
 */
class Nb301SpaceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private SpaceContext open() {
        return SpaceContext.open("NAS-Bench-301", new DataDirectory(dir.resolve("empty")));
    }

    @Test
    void everyTableRowIsItsIdxWithItsArchAccuracyAndProxies() throws Exception {
        SpaceContext ctx = open();
        assertEquals("nb301", ctx.id());
        assertEquals(725, ctx.space().size());
        assertEquals("val_accuracy", ctx.defaultAccuracyColumn());
        JsonNode rows = JSON.readTree(BuiltInData.bytes(BuiltInData.Item.NB301_TABLE)).get("cifar10");
        int seen = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = rows.fields(); it.hasNext(); seen++) {
            Map.Entry<String, JsonNode> e = it.next();
            int idx = Integer.parseInt(e.getValue().get("idx").asText());
            NdsArchitecture a = (NdsArchitecture) ctx.space().architecture(idx);
            assertEquals(idx, a.index());
            assertEquals(e.getKey(), a.encoding(), "idx " + idx + " is printed as NASLib prints it");
            assertEquals(e.getValue().get("val_accuracy").asDouble(), ctx.accuracy(idx, "val_accuracy"), 0.0);
            assertEquals(e.getValue().get("nwot").get("score").asDouble(), ctx.accuracy(idx, "suite_zero_nwot"), 0.0);
            assertEquals(e.getValue().get("synflow").get("score").asDouble(),
                    ctx.accuracy(idx, "suite_zero_synflow"), 0.0);
            assertEquals(idx, ctx.space().parse(e.getKey()).index());
            CellNetwork net = (CellNetwork) a.net();
            assertEquals(32, net.width());
            assertEquals(8, net.depth());
            assertFalse(net.aux());
            assertEquals(List.of(2, 3, 4, 5), net.genotype().normalConcat());
        }
        assertEquals(725, seen);
        ctx.requireAccuracyColumn("suite_zero_nwot");
        assertTrue(ctx.accuracyLabel("val_accuracy").contains("surrogate")
                && ctx.accuracyLabel("val_accuracy").contains("not a trained result"), ctx.accuracyLabel("val_accuracy"));
        assertThrows(UserFacingException.class, () -> ctx.requireAccuracyColumn("test_accuracy"));
        // exported figures name the surrogate with the column; trained columns stay bare
        assertTrue(ctx.accuracyProvenance("val_accuracy").startsWith("val_accuracy (")
                && ctx.accuracyProvenance("val_accuracy").contains("surrogate"), ctx.accuracyProvenance("val_accuracy"));
        SpaceContext nb201 = SpaceContext.open("nb201", new DataDirectory(dir.resolve("empty")));
        assertEquals("cifar10valid_valid_200ep_nb201v10", nb201.accuracyProvenance("cifar10valid_valid_200ep_nb201v10"));
    }

    @Test
    void theCompactFormMapsOpsAndInputsAsNasLibDoes() {
        SpaceContext ctx = open();
        // idx 534 of the table
        String arch = "[[(0, 0), (1, 5), (1, 1), (0, 1), (1, 3), (0, 3), (1, 3), (3, 2)], "
                + "[(1, 0), (0, 2), (1, 3), (0, 3), (3, 0), (0, 1), (2, 0), (3, 6)]]";
        NdsArchitecture a = (NdsArchitecture) ctx.space().parse(arch);
        assertEquals(534, a.index());
        CellNetwork net = (CellNetwork) a.net();
        assertEquals(new GenotypeEdge("max_pool_3x3", 0), net.genotype().normal().get(0));
        assertEquals(new GenotypeEdge("dil_conv_3x3", 1), net.genotype().normal().get(1));
        assertEquals(new GenotypeEdge("skip_connect", 3), net.genotype().normal().get(7));
        assertEquals(new GenotypeEdge("dil_conv_5x5", 3), net.genotype().reduce().get(7));
        // square brackets and other spacing read the same; the NDS genotype json too
        assertEquals(534, ctx.space().parse(arch.replace('(', '[').replace(')', ']').replace(" ", "")).index());
        assertEquals(534, ctx.space().parse(net.genotype().toJson().toString()).index());
        assertEquals(534, ctx.space().parse(net.toJson().toString()).index());
        // a cell outside the table has no index
        String other = arch.replace("(3, 2)]", "(3, 4)]");
        assertEquals(-1, ctx.space().parse(other).index());
        assertEquals(other, ctx.space().parse(other).encoding());
    }

    @Test
    void badCompactFormsAreRefusedWithTheProblemNamed() {
        SpaceContext ctx = open();
        String ok = "[(0, 0), (1, 5), (1, 1), (0, 1), (1, 3), (0, 3), (1, 3), (3, 2)]";
        Map<String, String> bad = Map.of(
                "[" + ok + ", " + ok.replace("(3, 2)", "(3, 7)") + "]", "unknown op 7",
                "[" + ok + ", " + ok.replace("(3, 2)", "(5, 2)") + "]", "from input 5",
                "[" + ok + "]", "1 cells",
                "[" + ok + ", " + ok.replace(", (3, 2)", "") + "]", "7 (input, op) pairs",
                "[" + ok + ", " + ok.replace("(1, 5)", "(0, 5)") + "]", "both edges into node 2",
                "[" + ok + ", " + ok + "", "expected",
                "[" + ok + "; " + ok + "]", "character 66");
        bad.forEach((text, expected) -> {
            UserFacingException e = assertThrows(UserFacingException.class, () -> ctx.space().parse(text), text);
            assertTrue(e.getMessage().contains(expected), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        });
        String wide = "{\"genotype\": " + ((CellNetwork) ((NdsArchitecture) ctx.space().architecture(0)).net())
                .genotype().toJson() + ", \"width\": 16, \"depth\": 8}";
        UserFacingException e = assertThrows(UserFacingException.class, () -> ctx.space().parse(wide));
        assertTrue(e.getMessage().contains("width 16"), e.getMessage());
        UserFacingException range = assertThrows(UserFacingException.class, () -> ctx.space().architecture(725));
        assertTrue(range.getMessage().contains("0..724"), range.getMessage());
    }

    @Test
    void aMutationChangesOneEdgeKeepsTheSpaceRulesAndIsLookedUp() {
        SpaceContext ctx = open();
        Random rng = new Random(11);
        int inTable = 0;
        for (int trial = 0; trial < 500; trial++) {
            NdsArchitecture parent = (NdsArchitecture) ctx.space().architecture(trial % 725);
            NdsArchitecture child = (NdsArchitecture) ctx.space().mutate(parent, rng);
            List<GenotypeEdge> p = edges(parent);
            List<GenotypeEdge> c = edges(child);
            int changed = 0;
            for (int i = 0; i < p.size(); i++) {
                changed += p.get(i).equals(c.get(i)) ? 0 : 1;
            }
            assertEquals(1, changed);
            // reparsing the child's text checks every rule of the space (ops, distinct inputs, concat)
            NdsArchitecture again = (NdsArchitecture) ctx.space().parse(child.encoding());
            assertEquals(child.index(), again.index());
            assertEquals(child.net(), again.net());
            assertNotEquals(parent.encoding(), child.encoding());
            inTable += child.index() >= 0 ? 1 : 0;
        }
        assertTrue(inTable < 500, "most neighbours are outside a 725-cell table");
    }

    private static List<GenotypeEdge> edges(NdsArchitecture a) {
        CellNetwork c = (CellNetwork) a.net();
        return java.util.stream.Stream.concat(c.genotype().normal().stream(), c.genotype().reduce().stream()).toList();
    }

    @Test
    void formatIsTheInverseOfParse() {
        for (int i = 0; i < 725; i += 37) {
            NdsArchitecture a = (NdsArchitecture) open().space().architecture(i);
            assertEquals(a.encoding(), Nb301Encoding.format(Nb301Encoding.parse(a.encoding())));
        }
    }
}
