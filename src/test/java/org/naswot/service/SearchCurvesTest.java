package org.naswot.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.figures.search.SearchSeries;
import org.naswot.run.SearchExperiment;
import org.naswot.run.SpaceContext;
import org.naswot.score.ReluCounting;
import org.naswot.search.BestSoFar;
import org.naswot.search.Budget;
import org.naswot.search.EvolutionSettings;
import org.naswot.store.SearchAlgorithm;
import org.naswot.testing.SharedData;

/**
 * The service's best-so-far curves: monotone where the algorithm ranks by the plotted accuracy, ending at the search's
 * own result, and the same whether drawn from the fresh runs or from the store.
 */
class SearchCurvesTest {
    private static final ExplorerSettings NB201 = new ExplorerSettings("nb201", "cifar10",
            "cifar10valid_valid_200ep_nb201v10", InputKind.NOISE, 8, 1, ReluCounting.REFERENCE, "cpu", 0);

    private record Ran(List<SearchExperiment.RunResult> results, List<BestSoFar> curves) {
    }

    private static Ran run(SearchService service, SpaceContext ctx, SearchAlgorithm a, int n, int budget, int runs) {
        return run(service, ctx, a, n, budget, runs, EvolutionSettings.nasBench201());
    }

    private static Ran run(SearchService service, SpaceContext ctx, SearchAlgorithm a, int n, int budget, int runs,
                           EvolutionSettings evolution) {
        SearchExperiment.Settings s = new SearchExperiment.Settings(a, n, Budget.queries(budget), runs, 1,
                NB201.scoringConfig(), ctx.defaultAccuracyColumn(), evolution);
        List<BestSoFar> curves = new ArrayList<>();
        List<SearchExperiment.RunResult> results = service.run(s, ctx,
                (e, r) -> curves.add(SearchCurves.of(r, ctx, s.oracleColumn())), () -> false, note -> { });
        return new Ran(results, curves);
    }

    @Test
    void curvesAreMonotoneAndEndAtTheSearchsResult(@TempDir Path dir) {
        SpaceContext ctx = SpaceContext.open("nb201", DataDirectory.resolve(SharedData.dataDir()));
        String column = ctx.defaultAccuracyColumn();
        SearchService service = new SearchService(dir.resolve("s.sqlite"));
        for (Ran ran : List.of(run(service, ctx, SearchAlgorithm.REA, 10, 30, 3),
                run(service, ctx, SearchAlgorithm.RANDOM, 15, 100, 3),
                run(service, ctx, SearchAlgorithm.AREA, 10, 15, 1))) {
            for (int i = 0; i < ran.results().size(); i++) {
                SearchExperiment.RunResult r = ran.results().get(i);
                double[] y = ran.curves().get(i).accuracy();
                for (int k = 1; k < y.length; k++) {
                    assertTrue(y[k] >= y[k - 1], "non-decreasing at step " + k + ": " + java.util.Arrays.toString(y));
                }
                assertEquals(ctx.accuracy(r.chosen().index(), column), ran.curves().get(i).finalAccuracy(), 0.0);
                assertEquals(r.sampled().stream().mapToDouble(x -> ctx.accuracy(x, column)).max().orElseThrow(),
                        ran.curves().get(i).finalAccuracy(), 0.0, "the best lookup is the choice");
                assertEquals(r.seconds(), ran.curves().get(i).seconds()[y.length - 1], 1e-12);
            }
        }
        // NASWOT ranks by score: its curve need not rise, but it ends at the chosen (best-scored) cell's accuracy
        Ran naswot = run(service, ctx, SearchAlgorithm.NASWOT, 4, 100, 1);
        assertEquals(ctx.accuracy(naswot.results().get(0).chosen().index(), column),
                naswot.curves().get(0).finalAccuracy(), 0.0);
        assertEquals(4, naswot.curves().get(0).queries().length);
    }

    @Test
    void storedRunsDrawTheSameCurvesAsFreshOnes(@TempDir Path dir) {
        SpaceContext ctx = SpaceContext.open("nb201", DataDirectory.resolve(SharedData.dataDir()));
        String column = ctx.defaultAccuracyColumn();
        SearchService service = new SearchService(dir.resolve("s.sqlite"));
        assertTrue(service.storedSeries(ctx, "cifar10", column).series().isEmpty());
        Ran rea = run(service, ctx, SearchAlgorithm.REA, 10, 25, 2);
        Ran random = run(service, ctx, SearchAlgorithm.RANDOM, 25, 100, 2);
        run(service, ctx, SearchAlgorithm.REA, 10, 25, 1, new EvolutionSettings(5, 2));
        StoredSearches stored = service.storedSeries(ctx, "cifar10", column);
        assertEquals(List.of("REA, 25 queries", "random, N = 25", "REA, 25 queries, P = 5, S = 2"),
                stored.series().stream().map(SearchSeries::label).toList());
        assertTrue(stored.series().get(1).random());
        for (int s = 0; s < 2; s++) {
            Ran fresh = s == 0 ? rea : random;
            for (int i = 0; i < 2; i++) {
                BestSoFar a = fresh.curves().get(i);
                BestSoFar b = stored.series().get(s).runs().get(i);
                assertArrayEquals(a.accuracy(), b.accuracy(), 0.0);
                assertArrayEquals(a.seconds(), b.seconds(), 1e-9);
            }
        }
        assertEquals("nb201", stored.provenance().space());
        assertEquals(8, stored.provenance().batchSize());
        assertEquals("searches: REA, 25 queries (2 runs); random, N = 25 (2 runs); REA, 25 queries, P = 5, S = 2 "
                + "(1 run)", stored.provenance().images());
    }

    @Test
    void randomBaselineHasTheSameBudgetAndSeeds() {
        SearchExperiment.Settings naswot = new SearchExperiment.Settings(SearchAlgorithm.NASWOT, 12,
                Budget.queries(100), 5, 1, NB201.scoringConfig(), "col");
        SearchExperiment.Settings b = SearchCurves.randomBaseline(naswot);
        assertEquals(SearchAlgorithm.RANDOM, b.algorithm());
        assertEquals(12, b.n());
        assertEquals(5, b.runs());
        assertEquals(1, b.seed());
        SearchExperiment.Settings rea = new SearchExperiment.Settings(SearchAlgorithm.REA, 12, Budget.queries(40), 5, 1,
                NB201.scoringConfig(), "col");
        assertEquals(40, SearchCurves.randomBaseline(rea).n());
        assertNull(SearchCurves.randomBaseline(new SearchExperiment.Settings(SearchAlgorithm.RANDOM, 12, null, 5, 1,
                NB201.scoringConfig(), "col")));
        assertNull(SearchCurves.randomBaseline(new SearchExperiment.Settings(SearchAlgorithm.AREA, 12,
                Budget.seconds(3600), 5, 1, NB201.scoringConfig(), "col")));
    }
}
