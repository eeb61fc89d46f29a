package org.naswot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.naswot.store.StoreFixtures.score;
import static org.naswot.store.StoreFixtures.settings;
import static org.naswot.store.StoreFixtures.singular;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;

class ResultStoreTest {

    @TempDir
    Path dir;

    @Test
    void createsFolderAndSchemaAndKeepsRunsAcrossReopen() throws Exception {
        Path file = dir.resolve("nested/deeper/results.sqlite");
        long runId;
        try (ResultStore store = ResultStore.open(file)) {
            runId = store.startRun(settings(), "naswot score --space nb201", 15625);
            store.addScore(runId, score(7));
            store.addScore(runId, score(3));
        }
        assertTrue(Files.isRegularFile(file));
        try (ResultStore store = ResultStore.open(file)) {
            RunInfo run = store.requireRun(runId);
            assertEquals(settings(), run.settings());
            assertEquals("naswot score --space nb201", run.label());
            assertEquals(15625, run.requested());
            assertEquals(RunStatus.RUNNING, run.status());
            assertNull(run.finishedAt());
            assertEquals(2, run.scored());
            assertEquals(List.of(score(3), score(7)), store.scores(runId));
            assertEquals(Set.of(3, 7), store.scoredIndices(runId));
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            assertEquals(StoreSchema.CURRENT_VERSION, intQuery(statement, "PRAGMA user_version"));
            assertEquals(StoreSchema.APPLICATION_ID, intQuery(statement, "PRAGMA application_id"));
            try (ResultSet rows = statement.executeQuery("PRAGMA journal_mode")) {
                rows.next();
                assertEquals("wal", rows.getString(1));
            }
        }
    }

    @Test
    void refusesFilesThatAreNotItsOwn() throws Exception {
        Path text = dir.resolve("notes.sqlite");
        Files.writeString(text, "this is not a database, just some text that is long enough to have a header");
        UserFacingException notDb = assertThrows(UserFacingException.class, () -> ResultStore.open(text));
        assertTrue(notDb.getMessage().contains(text.toString()), notDb.getMessage());

        Path foreign = dir.resolve("other.sqlite");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             Statement statement = raw.createStatement()) {
            statement.execute("CREATE TABLE customers (name TEXT)");
        }
        UserFacingException other = assertThrows(UserFacingException.class, () -> ResultStore.open(foreign));
        assertTrue(other.getMessage().contains("customers"), other.getMessage());

