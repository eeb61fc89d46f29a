package org.naswot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.naswot.store.StoreFixtures.score;
import static org.naswot.store.StoreFixtures.settings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run ids name one run for good: an export or figure that says "run 9" must not later mean another run. */
class RunIdsTest {

    @TempDir
    Path dir;

    @Test
    void aDeletedRunsIdIsNotGivenAgain() {
        Path file = dir.resolve("results.sqlite");
        try (ResultStore store = ResultStore.open(file)) {
            long first = store.startRun(settings(), "a", 1);
            long second = store.startRun(settings(), "b", 1);
            store.deleteRun(second);
            long third = store.startRun(settings(), "c", 1);
            assertTrue(third > second, "ids " + first + ", " + second + " (deleted), then " + third);
        }
        // also across processes: the high-water mark is in the file, not in memory
        try (ResultStore store = ResultStore.open(file)) {
            List<RunInfo> runs = store.runs();
            store.deleteRun(runs.get(runs.size() - 1).id());
            long next = store.startRun(settings(), "d", 1);
            assertEquals(runs.get(runs.size() - 1).id() + 1, next);
        }
    }

    @Test
    void aSchema4FileKeepsItsRunsScoresAndStatusesWhenUpgraded() throws Exception {
        Path file = dir.resolve("old.sqlite");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            StoreSchema.migrate(raw, file, 4);
            try (Statement st = raw.createStatement()) {
                for (int id : new int[] {1, 2, 5}) {
                    st.execute("INSERT INTO scoring_runs (id, space, dataset, input_kind, batch_size, batch_seed,"
                            + " init_seed, relu_count, device, tool_version, label, requested, status, started_at,"
                            + " finished_at, batch_digest, images, scoring_version, title, weight_seeds) VALUES (" + id
                            + ", 'nb201', 'cifar10', 'dataset', 128, 1, 2, 'reference', 'cpu', '0.9', 'label " + id
                            + "', 3, '" + (id == 2 ? "cancelled" : "finished") + "', '2025-01-31T12:00:00.000Z',"
                            + " '2025-01-31T12:01:00.000Z', '" + "0f".repeat(32) + "', 'built-in', 3, "
                            + (id == 5 ? "'named'" : "NULL") + ", 'architecture')");
                    st.execute("INSERT INTO scores VALUES (" + id + ", 7, 'arch7', 1000.5, 0, 10, 20, 0.25,"
                            + " '2025-01-31T12:00:30.000Z')");
                }
                assertEquals(4, intQuery(st, "PRAGMA user_version"));
            }
        }
        try (ResultStore store = ResultStore.open(file)) {
            List<RunInfo> runs = store.runs();
            assertEquals(List.of(1L, 2L, 5L), runs.stream().map(RunInfo::id).toList());
            assertEquals(RunStatus.CANCELLED, runs.get(1).status());
            assertEquals("named", runs.get(2).title());
            assertEquals("built-in", runs.get(0).images());
            assertEquals(1, store.scores(5).size());
            assertEquals(1000.5, store.scores(5).get(0).score());
            assertEquals(6, store.startRun(settings(), "new", 1));
            // deleting still removes the run's scores (the rebuilt scores table keeps its foreign key)
            store.deleteRun(1);
            store.addScore(6, score(3));
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = raw.createStatement()) {
            assertEquals(StoreSchema.CURRENT_VERSION, intQuery(st, "PRAGMA user_version"));
            assertEquals(0, intQuery(st, "SELECT COUNT(*) FROM scores WHERE run_id = 1"));
            assertEquals(0, intQuery(st, "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_v4'"));
            assertEquals(1, intQuery(st, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'scoring_runs'"
                    + " AND sql LIKE '%AUTOINCREMENT%'"));
        }
    }

    private static int intQuery(Statement st, String sql) throws Exception {
        try (ResultSet rows = st.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
