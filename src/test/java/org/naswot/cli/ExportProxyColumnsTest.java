package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.score.ScoreResult;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;

/** Issue 27: {@code naswot export} carries the run's stored proxies, one column each, empty where missing or failed. */
class ExportProxyColumnsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String db() {
        return tmp.resolve("r.sqlite").toString();
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + " -> " + r.err() + r.out());
        return r;
    }

    @Test
    void storedProxiesBecomeColumnsNamedByIdEmptyWhereMissingOrFailed() throws Exception {
        String data = tmp.resolve("data").toString();
        ok("score-space", "--space", "nb201", "--sample", "3", "--seed", "5", "--batch-size", "8", "--data-dir", data,
                "--db", db(), "--json");
        List<ScoreResult> scores;
        try (ResultStore store = ResultStore.open(Path.of(db()))) {
            RunInfo run = store.requireRun(1);
            scores = store.scores(1);
            ScoreResult a = scores.get(0);
            ScoreResult b = scores.get(1);
            ScoreResult c = scores.get(2);
            store.addProxyValue(run.settings(), a.index(), a.arch(), "synflow", 12.5, 0.1);
            store.addProxyValue(run.settings(), b.index(), b.arch(), "synflow", Double.NaN, 0.1);
            store.addProxyFailure(run.settings(), c.index(), c.arch(), "synflow", "out of memory");
            store.addProxyValue(run.settings(), a.index(), a.arch(), "params", 1.25, 0.1);
            // a value under other settings (another weight seed) is not this run's
            org.naswot.score.ScoringSettings s = run.settings();
            store.addProxyValue(new org.naswot.score.ScoringSettings(s.space(), s.dataset(), s.input(), s.batchSize(),
                    s.batchSeed(), s.initSeed() + 1, s.counting(), s.device(), s.batchDigest(), s.weightSeeds()),
                    c.index(), c.arch(), "snip", 3.0, 0.1);
        }
        String[] csv = ok("export", "--run", "1", "--db", db(), "--data-dir", data).lines();
        assertEquals(List.of("arch_index", "arch", "score", "singular", "relu_units", "params", "seconds", "accuracy",
                "accuracy_column", "synflow", "params_proxy"), List.of(csv[0].split(",")), "in the registry's order");
        assertEquals(4, csv.length);
        assertTrue(csv[1].endsWith(",12.5,1.25"), csv[1]);
        assertTrue(csv[2].endsWith(",nan,"), "computed NaN is nan, a missing value empty: " + csv[2]);
        assertTrue(csv[3].endsWith(",,"), "a failure is no value: " + csv[3]);

        JsonNode json = JSON.readTree(ok("export", "--run", "1", "--format", "json", "--db", db(), "--data-dir",
                data).out());
        assertEquals(List.of("synflow", "params_proxy"), JSON.convertValue(json.get("run").get("proxies"), List.class));
        JsonNode rows = json.get("scores");
        assertEquals(12.5, rows.get(0).get("proxies").get("synflow").asDouble());
        assertEquals("nan", rows.get(1).get("proxies").get("synflow").asText());
        assertTrue(rows.get(2).get("proxies").get("synflow").isNull());
        assertFalse(rows.get(2).get("proxies").has("snip"));
    }
}