        Path newer = dir.resolve("newer.sqlite");
        ResultStore.open(newer).close();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + newer);
             Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA user_version = " + (StoreSchema.CURRENT_VERSION + 1));
        }
        UserFacingException future = assertThrows(UserFacingException.class, () -> ResultStore.open(newer));
        assertTrue(future.getMessage().contains("newer"), future.getMessage());

        assertThrows(UserFacingException.class, () -> ResultStore.open(dir));
        UserFacingException missing = assertThrows(UserFacingException.class,
                () -> ResultStore.openReadOnly(dir.resolve("absent.sqlite")));
        assertTrue(missing.getMessage().startsWith("no results database at"), missing.getMessage());
    }

    @Test
    void resumesOnlyAnUnfinishedRunWithEqualSettingsAndLabel() {
        try (ResultStore store = ResultStore.open(dir.resolve("r.sqlite"))) {
            ScoringSettings s = settings();
            assertEquals(Optional.empty(), store.findResumableRun(s, "cmd"));

            long finished = store.startRun(s, "cmd", null);
            store.finishRun(finished, RunStatus.FINISHED);
            assertEquals(Optional.empty(), store.findResumableRun(s, "cmd"), "a finished run is not resumed");

            long interrupted = store.startRun(s, "cmd", null);
            store.addScore(interrupted, score(0));
            store.finishRun(interrupted, RunStatus.INTERRUPTED);
            assertEquals(Optional.of(interrupted), store.findResumableRun(s, "cmd"));

            List<ScoringSettings> different = List.of(
                    new ScoringSettings("nb101", s.dataset(), s.input(), s.batchSize(), s.batchSeed(), s.initSeed(), s.counting(), s.device()),
                    new ScoringSettings(s.space(), "cifar100", s.input(), s.batchSize(), s.batchSeed(), s.initSeed(), s.counting(), s.device()),
                    new ScoringSettings(s.space(), s.dataset(), InputKind.NOISE, s.batchSize(), s.batchSeed(), s.initSeed(), s.counting(), s.device()),
                    new ScoringSettings(s.space(), s.dataset(), s.input(), 64, s.batchSeed(), s.initSeed(), s.counting(), s.device()),
                    new ScoringSettings(s.space(), s.dataset(), s.input(), s.batchSize(), 9L, s.initSeed(), s.counting(), s.device()),
                    new ScoringSettings(s.space(), s.dataset(), s.input(), s.batchSize(), s.batchSeed(), 9L, s.counting(), s.device()),
                    new ScoringSettings(s.space(), s.dataset(), s.input(), s.batchSize(), s.batchSeed(), s.initSeed(), ReluCounting.ONCE, s.device()),
                    new ScoringSettings(s.space(), s.dataset(), s.input(), s.batchSize(), s.batchSeed(), s.initSeed(), s.counting(), "gpu"),
                    s.withBatchDigest("1e".repeat(32)), s.withBatchDigest(null));
            for (ScoringSettings other : different) {
                assertEquals(Optional.empty(), store.findResumableRun(other, "cmd"), other.toString());
            }
            assertEquals(Optional.empty(), store.findResumableRun(s, "another command"));

            // a run killed with kill -9 stays "running" and is resumable too; the newest wins
            long killed = store.startRun(s, "cmd", null);
            assertEquals(Optional.of(killed), store.findResumableRun(s, "cmd"));

            long unlabelled = store.startRun(s, null, null);
            assertEquals(Optional.of(unlabelled), store.findResumableRun(s, null));

            store.resumeRun(interrupted);
            RunInfo resumed = store.requireRun(interrupted);
            assertEquals(RunStatus.RUNNING, resumed.status());
            assertEquals(Set.of(0), store.scoredIndices(interrupted));
        }
    }

    @Test
    void finishingSetsStatusAndFinishTimeOnlyForEndedRuns() {
        try (ResultStore store = ResultStore.open(dir.resolve("f.sqlite"))) {
            long done = store.startRun(settings(), "a", 2);
            long stopped = store.startRun(settings(), "b", 2);
            long cancelled = store.startRun(settings(), "c", 2);
            store.finishRun(done, RunStatus.FINISHED);
            store.finishRun(stopped, RunStatus.INTERRUPTED);
            store.finishRun(cancelled, RunStatus.CANCELLED);
            RunInfo d = store.requireRun(done);
            assertEquals(RunStatus.FINISHED, d.status());
            assertNotNull(d.finishedAt());
            assertFalse(d.finishedAt().isBefore(d.startedAt()));
            assertNull(store.requireRun(stopped).finishedAt());
            assertEquals(RunStatus.INTERRUPTED, store.requireRun(stopped).status());
            assertNotNull(store.requireRun(cancelled).finishedAt());
            assertEquals(List.of(done, stopped, cancelled), store.runs().stream().map(RunInfo::id).toList());
            assertThrows(IllegalArgumentException.class, () -> store.finishRun(done, RunStatus.RUNNING));
            UserFacingException unknown = assertThrows(UserFacingException.class,
                    () -> store.finishRun(99, RunStatus.FINISHED));
            assertTrue(unknown.getMessage().contains(done + ", " + stopped + ", " + cancelled), unknown.getMessage());
        }
    }

    @Test
    void cachedScoresComeFromRunsWithEqualSettingsOnly() {
        try (ResultStore store = ResultStore.open(dir.resolve("c.sqlite"))) {
            ScoringSettings s = settings();
            ScoringSettings onGpu = new ScoringSettings(s.space(), s.dataset(), s.input(), s.batchSize(),
                    s.batchSeed(), s.initSeed(), s.counting(), "gpu");
            long first = store.startRun(s, "x", null);
            store.addScore(first, score(1));
            store.addScore(first, score(2));
            store.finishRun(first, RunStatus.FINISHED);
            long gpu = store.startRun(onGpu, "x", null);
            store.addScore(gpu, score(3));

            assertEquals(Optional.of(first), store.findRunWithSettings(s));
            assertEquals(Optional.empty(), store.findRunWithSettings(onGpu), "the gpu run has not finished");
            assertEquals(Optional.of(score(2)), store.cachedScore(s, 2));
            assertEquals(Optional.empty(), store.cachedScore(s, 3), "scored under other settings");
            assertEquals(Optional.of(score(3)), store.cachedScore(onGpu, 3), "unfinished runs' rows count");
            assertEquals(Map.of(1, score(1), 2, score(2)), store.cachedScores(s));
        }
    }

    @Test
    void singularScoreRoundTripsAsNegativeInfinityWithFlag() throws Exception {
        Path file = dir.resolve("inf.sqlite");
        try (ResultStore store = ResultStore.open(file)) {
            long run = store.startRun(settings(), null, null);
            store.addScore(run, singular(5));
            store.addScore(run, score(6));
            List<ScoreResult> back = store.scores(run);
            assertEquals(Double.NEGATIVE_INFINITY, back.get(0).score());
            assertTrue(back.get(0).singular());
            assertFalse(back.get(1).singular());
            assertEquals(Optional.of(singular(5)), store.cachedScore(settings(), 5));
        }
        // what a Python user sees: a REAL -Infinity, never NULL, and the flag
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT typeof(score), score < -1e308, singular FROM scores ORDER BY arch_index")) {
            rows.next();
            assertEquals("real", rows.getString(1));
            assertEquals(1, rows.getInt(2));
            assertEquals(1, rows.getInt(3));
            rows.next();
            assertEquals(0, rows.getInt(2));
            assertEquals(0, rows.getInt(3));
        }
    }

    @Test
    void rejectsScoresItCannotStoreFaithfully() {
        try (ResultStore store = ResultStore.open(dir.resolve("bad.sqlite"))) {
            long run = store.startRun(settings(), null, null);
            assertThrows(IllegalArgumentException.class,
                    () -> store.addScore(run, new ScoreResult("nb201", 1, "a", Double.NaN, 1, 1, 0)));
            assertThrows(IllegalArgumentException.class,
                    () -> store.addScore(run, new ScoreResult("nb201", -1, "a", 1.0, 1, 1, 0)));
            store.addScore(run, score(4));
            ScoreResult again = score(4);
            store.addScore(run, new ScoreResult(again.space(), 4, again.arch(), 1.0, 1, 1, 0));
            assertEquals(List.of(score(4)), store.scores(run), "a repeated score of the same architecture keeps the first");
            ScoreResult other = new ScoreResult("nb201", 4, "changed", 1.0, 1, 1, 0);
            store.addScore(run, other);
            assertEquals(List.of(other), store.scores(run), "an index that now holds another architecture is replaced");
            assertEquals(Set.of(4), store.scoredIndices(run));
        }
    }

    @Test
    void readOnlyStoreReadsButRefusesWrites() {
        Path file = dir.resolve("ro.sqlite");
        try (ResultStore store = ResultStore.open(file)) {
            long run = store.startRun(settings(), null, null);
            store.addScore(run, score(1));
        }
        try (ResultStore reader = ResultStore.openReadOnly(file)) {
            assertTrue(reader.readOnly());
            assertEquals(1, reader.runs().size());
            assertThrows(IllegalStateException.class, () -> reader.startRun(settings(), null, null));
        }
    }

    @Test
    void recordsSearchRunsWithCandidatesAndOutcome() {
        try (ResultStore store = ResultStore.open(dir.resolve("s.sqlite"))) {
            SearchSpec naswot = new SearchSpec(SearchAlgorithm.NASWOT, "nb201", "cifar10", 100, null, null, 7L, 0,
                    "{\"batch_size\": 128}");
            SearchSpec rea = new SearchSpec(SearchAlgorithm.REA, "nb201", "cifar100", null, 12000.0, "seconds", 8L, 3,
                    null);
            long a = store.startSearch(naswot);
            long b = store.startSearch(rea);
            List<SearchCandidate> candidates = List.of(new SearchCandidate(0, 11, 1500.5),
                    new SearchCandidate(1, 12, Double.NEGATIVE_INFINITY), new SearchCandidate(2, 13, 1600.25));
            store.addCandidates(a, candidates);
            SearchOutcome outcome = new SearchOutcome(13, "|arch13|", 1600.25, "{\"cifar10\": {\"test\": 93.1}}", 2.5);
            store.finishSearch(a, outcome);

            SearchRunInfo finished = store.search(a).orElseThrow();
            assertEquals(naswot, finished.spec());
            assertEquals(outcome, finished.outcome());
            assertNotNull(finished.finishedAt());
            assertEquals(candidates, store.candidates(a));

            SearchRunInfo running = store.search(b).orElseThrow();
            assertEquals(rea, running.spec());
            assertNull(running.outcome());
            assertNull(running.finishedAt());

            assertEquals(List.of(a, b), store.searches().stream().map(SearchRunInfo::id).toList());
            assertEquals(List.of(b), store.searches(SearchAlgorithm.REA, null, null).stream().map(SearchRunInfo::id).toList());
            assertEquals(List.of(a), store.searches(null, "nb201", "cifar10").stream().map(SearchRunInfo::id).toList());
            assertEquals(List.of(), store.searches(SearchAlgorithm.AREA, null, null));

            assertThrows(IllegalArgumentException.class, () -> store.startSearch(new SearchSpec(SearchAlgorithm.RANDOM,
                    "nb201", "cifar10", 10, null, null, 1L, 0, "{not json")));
            // a duplicate step fails the whole batch: nothing of it is kept
            assertThrows(UserFacingException.class, () -> store.addCandidates(b,
                    List.of(new SearchCandidate(0, 1, 90.0), new SearchCandidate(0, 2, 91.0))));
            assertEquals(List.of(), store.candidates(b));
            assertNotEquals(a, b);
        }
    }

    @Test
    void defaultLocationIsInTheUserDataFolder() {
        Path location = ResultStore.defaultLocation();
        assertEquals("results.sqlite", location.getFileName().toString());
        assertEquals("naswot", location.getParent().getFileName().toString());
    }

    private static int intQuery(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
