package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.testing.SharedData;

class ScoreCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scoresTheGoldenArchitectureWithItsWeightsAndBatch() throws Exception {
        JsonNode expected = JSON.readTree(SharedData.golden("expected.json").toFile()).get(5);
        CliRunner.Result r = CliRunner.run("score", "--space", "nb201", "--arch", expected.get("arch").asText(),
                "--weights", SharedData.golden("arch_5.npz").toString(), "--batch", SharedData.golden("batch.npy").toString(),
                "--data-dir", SharedData.dataDir().toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode line = JSON.readTree(r.out());
        assertEquals(List.of("space", "index", "arch", "score", "relu_units", "params", "seconds"),
                fieldNames(line).subList(0, 7));
        assertEquals("nb201", line.get("space").asText());
        assertEquals(expected.get("index").asInt(), line.get("index").asInt());
        assertEquals(expected.get("diag_repo").asLong(), line.get("relu_units").asLong());
        assertEquals(expected.get("params_10_classes").asLong(), line.get("params").asLong());
        double logdet = expected.get("logdet_repo").asDouble();
        assertEquals(logdet, line.get("score").asDouble(), 1e-6 * logdet);
    }

    @Test
    void onceCountingAndSingularCells() throws Exception {
        CliRunner.Result r = CliRunner.run("score", "--index", "1651", "--data-dir", SharedData.dataDir().toString(),
                "--batch-size", "16", "--relu-count", "once", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode line = JSON.readTree(r.out());
        assertEquals("-inf", line.get("score").asText());
        assertEquals(40_960, line.get("relu_units").asLong());
    }

    @Test
    void userErrorsAreOneLineWithExitCodeTwo() {
        String data = SharedData.dataDir().toString();
        String[][] cases = {
            {"score", "--arch", "|nor_conv_3x3~0|+|none~0|", "--data-dir", data},
            {"score", "--index", "20000", "--data-dir", data},
            {"score", "--space", "nb999", "--index", "1", "--data-dir", data},
            {"score", "--index", "1", "--relu-count", "twice", "--data-dir", data},
            {"score", "--index", "1", "--weights", "/nonexistent/w.npz", "--data-dir", data},
            {"score", "--index", "1", "--dataset", "cifar100", "--data-dir", "/nonexistent/data"},
            {"score", "--index", "1", "--arch", "x", "--data-dir", data},
            {"score-space", "--sample", "0", "--data-dir", data},
            {"bench", "--archs", "/nonexistent/list.txt", "--data-dir", data},
        };
        for (String[] args : cases) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + " -> " + r.err());
            assertEquals(1, r.err().strip().split("\n").length, "one line for " + String.join(" ", args) + ": " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
            assertTrue(r.err().startsWith("naswot "), r.err());
        }
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
