package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.testing.SharedData;

/**
 * Two NB201 cells on which vkdnw used to be recorded as a failure under {@code --protocol vkdnw} (seed 2026): #5988,
 * whose cells cut the input off ("none" on every path), so that no probed parameter reaches the logits (their jacrev
 * gives zero Jacobians, so F = 0 and the score 0); and #2626, whose F made the symmetric eigen-solver give up ("convergence
 * failed"; the singular values are taken instead, as their code does).
 */
class VkdnwHardCellsTest {
    @TempDir
    Path dir;

    @Test
    void disconnectedAndIllConditionedCellsGetValuesNotFailures() throws Exception {
        Path cells = dir.resolve("cells.txt");
        Files.writeString(cells, "5988\n2626\n");
        CliRunner.Result r = CliRunner.run("score-space", "--space", "nb201", "--indices", cells.toString(),
                "--data-dir", SharedData.dataDir().toString(), "--db", dir.resolve("r.sqlite").toString(), "--seed",
                "2026", "--protocol", "vkdnw", "--protocol-seeds", "1", "--proxies", "vkdnw", "--json");
        assertEquals(0, r.exitCode(), r.err());
        Map<Integer, JsonNode> values = new HashMap<>();
        JsonNode summary = null;
        ObjectMapper json = new ObjectMapper();
        for (String line : r.lines()) {
            JsonNode n = json.readTree(line);
            if (n.has("summary")) {
                summary = n;
            } else if (n.has("index")) {
                values.put(n.get("index").asInt(), n.get("proxies").get("vkdnw"));
            }
        }
        assertTrue(values.get(5988).isNumber(), "a value, not a failure: " + values.get(5988));
        assertEquals(0.0, values.get(5988).asDouble(), 0.0, "no probe on the logits' graph: zero Jacobians");
        double v = values.get(2626).asDouble();
        assertTrue(values.get(2626).isNumber() && v > 0 && v < Math.log(9), "an entropy of 9 deciles, got " + v);
        assertTrue(summary != null && !summary.path("failed").has("vkdnw"), String.valueOf(summary));
    }
}
