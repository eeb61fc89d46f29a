package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.score.ScoringProtocol;
import org.naswot.service.RunHistory;
import org.naswot.store.RunInfo;
import org.naswot.testing.SharedData;

/**
 * {@code naswot score --protocol}: one network under a protocol gives, seed for seed, the values score-space gives
 * the same cell under the same protocol, to the last digit, and their mean.
 */
class ScoreProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CELL = 6111;

    @TempDir
    Path dir;

    private static double value(JsonNode n) {
        return n.isNumber() ? n.asDouble() : n.asText().equals("-inf") ? Double.NEGATIVE_INFINITY : Double.NaN;
    }

    @Test
    void scoreUnderVkdnwEqualsScoreSpaceSeedForSeedAndTheirMean() throws Exception {
        String data = SharedData.dataDir().toString();
        Path cells = dir.resolve("cells.txt");
        Files.writeString(cells, CELL + "\n");
        CliRunner.Result space = CliRunner.run("score-space", "--space", "nb201", "--indices", cells.toString(),
                "--protocol", "vkdnw", "--protocol-seeds", "2", "--proxies", "jacov,vkdnw", "--data-dir", data,
                "--db", dir.resolve("space.sqlite").toString(), "--json");
        assertEquals(0, space.exitCode(), space.err());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : space.lines()) {
            JsonNode n = JSON.readTree(line);
            if (n.has("index") && !n.has("summary")) {
                rows.add(n);
            }
        }
        assertEquals(2, rows.size(), "one row per protocol seed: " + space.out());

        // a database of its own: nothing of score-space's values can be reused, each is computed again
        Path scoreDb = dir.resolve("score.sqlite");
        CliRunner.Result one = CliRunner.run("score", "--space", "nb201", "--index", Integer.toString(CELL),
                "--protocol", "vkdnw", "--protocol-seeds", "2", "--proxies", "jacov,vkdnw", "--data-dir", data,
                "--db", scoreDb.toString(), "--json");
        assertEquals(0, one.exitCode(), one.err());
        JsonNode o = JSON.readTree(one.out());
        assertEquals("vkdnw", o.get("protocol").asText());
        assertEquals(List.of(1, 2), JSON.convertValue(o.get("protocol_seeds"), List.class));
        assertEquals(64, o.get("batch_size").asInt());
        assertEquals(List.of("nwot", "vkdnw"), JSON.convertValue(o.get("noise_input"), List.class));
        for (int k = 0; k < 2; k++) {
            assertEquals(value(rows.get(k).get("score")), value(o.get("score_seeds").get(k)), 0.0, "seed " + (k + 1));
            for (String p : List.of("jacov", "vkdnw")) {
                assertEquals(value(rows.get(k).get("proxies").get(p)), value(o.get("proxies_seeds").get(p).get(k)),
                        0.0, p + ", seed " + (k + 1));
            }
        }
        double s1 = value(rows.get(0).get("score"));
        double s2 = value(rows.get(1).get("score"));
        assertTrue(s1 != s2, "two seeds, two networks");
        assertEquals((s1 + s2) / 2, value(o.get("score")), 0.0, "the mean over the seeds");
        for (String p : List.of("jacov", "vkdnw")) {
            assertEquals((value(rows.get(0).get("proxies").get(p)) + value(rows.get(1).get("proxies").get(p))) / 2,
                    value(o.get("proxies").get(p)), 0.0, p);
        }
        // each seed stored as its own run of the protocol, as score-space stores them
        List<RunInfo> runs = new RunHistory(scoreDb, new DataDirectory(SharedData.dataDir())).runs();
        assertEquals(2, runs.size());
        runs.forEach(r -> assertEquals(ScoringProtocol.VKDNW, r.settings().protocol()));
        assertEquals(List.of(1L, 2L), runs.stream().map(r -> r.settings().batchSeed()).toList());

        // the text form states the protocol and the seeds
        CliRunner.Result text = CliRunner.run("score", "--space", "nb201", "--index", Integer.toString(CELL),
                "--protocol", "vkdnw", "--protocol-seeds", "1", "--data-dir", data);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("protocol    vkdnw, batch 64"), text.out());
        assertTrue(text.out().contains(Output.formatScore(s1)), text.out());
    }

    /**
     * VKDNW's driver (AZ-NAS's NB201 notebook) builds each network with PyTorch's default weights and leaves
     * re-initialising to each measure's code: jacov's re-initialises (Kaiming), ZiCo's and TE-NAS's do not. So under
     * the protocol zico must equal the paper procedure's zico at the same batch (64) and seed to the last digit, while
     * jacov must not.
     */
    @Test
    void measuresTheDriverScoresAsBuiltKeepPyTorchsDefaultWeights() throws Exception {
        String data = SharedData.dataDir().toString();
        JsonNode vkdnw = JSON.readTree(scoreOne(data, "--protocol", "vkdnw", "--protocol-seeds", "1").out());
        JsonNode paper = JSON.readTree(scoreOne(data, "--batch-size", "64").out());
        assertEquals(64, paper.get("batch_size").asInt());
        assertEquals(List.of("zico"), JSON.convertValue(vkdnw.get("default_init"), List.class));
        assertEquals(List.of(), JSON.convertValue(paper.get("default_init"), List.class));
        assertEquals(value(paper.get("proxies").get("zico")), value(vkdnw.get("proxies").get("zico")), 0.0,
                "zico on the network as built, as the driver computes it");
        assertTrue(value(paper.get("proxies").get("jacov")) != value(vkdnw.get("proxies").get("jacov")),
                "jacov on Kaiming weights under the protocol: " + vkdnw + " / " + paper);
        assertEquals(ScoringProtocol.VKDNW.weightInit(), ScoringProtocol.VKDNW.weightInitFor("jacov"));
        assertEquals(org.naswot.nn.WeightInit.PYTORCH_DEFAULT, ScoringProtocol.VKDNW.weightInitFor("ntk_cond"));
        assertEquals(org.naswot.nn.WeightInit.PYTORCH_DEFAULT, ScoringProtocol.VKDNW.weightInitFor("linear_regions"));
    }

    private CliRunner.Result scoreOne(String data, String... protocol) throws Exception {
        List<String> args = new ArrayList<>(List.of("score", "--space", "nb201", "--index", Integer.toString(CELL),
                "--proxies", "zico,jacov", "--data-dir", data, "--db", Files.createTempFile(dir, "db", ".sqlite")
                        .toString(), "--json"));
        args.addAll(List.of(protocol));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return r;
    }

    @Test
    void badProtocolRequestsAreRefusedInOneLine() {
        String data = SharedData.dataDir().toString();
        String[][] cases = {
            {"score", "--index", "1", "--protocol", "vkdnw", "--batch-size", "32", "--data-dir", data},
            {"score", "--index", "1", "--protocol", "kaiming", "--data-dir", data},
            {"score", "--index", "1", "--protocol", "vkdnw", "--protocol-seeds", "0", "--data-dir", data},
            {"score", "--index", "1", "--protocol", "vkdnw", "--proxies", "az_nas", "--data-dir", data},
            {"score", "--index", "1", "--protocol", "vkdnw", "--weights", "w.npz", "--data-dir", data},
        };
        for (String[] args : cases) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(Main.USER_ERROR, r.exitCode(), String.join(" ", args) + " -> " + r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            assertTrue(r.err().strip().lines().count() <= 2, r.err());
        }
    }
}
