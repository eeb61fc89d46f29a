package org.naswot.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.SpaceContext;
import org.naswot.run.proxies.RunProxyTable;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.score.proxies.Measure;
import org.naswot.score.proxies.ProxyRegistry;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.naswot.testing.SharedData;

/** The score and the proxies are measures alike: listed, read into points and counted as missing the same way. */
class RunHistoryMeasuresTest {
    private static final ScoringSettings SETTINGS = new ScoringSettings("nb201", "cifar10", InputKind.DATASET, 8, 1L,
            2L, ReluCounting.REFERENCE, "cpu", "0f".repeat(32));

    @Test
    void theScoreIsTheFirstMeasureAndNoProxyComputesIt() {
        assertEquals(Measure.NASWOT, Measure.named(RunHistory.NWOT));
        int proxies = ProxyRegistry.ids().size();
        assertEquals(RunProxyTable.allMeasures().subList(1, 1 + proxies), ProxyRegistry.ids());
        // then the run-level aggregates, which no proxy computes either: they rank a run's stored parts
        assertEquals(RunProxyTable.allMeasures().subList(1 + proxies, RunProxyTable.allMeasures().size()),
                org.naswot.score.proxies.AggregateRegistry.ids());
        assertTrue(Measure.named("az_nas").proxy().isEmpty());
        assertEquals(RunHistory.NWOT, RunProxyTable.allMeasures().get(0));
        assertTrue(Measure.NASWOT.proxy().isEmpty());
        assertEquals("synflow", Measure.named("synflow").proxy().orElseThrow().id());
        // an unknown id reads as absent values, but asking for its proxy names the ones there are
        assertEquals(null, Measure.named("nope").valueOf(score(3), Map.of("synflow", 1.0)));
        assertThrows(UserFacingException.class, () -> Measure.named("nope").proxy());
    }

    @Test
    void pointsOfTheScoreAndOfAProxy(@TempDir Path dir) {
        Path db = dir.resolve("r.sqlite");
        try (ResultStore store = ResultStore.open(db)) {
            long run = store.startRun(SETTINGS, "t", 3);
            for (int i : new int[] {3, 5, 7}) {
                store.addScore(run, score(i));
            }
            store.addProxyValue(SETTINGS, 5, score(5).arch(), "synflow", 42.0, 0.1);
            store.addProxyValue(SETTINGS, 7, score(7).arch(), "synflow", Double.NaN, 0.1);
        }
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        RunHistory history = new RunHistory(db, data);
        RunInfo run = history.runs().get(0);
        SpaceContext ctx = SpaceContext.open("nb201", data);
        String column = ctx.defaultAccuracyColumn();

        RunHistory.RunPoints nwot = history.points(run, column, RunHistory.NWOT);
        assertEquals(0, nwot.missing());
        assertEquals(List.of(3, 5, 7), nwot.points().stream().map(RunHistory.RunPoint::index).toList());
        assertEquals(score(5).score(), nwot.points().get(1).x());
        assertEquals(ctx.accuracy(5, column), nwot.points().get(1).accuracy());
        assertEquals(score(5).params(), nwot.points().get(1).params());

        RunHistory.RunPoints synflow = history.points(run, column, "synflow");
        assertEquals(1, synflow.missing(), "architecture 3 has no stored value");
        assertEquals(List.of(5, 7), synflow.points().stream().map(RunHistory.RunPoint::index).toList());
        assertEquals(42.0, synflow.points().get(0).x());
        assertTrue(Double.isNaN(synflow.points().get(1).x()), "a stored NaN is a point, not missing");
    }

    private static ScoreResult score(int index) {
        return new ScoreResult("nb201", index, "|nor_conv_3x3~0|+|skip_connect~0|avg_pool_3x3~1|" + index,
                1000.0 + index / 8.0, 10_000L + index, 500_000L + index, 0.25);
    }
}
