package org.naswot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class RegularizedEvolutionTest {
    private static final EvolutionSettings SETTINGS = EvolutionSettings.nasBench201();

    private static RandomGenerator seeded(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    private static RegularizedEvolution rea(AccuracyOracle oracle) {
        return new RegularizedEvolution(new ToySpace(), oracle, SETTINGS);
    }

    @Test
    void queryBudgetIsSpentExactly() {
        CountingOracle oracle = new CountingOracle(ToySpace.ORACLE);
        BudgetedSearchResult result = rea(oracle).run(Budget.queries(37), seeded(1));
        assertEquals(37, result.queries());
        assertEquals(37, result.trajectory().size());
        assertEquals(37, oracle.calls);
        assertEquals("rea", result.algorithm());
        double charged = result.trajectory().stream().mapToDouble(p -> ToySpace.trainingSeconds(
                new ToySpace().parse(p.architecture().encoding()))).sum();
        assertEquals(charged, result.simulatedSeconds(), 1e-9);
    }

    @Test
    void timeBudgetStopsAtTheFirstEvaluationThatWouldOverrunIt() {
        CountingOracle oracle = new CountingOracle(ToySpace.ORACLE);
        double limit = 12_345;
        BudgetedSearchResult result = rea(oracle).run(Budget.seconds(limit), seeded(2));
        assertTrue(result.simulatedSeconds() <= limit);
        assertEquals(result.queries() + 1, oracle.calls, "exactly one evaluation is discarded");
        assertTrue(result.simulatedSeconds() + oracle.lastSeconds > limit);
        assertEquals(result.simulatedSeconds(),
                result.trajectory().get(result.trajectory().size() - 1).simulatedSeconds(), 1e-9);
    }

    @Test
    void budgetBelowOneTrainingReportsNothingFound() {
        BudgetedSearchResult result = rea(ToySpace.ORACLE).run(Budget.seconds(50), seeded(3));
        assertEquals(0, result.queries());
        assertNull(result.best());
        assertTrue(Double.isNaN(result.bestAccuracy()));
    }

    @Test
    void childrenAreOneEdgeMutantsOfTheCurrentPopulation() {
        BudgetedSearchResult result = rea(ToySpace.ORACLE).run(Budget.queries(200), seeded(4));
        List<TrajectoryPoint> points = result.trajectory();
        int p = SETTINGS.populationSize();
        for (int i = p; i < points.size(); i++) {
            String child = points.get(i).architecture().encoding();
            // the population holds exactly the last P admitted architectures: the oldest were removed
            boolean hasParent = points.subList(i - p, i).stream()
                    .anyMatch(member -> differingEdges(member.architecture().encoding(), child) == 1);
            assertTrue(hasParent, "query " + (i + 1) + " is no mutant of the population");
        }
    }

    @Test
    void trajectoryTracksTheBestSoFar() {
        BudgetedSearchResult result = rea(ToySpace.ORACLE).run(Budget.queries(80), seeded(5));
        double best = Double.NEGATIVE_INFINITY;
        for (TrajectoryPoint point : result.trajectory()) {
            best = Math.max(best, point.accuracy());
            assertEquals(best, point.bestAccuracy());
        }
        assertEquals(best, result.bestAccuracy());
        assertEquals(best, ToySpace.accuracy(new ToySpace().parse(result.best().encoding())));
    }

    @Test
    void equalSeedsGiveEqualRuns() {
        assertEquals(rea(ToySpace.ORACLE).run(Budget.queries(60), seeded(6)),
                rea(ToySpace.ORACLE).run(Budget.queries(60), seeded(6)));
    }

    @Test
    void evolutionBeatsRandomSearchOnASmoothLandscape() {
        RandomSearch random = new RandomSearch(new ToySpace(), ToySpace.ORACLE);
        int runs = 40;
        double reaMean = 0, randomMean = 0;
        int reaOptimum = 0, randomOptimum = 0;
        for (int seed = 0; seed < runs; seed++) {
            BudgetedSearchResult evolved = rea(ToySpace.ORACLE).run(Budget.queries(150), seeded(seed));
            BudgetedSearchResult sampled = random.run(Budget.queries(150), seeded(1000 + seed));
            reaMean += evolved.bestAccuracy() / runs;
            randomMean += sampled.bestAccuracy() / runs;
            reaOptimum += evolved.best().index() == ToySpace.OPTIMUM ? 1 : 0;
            randomOptimum += sampled.best().index() == ToySpace.OPTIMUM ? 1 : 0;
        }
        System.out.printf("toy landscape, 150 queries, %d seeds: REA mean best %.2f (optimum %d times), "
                + "random %.2f (optimum %d times)%n", runs, reaMean, reaOptimum, randomMean, randomOptimum);
        // regret = distance below the optimum (100); evolution should at least halve random search's
        double reaRegret = 100 - reaMean;
        double randomRegret = 100 - randomMean;
        assertTrue(reaRegret < 0.5 * randomRegret, "REA regret " + reaRegret + " vs random " + randomRegret);
        assertTrue(reaOptimum >= randomOptimum + 5, "optimum found " + reaOptimum + " vs " + randomOptimum);
    }

    static int differingEdges(String a, String b) {
        int count = 0;
        for (int i = 0; i < a.length(); i++) {
            count += a.charAt(i) != b.charAt(i) ? 1 : 0;
        }
        return count;
    }
}
