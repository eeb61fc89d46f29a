package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.search.stats.Correlations;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.naswot.store.RunStatus;

/** {@code naswot runs}: what the window's run list does, for scripts; and export's accuracy column. */
class RunsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String db() {
        return tmp.resolve("r.sqlite").toString();
    }

    private String data() {
        return tmp.resolve("data").toString(); // empty: the built-in images, as on a fresh machine
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + " -> " + r.err() + r.out());
        return r;
    }

    /** Exit code 2, one or two lines naming the problem, no stack trace; returns stderr. */
    private static String refused(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(Main.USER_ERROR, r.exitCode(), String.join(" ", args) + " -> " + r.err() + r.out());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
        assertTrue(r.err().strip().lines().count() <= 2, r.err());
        assertTrue(r.err().startsWith("naswot runs") || r.err().startsWith("naswot export"), r.err());
        return r.err();
    }

    private List<JsonNode> list() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : ok("runs", "list", "--db", db(), "--json").lines()) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private void scoreSpace(int sample, int seed) {
        ok("score-space", "--space", "nb201", "--sample", Integer.toString(sample), "--seed", Integer.toString(seed),
                "--batch-size", "8", "--data-dir", data(), "--db", db(), "--json");
    }

    @Test
    void listShowRenameDeleteAsTheWindowDoes() throws Exception {
        scoreSpace(5, 1);
        scoreSpace(3, 2);
        // a run the window's Cancel stopped: its status says so
        long cancelled;
        try (ResultStore store = ResultStore.open(Path.of(db()))) {
            RunInfo second = store.requireRun(2);
            cancelled = store.startRun(second.settings(), "stopped one", 40);
            store.finishRun(cancelled, RunStatus.CANCELLED);
        }

        List<JsonNode> runs = list();
        assertEquals(List.of(1L, 2L, 3L), runs.stream().map(r -> r.get("id").asLong()).toList());
        JsonNode first = runs.get(0);
        for (String f : List.of("id", "label", "space", "dataset", "settings", "n", "status", "created")) {
            assertTrue(first.has(f), f + " in " + first);
        }
        assertEquals("nb201", first.get("space").asText());
        assertEquals(5, first.get("n").asInt());
        assertEquals(8, first.get("settings").get("batch_size").asInt());
        assertEquals("finished", first.get("status").asText());
        assertEquals(3, runs.get(1).get("n").asInt());
        assertEquals("cancelled", runs.get(2).get("status").asText());
        assertTrue(ok("runs", "list", "--db", db()).out().lines()
                .anyMatch(l -> l.contains("cancelled") && l.contains("0/40")), "text list names the status");

        // show: the summary is score-space's (one policy: Correlations)
        CliRunner.Result scored = ok("score-space", "--space", "nb201", "--sample", "5", "--seed", "1",
                "--batch-size", "8", "--data-dir", data(), "--db", db(), "--json");
        String[] lines = scored.lines();
        JsonNode summary = JSON.readTree(lines[lines.length - 1]);
        assertEquals(1, summary.get("run_id").asLong(), "the same request resumes run 1");
        double[] scores = new double[5];
        double[] accuracies = new double[5];
        for (int i = 0; i < 5; i++) {
            JsonNode line = JSON.readTree(lines[i]);
            scores[i] = line.get("score").asDouble();
            accuracies[i] = line.get("accuracy").asDouble();
        }
        JsonNode shown = JSON.readTree(ok("runs", "show", "1", "--db", db(), "--data-dir", data(), "--json").out());
        JsonNode stats = shown.get("summary");
        assertEquals(5, stats.get("n").asInt());
        assertEquals(summary.get("kendall_tau").asDouble(), stats.get("kendall_tau").asDouble(), 1e-12);
        assertEquals(summary.get("spearman_rho").asDouble(), stats.get("spearman_rho").asDouble(), 1e-12);
        assertEquals(Correlations.of(scores, accuracies).tau(), stats.get("kendall_tau").asDouble(), 1e-12);
        assertEquals(summary.get("accuracy").asText(), stats.get("accuracy").asText());
        assertTrue(ok("runs", "show", "--run", "1", "--db", db(), "--data-dir", data()).out()
                .contains("Kendall tau="), "text show prints the correlation");

        // rename, then delete: the list follows, and a new run does not take the deleted id
        JsonNode renamed = JSON.readTree(ok("runs", "rename", "2", "seed 2 (3 cells)", "--db", db(), "--json").out());
        assertEquals("seed 2 (3 cells)", renamed.get("label").asText());
        assertEquals("seed 2 (3 cells)", list().get(1).get("label").asText());
        ok("runs", "delete", "3", "--db", db());
        assertEquals(List.of(1L, 2L), list().stream().map(r -> r.get("id").asLong()).toList());
        scoreSpace(2, 3);
        assertEquals(List.of(1L, 2L, 4L), list().stream().map(r -> r.get("id").asLong()).toList());
    }

    @Test
    void badInputSaysWhatIsWrongAndTheWayOut() {
        // no database: nothing is created by looking
        assertTrue(ok("runs", "list", "--db", db()).err().contains("no scoring runs"));
        assertEquals("", ok("runs", "list", "--db", db(), "--json").out());
        assertTrue(refused("runs", "show", "1", "--db", db()).contains("--db"));
        assertTrue(refused("runs", "delete", "1", "--db", db()).contains("not found"));
        assertFalse(Files.exists(Path.of(db())), "a refused command leaves no database behind");

        scoreSpace(2, 1);
        String unknown = refused("runs", "show", "7", "--db", db());
        assertTrue(unknown.contains("no scoring run 7") && unknown.contains("existing runs: 1"), unknown);
        assertTrue(refused("runs", "delete", "7", "--db", db()).contains("existing runs: 1"));
        assertTrue(refused("runs", "rename", "7", "x", "--db", db()).contains("no scoring run 7"));
        assertTrue(refused("runs", "rename", "1", "--db", db()).contains("no new label"));
        assertTrue(refused("runs", "show", "--db", db()).contains("runs list"));
        assertTrue(refused("runs", "show", "1", "--run", "2", "--db", db()).contains("give one"));
        assertTrue(refused("runs", "show", "one", "--db", db()).contains("'one' is not a long"));
    }

    @Test
    void exportCarriesTheAccuracyColumnTheRunIsCorrelatedWith() throws Exception {
        CliRunner.Result scored = ok("score-space", "--space", "nb201", "--sample", "4", "--seed", "5",
                "--batch-size", "8", "--data-dir", data(), "--db", db(), "--json");
        Map<Integer, Double> accuracy = new HashMap<>();
        String column = null;
        for (String line : scored.lines()) {
            JsonNode o = JSON.readTree(line);
            if (o.has("index")) {
                accuracy.put(o.get("index").asInt(), o.get("accuracy").asDouble());
            } else {
                column = o.get("accuracy").asText();
            }
        }
        String[] csv = ok("export", "--run", "1", "--db", db(), "--data-dir", data()).lines();
        List<String> header = List.of(csv[0].split(","));
        assertEquals(List.of("arch_index", "arch", "score", "singular", "relu_units", "params", "seconds", "accuracy",
                "accuracy_column"), header);
        assertEquals(5, csv.length);
        for (int i = 1; i < csv.length; i++) {
            String[] f = csv[i].split(",");
            assertEquals(accuracy.get(Integer.parseInt(f[0])), Double.parseDouble(f[7]), 1e-9, csv[i]);
            assertEquals(column, f[8]);
        }
        JsonNode json = JSON.readTree(ok("export", "--run", "1", "--format", "json", "--db", db(), "--data-dir",
                data()).out());
        assertEquals(column, json.get("run").get("accuracy_column").asText());
        for (JsonNode s : json.get("scores")) {
            assertEquals(accuracy.get(s.get("arch_index").asInt()), s.get("accuracy").asDouble(), 1e-9);
        }
        // another column on request; an unknown one is refused, naming the column
        String[] test = ok("export", "--run", "1", "--accuracy", "cifar10_test_200ep_nb201v10", "--db", db(), "--data-dir",
                data()).lines();
        assertTrue(test[1].endsWith(",cifar10_test_200ep_nb201v10"), test[1]);
        assertTrue(refused("export", "--run", "1", "--accuracy", "nope", "--db", db(), "--data-dir", data())
                .contains("nope"));
    }
}
