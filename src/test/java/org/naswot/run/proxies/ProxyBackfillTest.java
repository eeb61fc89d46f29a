package org.naswot.run.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.ScoringSession;
import org.naswot.run.SpaceContext;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.naswot.testing.SharedData;

/** Completing a stored run's proxy values: stored as they come, resumable after a stop, read back per run. */
class ProxyBackfillTest {

    @Test
    void fillsWhatIsMissingStoresAsItGoesAndResumesAfterAStop() throws Exception {
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        Path db = Files.createTempDirectory("naswot-backfill").resolve("results.sqlite");
        SpaceContext ctx = SpaceContext.open("nb201", data);
        RunInfo run;
        try (ResultStore store = ResultStore.open(db);
             ScoringSession session = ScoringSession.open(new ScoringSession.Config("nb201", "cifar10",
                     InputKind.NOISE, 8, 3, 3, ReluCounting.REFERENCE, "cpu", null), ctx, n -> { })) {
            long id = store.startRun(session.settings(), "test", 4);
            for (int index : new int[] {5, 17, 230, 1000}) {
                Architecture a = ctx.space().architecture(index);
                // the score is not under test: any value per architecture
                store.addScore(id, new ScoreResult("nb201", index, a.encoding(), index, 1, 1, 0));
            }
            run = store.requireRun(id);
        }
        List<String> proxies = List.of(RunProxyTable.NWOT, "params", "flops");
        String column = ctx.defaultAccuracyColumn();
        try (ResultStore store = ResultStore.openReadOnly(db)) {
            RunProxyTable before = RunProxyTable.load(store, run, ctx, column, proxies);
            assertEquals(List.of("params", "flops"), before.incomplete());
            assertEquals(4, before.missing("params"));
            assertEquals(0, before.missing(RunProxyTable.NWOT));
            assertEquals(230.0, before.values(RunProxyTable.NWOT)[2]);
        }
        // stopped after the first architecture: its values are kept
        List<int[]> progress = new ArrayList<>();
        int[] asked = {0};
        int first = ProxyBackfill.fill(db, data, run, proxies, (done, total) -> progress.add(new int[] {done, total}),
                () -> asked[0]++ >= 1, n -> { });
        assertEquals(1, first);
        assertEquals(4, progress.get(0)[1]);
        try (ResultStore store = ResultStore.openReadOnly(db)) {
            RunProxyTable partial = RunProxyTable.load(store, run, ctx, column, proxies);
            assertEquals(3, partial.missing("params"));
            assertTrue(partial.values("params")[0] > 0, "the first architecture's value is stored");
        }
        int rest = ProxyBackfill.fill(db, data, run, proxies, (done, total) -> { }, () -> false, n -> { });
        assertEquals(3, rest, "only the architectures still lacking values");
        try (ResultStore store = ResultStore.openReadOnly(db)) {
            RunProxyTable after = RunProxyTable.load(store, run, ctx, column, proxies);
            assertTrue(after.incomplete().isEmpty());
            for (double v : after.values("flops")) {
                assertTrue(v > 0);
            }
            for (double a : after.accuracy()) {
                assertFalse(Double.isNaN(a));
            }
        }
        assertEquals(0, ProxyBackfill.fill(db, data, run, proxies, (done, total) -> { }, () -> false, n -> { }));
    }
}
