package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.testing.SharedData;

/** score-space writes as it goes and resumes: a killed run finishes with the same table as an uninterrupted one. */
class ScoreSpaceCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> args(Path db) {
        return List.of("score-space", "--space", "nb201", "--dataset", "cifar10", "--sample", "24", "--seed", "3",
                "--batch-size", "16", "--data-dir", SharedData.dataDir().toString(), "--db", db.toString(), "--json");
    }

    @Test
    void printsOneLinePerArchitectureThenTheSummaryAndReusesStoredScores(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("r.sqlite");
        CliRunner.Result first = CliRunner.run(args(db).toArray(String[]::new));
        assertEquals(0, first.exitCode(), first.err());
        String[] lines = first.lines();
        assertEquals(25, lines.length);
        JsonNode summary = JSON.readTree(lines[24]);
        assertTrue(summary.get("summary").asBoolean());
        assertEquals(24, summary.get("n").asInt());
        double tau = summary.get("kendall_tau").asDouble();
        assertTrue(tau > -1 && tau < 1);
        assertTrue(summary.get("spearman_rho").isNumber());
        assertTrue(summary.get("seconds_per_arch").asDouble() > 0);
        assertEquals(24, summary.get("computed").asInt());

        CliRunner.Result again = CliRunner.run(args(db).toArray(String[]::new));
        assertEquals(0, again.exitCode(), again.err());
        JsonNode summary2 = JSON.readTree(again.lines()[24]);
        assertEquals(0, summary2.get("computed").asInt(), "the rerun recomputed nothing");
        assertEquals(tau, summary2.get("kendall_tau").asDouble());
        for (int i = 0; i < 24; i++) {
            assertEquals(JSON.readTree(lines[i]).get("score"), JSON.readTree(again.lines()[i]).get("score"));
        }
    }

    @Test
    void aKilledRunResumesToTheSameTable(@TempDir Path dir) throws Exception {
        Path killedDb = dir.resolve("killed.sqlite");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-DPYTORCH_LIBRARY_PATH=" + System.getProperty("PYTORCH_LIBRARY_PATH"), "-DPYTORCH_FLAVOR=cpu",
                "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1", Main.class.getName()));
        command.addAll(args(killedDb));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int seen = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            while (seen < 7 && r.readLine() != null) {
                seen++;
            }
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(7, seen, "the child printed 7 scores before it was killed");

        CliRunner.Result resumed = CliRunner.run(args(killedDb).toArray(String[]::new));
        assertEquals(0, resumed.exitCode(), resumed.err());
        JsonNode summary = JSON.readTree(resumed.lines()[24]);
        assertTrue(summary.get("computed").asInt() <= 24 - 7, "scores stored before the kill were reused: " + summary);

        CliRunner.Result clean = CliRunner.run(args(dir.resolve("clean.sqlite")).toArray(String[]::new));
        for (int i = 0; i < 25; i++) {
            JsonNode a = JSON.readTree(resumed.lines()[i]);
            JsonNode b = JSON.readTree(clean.lines()[i]);
            for (String field : new String[] {"index", "arch", "score", "relu_units", "params", "kendall_tau", "spearman_rho"}) {
                assertEquals(b.get(field), a.get(field), field + " of line " + i);
            }
        }
    }

    @Test
    void aFreshInstallationScoresOnTheBuiltInDataAndRecordsIt(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("no-data");
        Path db = dir.resolve("fresh.sqlite");
        CliRunner.Result r = CliRunner.run("score-space", "--space", "nb201", "--dataset", "cifar10", "--sample", "8",
                "--seed", "3", "--batch-size", "16", "--data-dir", empty.toString(), "--db", db.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode summary = JSON.readTree(r.lines()[8]);
        assertTrue(summary.get("kendall_tau").isNumber(), summary.toString());
        assertTrue(r.err().contains("built-in"), "the user is told: " + r.err());
        try (org.naswot.store.ResultStore store = org.naswot.store.ResultStore.openReadOnly(db)) {
            org.naswot.store.RunInfo run = store.runs().get(0);
            assertTrue(run.builtInImages(), run.images());
            assertEquals(64, run.settings().batchDigest().length(), "runs are keyed on the batch's content");
        }

        // the same command with the full image files in the data directory scores other images: nothing is reused
        Path full = java.nio.file.Files.createDirectories(dir.resolve("full/cifar10"));
        java.nio.file.Files.write(full.resolve("data_batch_1.bin"),
                java.util.Arrays.copyOf(org.naswot.data.BuiltInData.bytes(
                        org.naswot.data.BuiltInData.Item.CIFAR10_IMAGES), 3000 * 3073));
        CliRunner.Result other = CliRunner.run("score-space", "--space", "nb201", "--dataset", "cifar10", "--sample",
                "8", "--seed", "3", "--batch-size", "16", "--data-dir", dir.resolve("full").toString(), "--db",
                db.toString(), "--json");
        assertEquals(0, other.exitCode(), other.err());
        assertEquals(8, JSON.readTree(other.lines()[8]).get("computed").asInt(), "another batch: all recomputed");
    }

    private static Process child(List<String> args) throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-DPYTORCH_LIBRARY_PATH=" + System.getProperty("PYTORCH_LIBRARY_PATH"), "-DPYTORCH_FLAVOR=cpu",
                "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1", Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void twoIdenticalCommandsSplitTheWork(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("shared.sqlite");
        // create the database first, so both children find the same schema
        try (org.naswot.store.ResultStore ignored = org.naswot.store.ResultStore.open(db)) {
            // schema only
        }
        Process a = child(args(db));
        Process b = child(args(db));
        List<String> outA = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        List<String> outB = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, a.exitValue());
        assertEquals(0, b.exitValue());
        assertEquals(25, outA.size());
        assertEquals(25, outB.size());
        int computed = JSON.readTree(outA.get(24)).get("computed").asInt() + JSON.readTree(outB.get(24)).get("computed")
                .asInt();
        assertEquals(24, computed, "each architecture computed once between them: " + outA.get(24) + " / " + outB.get(24));
        assertEquals(JSON.readTree(outA.get(24)).get("kendall_tau"), JSON.readTree(outB.get(24)).get("kendall_tau"));
    }

    @Test
    void aSignalRecordsTheRunAsInterrupted(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("signal.sqlite");
        Process p = child(args(db));
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (int seen = 0; seen < 3 && r.readLine() != null; seen++) {
                // wait for three scores
            }
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        }
        try (org.naswot.store.ResultStore store = org.naswot.store.ResultStore.openReadOnly(db)) {
            org.naswot.store.RunInfo run = store.runs().get(0);
            assertEquals(org.naswot.store.RunStatus.INTERRUPTED, run.status(), "a signal interrupts, Cancel cancels");
            assertEquals(null, run.finishedAt(), "interrupted runs stay open for resuming");
        }
    }
}
