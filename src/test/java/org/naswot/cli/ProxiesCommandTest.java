package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.score.proxies.AggregateRegistry;
import org.naswot.score.proxies.ProxyRegistry;
import org.naswot.score.proxies.ProxyRequirements;

/** {@code naswot proxies} lists what --proxies accepts, and what it says each needs is what the run checks. */
class ProxiesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listsEveryRegisteredProxyWithPaperCostAndNeeds() throws Exception {
        CliRunner.Result r = CliRunner.run("proxies", "--json");
        assertEquals(0, r.exitCode(), r.err());
        List<String> ids = new ArrayList<>();
        List<String> aggregates = new ArrayList<>();
        for (String line : r.lines()) {
            JsonNode p = JSON.readTree(line);
            String id = p.get("id").asText();
            if (p.path("aggregate").asBoolean()) {
                // computed from a run's stored parts, each of them a registered proxy
                aggregates.add(id);
                assertTrue(p.get("paper").asText().matches(".*(19|20)\\d\\d.*"), "the paper's year: " + p);
                p.get("members").forEach(m -> ProxyRegistry.get(m.asText()));
                assertTrue(p.get("members").size() > 0, "members of " + id);
                continue;
            }
            ids.add(id);
            assertFalse(p.get("paper").asText().isBlank(), "paper of " + id);
            assertTrue(p.get("paper").asText().matches(".*(19|20)\\d\\d.*"), "the paper's year: " + p);
            assertFalse(p.get("measures").asText().isBlank(), "what " + id + " measures");
            assertFalse(p.get("cost").get("pass").asText().isBlank(), "cost of " + id);
            // the listing's needs are the ones a run refuses without: labels (noise has none), two images
            boolean labels = p.get("needs_labels").asBoolean();
            boolean two = p.get("needs_two_images").asBoolean();
            var proxy = List.of(ProxyRegistry.get(id));
            if (labels) {
                assertThrows(UserFacingException.class, () -> ProxyRequirements.check(proxy, new int[] {-1, -1}, 10));
            } else if (!two) {
                assertDoesNotThrow(() -> ProxyRequirements.check(proxy, new int[] {-1}, 10));
            }
            if (two) {
                assertThrows(UserFacingException.class, () -> ProxyRequirements.check(proxy, new int[] {3}, 10));
            } else {
                assertDoesNotThrow(() -> ProxyRequirements.check(proxy, new int[] {3}, 10));
            }
        }
        assertEquals(ProxyRegistry.ids(), ids);
        assertEquals(AggregateRegistry.ids(), aggregates);

        String text = CliRunner.run("proxies").out();
        for (String id : ProxyRegistry.ids()) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(id + "  (")), id + " in\n" + text);
        }
        assertTrue(text.contains("Lee et al., SNIP"), text);
        for (String id : AggregateRegistry.ids()) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(id + "  (")), id + " in\n" + text);
        }
        assertTrue(text.contains("computed from a run's stored az_expressivity, az_progressivity, az_trainability, "
                + "az_complexity"), text);
    }

    @Test
    void scoreSpaceTextSummaryGivesEachProxysCorrelationAsTheJsonDoes(@TempDir Path dir) throws Exception {
        String[] args = {"score-space", "--sample", "4", "--seed", "3", "--batch-size", "8", "--proxies",
            "synflow,l2_norm", "--data-dir", dir.resolve("data").toString(), "--db", dir.resolve("r.sqlite").toString()};
        CliRunner.Result text = CliRunner.run(args);
        assertEquals(0, text.exitCode(), text.err());
        List<String> withJson = new ArrayList<>(List.of(args));
        withJson.add("--json");
        String[] lines = CliRunner.run(withJson.toArray(String[]::new)).lines();
        JsonNode summary = JSON.readTree(lines[lines.length - 1]);
        for (String id : List.of("synflow", "l2_norm")) {
            String expected = String.format(Locale.ROOT, "  %-12s Kendall tau %.4f, Spearman rho %.4f", id,
                    summary.get("proxy_kendall_tau").get(id).asDouble(), summary.get("proxy_spearman").get(id).asDouble());
            assertTrue(text.out().lines().anyMatch(expected::equals), expected + " in\n" + text.out());
        }
    }
}
