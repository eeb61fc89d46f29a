package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.testing.SharedData;

class SearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void naswotSearchReportsTheBestScoredSampleAndItsAccuracies(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.sqlite");
        String[] args = {"search", "--space", "nb201", "--dataset", "cifar10", "--n", "6", "--runs", "2", "--seed", "4",
            "--batch-size", "16", "--data-dir", SharedData.dataDir().toString(), "--db", db.toString(), "--json"};
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.lines();
        assertEquals(3, lines.length);
        for (int run = 0; run < 2; run++) {
            JsonNode line = JSON.readTree(lines[run]);
            assertEquals(run, line.get("run").asInt());
            for (String f : List.of("chosen_index", "chosen_arch", "chosen_score", "cifar10_test", "cifar10_valid",
                    "cifar100_test", "imagenet16_test", "seconds")) {
                assertTrue(line.has(f), f + " in " + line);
            }
            assertTrue(line.get("cifar10_test").asDouble() > 10);
        }
        JsonNode summary = JSON.readTree(lines[2]);
        assertTrue(summary.get("summary").asBoolean());
        assertEquals(2, summary.get("runs").asInt());
        assertEquals(6, summary.get("n").asInt());
        double mean = (JSON.readTree(lines[0]).get("cifar10_test").asDouble() + JSON.readTree(lines[1]).get("cifar10_test").asDouble()) / 2;
        assertEquals(mean, summary.get("cifar10_test_mean").asDouble(), 1e-9);
        assertTrue(summary.has("cifar100_test_std") && summary.has("seconds_per_run"));

        // the chosen cell has the best score among what was sampled: export the scores and check
        CliRunner.Result export = CliRunner.run("export", "--db", db.toString(), "--run", "1", "--format", "csv");
        assertEquals(0, export.exitCode(), export.err());
        double best = Double.NEGATIVE_INFINITY;
        List<String> header = List.of(export.lines()[0].split(","));
        for (String row : export.lines()) {
            if (!row.startsWith("arch_index")) {
                // counted from the end: an NB201 arch string has no comma, and the accuracy columns follow seconds
                String[] f = row.split(",");
                int score = f.length - (header.size() - header.indexOf("score"));
                best = Math.max(best, Double.parseDouble(f[score].replace("-inf", "-Infinity")));
            }
        }
        assertEquals(best, JSON.readTree(lines[0]).get("chosen_score").asDouble(), 1e-9);

        // a second identical search reuses every stored score
        CliRunner.Result again = CliRunner.run(args);
        assertEquals(0, JSON.readTree(again.lines()[2]).get("computed").asInt());
        for (int run = 0; run < 2; run++) {
            JsonNode first = JSON.readTree(lines[run]);
            JsonNode second = JSON.readTree(again.lines()[run]);
            for (String f : List.of("chosen_index", "chosen_arch", "chosen_score", "cifar10_test")) {
                assertEquals(first.get(f), second.get(f), f);
            }
        }
    }

    @Test
    void theBuiltInImagesNoteIsPrintedOnceNotOncePerRun(@TempDir Path dir) {
        CliRunner.Result r = CliRunner.run("search", "--n", "2", "--runs", "3", "--batch-size", "8", "--data-dir",
                dir.resolve("empty").toString(), "--db", dir.resolve("s.sqlite").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("built-in 4,000 of 50,000")).count(), r.err());
        assertEquals(3, r.out().lines().filter(l -> l.startsWith("run ")).count(), r.out());
    }

    @Test
    void evolutionSpendsExactlyItsQueryBudget(@TempDir Path dir) throws Exception {
        CliRunner.Result r = CliRunner.run("search", "--algorithm", "rea", "--budget", "40", "--runs", "3",
                "--data-dir", SharedData.dataDir().toString(), "--db", dir.resolve("r.sqlite").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        for (int i = 0; i < 3; i++) {
            assertEquals(40, JSON.readTree(r.lines()[i]).get("queries").asInt());
        }
        assertTrue(JSON.readTree(r.lines()[3]).get("cifar10_valid_mean").asDouble() > 85);
    }

    @Test
    void reproduceWritesTheReportWithThePapersValues(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.md");
        CliRunner.Result r = CliRunner.run("reproduce", "--runs", "2", "--tau-sample", "12", "--batch-size", "8",
                "--bootstrap", "100", "--data-dir", SharedData.dataDir().toString(), "--db", dir.resolve("p.sqlite").toString(),
                "--out", report.toString());
        assertEquals(0, r.exitCode(), r.err());
        String md = Files.readString(report);
        assertTrue(md.contains("| NASWOT (N=10) | CIFAR-10 | 2 |"), md);
        assertTrue(md.contains("92.44 ± 1.13") && md.contains("92.81 ± 0.99") && md.contains("0.574"), md);
        assertTrue(md.contains("Optimal in N=100"), md);
    }
}
