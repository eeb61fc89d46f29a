package org.naswot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.naswot.store.StoreFixtures.settings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;

/** Schema 7: sweeps, their points and run tags; a schema-5 file upgrades and keeps its runs. */
class SweepTablesTest {
    @TempDir
    Path dir;

    @Test
    void aSweepsPointsNameTheirRunsAndForgetADeletedOne() {
        try (ResultStore store = ResultStore.open(dir.resolve("s.sqlite"))) {
            long sweep = store.startSweep("{\"grid\":1}", List.of("{\"seed\":1}", "{\"seed\":2}"));
            assertEquals(Long.valueOf(sweep), store.findSweep("{\"grid\":1}").orElseThrow());
            assertEquals(true, store.findSweep("{\"grid\":2}").isEmpty());
            long run = store.startRun(settings(), "point 0", 1);
            store.attachSweepRun(sweep, 0, run);
            SweepInfo s = store.requireSweep(sweep);
            assertEquals(RunStatus.RUNNING, s.status());
            assertEquals(List.of(0, 1), s.points().stream().map(SweepInfo.Point::position).toList());
            assertEquals(Long.valueOf(run), s.points().get(0).runId());
            assertNull(s.points().get(1).runId());
            assertEquals(Map.of(run, List.of("sweep " + sweep)), store.runTags(), "a sweep's run is tagged");
            store.tagRun(run, " baseline ");
            assertEquals(List.of("baseline", "sweep " + sweep), store.runTags().get(run));
            store.untagRun(run, "baseline");
            store.setSweepStatus(sweep, RunStatus.FINISHED);
            assertEquals(RunStatus.FINISHED, store.requireSweep(sweep).status());

            // the point of a deleted run is scored again by the next resume; its tags go with it
            store.deleteRun(run);
            assertNull(store.requireSweep(sweep).points().get(0).runId());
            assertEquals(Map.of(), store.runTags());
            UserFacingException e = assertThrows(UserFacingException.class, () -> store.requireSweep(99));
            assertEquals(true, e.getMessage().contains("existing sweeps: " + sweep), e.getMessage());
        }
    }

    @Test
    void aSchema5FileKeepsItsRunsWhenUpgraded() throws Exception {
        Path file = dir.resolve("old.sqlite");
        long run;
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            StoreSchema.migrate(raw, file, 5);
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = raw.createStatement()) {
            st.execute("INSERT INTO scoring_runs (space, dataset, input_kind, batch_size, batch_seed, init_seed,"
                    + " relu_count, device, tool_version, label, requested, status, started_at) VALUES ('nb201',"
                    + " 'cifar10', 'dataset', 128, 1, 2, 'reference', 'cpu', '0.9', 'old', 3, 'finished',"
                    + " '2025-01-31T12:00:00.000Z')");
        }
        try (ResultStore store = ResultStore.open(file)) {
            assertEquals(1, store.runs().size());
            run = store.runs().get(0).id();
            store.tagRun(run, "kept");
            assertEquals(List.of(), store.sweeps());
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = raw.createStatement();
             var rows = st.executeQuery("PRAGMA user_version")) {
            rows.next();
            assertEquals(StoreSchema.CURRENT_VERSION, rows.getInt(1));
        }
    }
}
