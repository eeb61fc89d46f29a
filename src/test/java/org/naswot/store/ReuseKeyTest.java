package org.naswot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.naswot.store.StoreFixtures.score;
import static org.naswot.store.StoreFixtures.settings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.score.ScoringSettings;

/** Stored scores are reused exactly when they would be recomputed the same, and parallel runs split the work. */
class ReuseKeyTest {

    @TempDir
    Path dir;

    @Test
    void everyKeyComponentSeparatesStoredScores() {
        try (ResultStore store = ResultStore.open(dir.resolve("r.sqlite"))) {
            ScoringSettings s = settings();
            long run = store.startRun(s, "cmd", 1, "cifar10, 128 images, seed 1");
            store.addScore(run, score(3));
            assertTrue(store.cachedScore(s, 3).isPresent());
            assertEquals(Optional.empty(), store.cachedScore(s.withBatchDigest("aa".repeat(32)), 3),
                    "other images (another pool, another batch file): recomputed");
            assertEquals(Optional.empty(), store.cachedScore(s.withBatchDigest(null), 3));
            assertEquals("cifar10, 128 images, seed 1", store.requireRun(run).images());
        }
    }

    @Test
    void rowsOfAnotherScoringVersionAreNotReused() throws Exception {
        Path db = dir.resolve("old.sqlite");
        try (ResultStore store = ResultStore.open(db)) {
            long run = store.startRun(settings(), "cmd", 1);
            store.addScore(run, score(3));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("UPDATE scoring_runs SET scoring_version = " + (ScoringSettings.SCORING_VERSION - 1));
        }
        try (ResultStore store = ResultStore.open(db)) {
            assertEquals(Optional.empty(), store.cachedScore(settings(), 3));
            assertEquals(1, store.runs().size(), "still listed and readable");
        }
    }

    @Test
    void aSchemaOneDatabaseIsUpgradedAndItsScoresKeptButNotReused() throws Exception {
        Path db = dir.resolve("v1.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + StoreSchema.APPLICATION_ID);
            st.execute("""
                    CREATE TABLE scoring_runs (id INTEGER PRIMARY KEY, space TEXT NOT NULL, dataset TEXT NOT NULL,
                    input_kind TEXT NOT NULL, batch_size INTEGER NOT NULL, batch_seed INTEGER NOT NULL,
                    init_seed INTEGER NOT NULL, relu_count TEXT NOT NULL, device TEXT NOT NULL,
                    tool_version TEXT NOT NULL, label TEXT, requested INTEGER, status TEXT NOT NULL,
                    started_at TEXT NOT NULL, finished_at TEXT)""");
            st.execute("""
                    CREATE TABLE scores (run_id INTEGER NOT NULL REFERENCES scoring_runs(id) ON DELETE CASCADE,
                    arch_index INTEGER NOT NULL, arch TEXT NOT NULL, score REAL NOT NULL, singular INTEGER NOT NULL,
                    relu_units INTEGER NOT NULL, params INTEGER NOT NULL, seconds REAL NOT NULL,
                    created_at TEXT NOT NULL, UNIQUE (run_id, arch_index))""");
            st.execute("""
                    CREATE TABLE search_runs (id INTEGER PRIMARY KEY, algorithm TEXT NOT NULL, space TEXT NOT NULL,
                    dataset TEXT NOT NULL, n INTEGER, budget REAL, budget_kind TEXT, seed INTEGER NOT NULL,
                    run_number INTEGER NOT NULL, settings_json TEXT, tool_version TEXT NOT NULL,
                    started_at TEXT NOT NULL, finished_at TEXT, chosen_index INTEGER, chosen_arch TEXT,
                    chosen_score REAL, accuracies_json TEXT, seconds REAL)""");
            st.execute("""
                    CREATE TABLE search_candidates (search_run_id INTEGER NOT NULL, step INTEGER NOT NULL,
                    arch_index INTEGER NOT NULL, score REAL NOT NULL, PRIMARY KEY (search_run_id, step))""");
            st.execute("INSERT INTO scoring_runs VALUES (1, 'nb201', 'cifar10', 'dataset', 128, 1, 2, 'reference', "
                    + "'cpu', '0.1.0', 'cmd', 1, 'finished', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:01.000Z')");
            st.execute("INSERT INTO scores VALUES (1, 3, 'x', 1666.23, 0, 10, 20, 0.5, '2026-01-01T00:00:00.500Z')");
            st.execute("PRAGMA user_version = 1");
        }
        try (ResultStore store = ResultStore.open(db)) {
            assertEquals(1, store.scores(1).size(), "old scores stay readable");
            assertEquals(Optional.empty(), store.cachedScore(settings().withBatchDigest(null), 3),
                    "but carry no proof of their images or computation: never reused");
        }
    }

    @Test
    void claimsSplitTheWorkAndStaleClaimsAreTakenOver() throws Exception {
        Path db = dir.resolve("claims.sqlite");
        ScoringSettings s = settings();
        try (ResultStore a = ResultStore.open(db); ResultStore b = ResultStore.open(db)) {
            assertTrue(a.claim(s, 7, "A"));
            assertTrue(a.claim(s, 7, "A"), "a claim is re-entrant for its owner");
            assertFalse(b.claim(s, 7, "B"), "held by a live process");
            assertTrue(b.claim(s, 8, "B"), "other architectures are free");
            assertTrue(b.claim(s.withBatchDigest("bb".repeat(32)), 7, "B"), "claims are per settings");
            a.release(s, 7, "A");
            assertTrue(b.claim(s, 7, "B"));
        }
        // a claim left by a process that is gone (crash, kill -9) does not block anyone
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("UPDATE claims SET pid = 2147483000 WHERE owner = 'B'");
        }
        try (ResultStore c = ResultStore.open(db)) {
            assertTrue(c.claim(s, 7, "C"));
        }
    }

    @Test
    void aDatabaseOnReadOnlyMediaIsReadAsAnImmutableFile() throws Exception {
        Path db = dir.resolve("media.sqlite");
        try (ResultStore store = ResultStore.open(db)) {
            store.addScore(store.startRun(settings(), "cmd", 1), score(5));
        }
        // what openReadOnly falls back to where the folder is read-only (as root, tests cannot make one)
        try (Connection c = ResultStore.connectImmutable(db, new org.sqlite.SQLiteConfig());
             Statement st = c.createStatement();
             java.sql.ResultSet rows = st.executeQuery("SELECT COUNT(*) FROM scores")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
        assertFalse(java.nio.file.Files.exists(Path.of(db + "-shm")), "nothing written beside it");
        String advice = ResultStore.readOnlyAdvice(dir.resolve("no-such-folder/r.sqlite"), "CANTOPEN");
        assertTrue(advice.contains("read-only") && advice.contains("--db") && advice.contains("-wal"), advice);
    }
}
