package org.naswot.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.naswot.common.UserFacingException;
import org.naswot.data.InputKind;
import org.naswot.run.SweepGrid;
import org.naswot.run.SweepPoint;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoringSettings;
import org.naswot.score.WeightSeeds;
import org.naswot.search.stats.Correlations;
import org.naswot.store.RunInfo;
import org.naswot.store.RunStatus;

/** The comparison's arithmetic (groups, diff, setting names) and the sweep grid's points, without scoring. */
class RunComparisonTest {

    private static RunComparison.Row row(long id, int batch, long seed, double tau) {
        ScoringSettings s = new ScoringSettings("nb201", "cifar10", InputKind.DATASET, batch, seed, seed,
                ReluCounting.REFERENCE, "cpu", "digest" + id, WeightSeeds.ARCHITECTURE);
        RunInfo run = new RunInfo(id, s, "run " + id, 60, "test", RunStatus.FINISHED, Instant.EPOCH,
                Instant.EPOCH.plusSeconds(10 * id), 60, null);
        RunHistory.RunStatistics stats = Double.isNaN(tau) ? null : new RunHistory.RunStatistics(
                new RunHistory.RunSummary("acc", "accuracy", new Correlations(60, tau, tau + 0.1)), null, null, 1.0);
        return new RunComparison.Row(run, stats, stats == null ? "no benchmark here" : null, 10.0 * id, List.of());
    }

    @Test
    void groupsGiveMeanAndSampleStdOfTauOverTheirRuns() {
        List<RunComparison.Row> rows = List.of(row(1, 64, 1, 0.50), row(2, 64, 2, 0.60), row(3, 64, 3, 0.70),
                row(4, 128, 1, 0.40), row(5, 128, 2, Double.NaN));
        RunComparison.Comparison c = RunComparison.of(rows, List.of(RunSetting.BATCH_SIZE));
        assertEquals(2, c.groups().size());
        RunComparison.Group g64 = c.groups().get(0);
        assertEquals(Map.of(RunSetting.BATCH_SIZE, "64"), g64.key());
        assertEquals(List.of(1L, 2L, 3L), g64.runIds());
        assertEquals(0.60, g64.meanTau(), 1e-12);
        assertEquals(0.10, g64.stdTau(), 1e-12, "sample std (n - 1): sqrt(0.02 / 2)");
        RunComparison.Group g128 = c.groups().get(1);
        assertEquals(List.of(4L, 5L), g128.runIds());
        assertEquals(1, g128.withTau(), "a run without tau is in the group but not in its mean");
        assertEquals(0.40, g128.meanTau(), 1e-12);
        assertTrue(Double.isNaN(g128.stdTau()), "one tau has no sample std");

        assertEquals(List.of("batch_size", "seed", "init_seed"), c.differing().keySet().stream().map(RunSetting::id)
                .toList(), "only the settings that differ, in a fixed order");
        assertEquals(List.of("64", "64", "64", "128", "128"), c.differing().get(RunSetting.BATCH_SIZE));
        assertEquals(1, RunComparison.of(rows, List.of()).groups().size(), "no setting: one group of every run");
        assertTrue(RunComparison.of(rows, null).groups().isEmpty());
    }

    @Test
    void settingsAreNamedAsTheJsonKeysOrTheOptions() {
        assertEquals(RunSetting.BATCH_SIZE, RunSetting.named("batch"));
        assertEquals(RunSetting.BATCH_SIZE, RunSetting.named("batch-size"));
        assertEquals(RunSetting.SEED, RunSetting.named("batch_seed"));
        assertEquals(RunSetting.RELU_COUNT, RunSetting.named("Counting"));
        assertEquals(List.of(RunSetting.SEED, RunSetting.BATCH_SIZE), RunComparison.settings(List.of("seed", "batch",
                "seed")));
        UserFacingException e = assertThrows(UserFacingException.class, () -> RunSetting.named("colour"));
        assertTrue(e.getMessage().contains("relu_count"), e.getMessage());
    }

    @Test
    void aGridRunsSeedsInnermostAndReadsBackFromItsJson() {
        SweepGrid g = new SweepGrid(List.of("nb201"), "cifar10", 60, SweepGrid.parseSeeds("1-3"), List.of(64, 128),
                List.of(ReluCounting.REFERENCE, ReluCounting.ONCE), List.of(InputKind.DATASET), "cpu",
                WeightSeeds.ARCHITECTURE);
        List<SweepPoint> points = g.points();
        assertEquals(12, points.size());
        assertEquals(new SweepPoint("nb201", InputKind.DATASET, ReluCounting.REFERENCE, 64, 1), points.get(0));
        assertEquals(new SweepPoint("nb201", InputKind.DATASET, ReluCounting.REFERENCE, 64, 3), points.get(2));
        assertEquals(new SweepPoint("nb201", InputKind.DATASET, ReluCounting.ONCE, 128, 3), points.get(11));
        assertEquals(List.of("relu_count", "batch_size", "seed"), g.varying());
        assertEquals(g, SweepGrid.fromJson(g.json()));
        assertEquals(g.json(), SweepGrid.fromJson(g.json()).json(), "equal grids, equal text: the same sweep");
        assertEquals(List.of(1L, 3L, 7L, 8L, 9L), SweepGrid.parseSeeds("1, 3,7-9"));
        assertThrows(UserFacingException.class, () -> SweepGrid.parseSeeds("5-1"));
        assertThrows(UserFacingException.class, () -> SweepGrid.parseSeeds("one"));
        assertThrows(UserFacingException.class, () -> SweepGrid.parseSeeds(" , "));
    }
}
