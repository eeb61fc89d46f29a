package org.naswot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.naswot.space.Architecture;

class AssistedRegularizedEvolutionTest {
    private static final EvolutionSettings SETTINGS = EvolutionSettings.nasBench201();
    private static final int M = AssistedRegularizedEvolution.PAPER_SCORED_CANDIDATES;

    private static RandomGenerator seeded(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    /** A noisy but informative score: accuracy plus a per-cell perturbation. */
    private static double score(Architecture a) {
        return ToySpace.accuracy(a) + 8 * Math.sin(a.index() * 12.9898);
    }

    private static AssistedRegularizedEvolution area() {
        return new AssistedRegularizedEvolution(new ToySpace(), AssistedRegularizedEvolutionTest::score,
                ToySpace.ORACLE, SETTINGS, M);
    }

    @Test
    void initialPopulationIsTheBestScoredOfTheCandidates() {
        BudgetedSearchResult result = area().run(Budget.queries(30), seeded(8));
        // the M candidates are the generator's first M draws: replay them
        RandomGenerator replay = seeded(8);
        List<Architecture> candidates = new ArrayList<>();
        for (int i = 0; i < M; i++) {
            candidates.add(new ToySpace().sample(replay));
        }
        List<Integer> expected = candidates.stream()
                .sorted(Comparator.comparingDouble(AssistedRegularizedEvolutionTest::score).reversed())
                .limit(SETTINGS.populationSize()).map(Architecture::index).toList();
        List<Integer> seeded = result.trajectory().subList(0, SETTINGS.populationSize()).stream()
                .map(p -> p.architecture().index()).toList();
        assertEquals(expected, seeded);
        assertEquals(M, result.scored());
        assertEquals(30, result.queries());
        assertEquals("area", result.algorithm());
    }

    @Test
    void informativeScoreHelpsUnderASmallBudget() {
        RegularizedEvolution rea = new RegularizedEvolution(new ToySpace(), ToySpace.ORACLE, SETTINGS);
        int runs = 60;
        double areaMean = 0, reaMean = 0;
        for (int seed = 0; seed < runs; seed++) {
            areaMean += area().run(Budget.queries(20), seeded(seed)).bestAccuracy() / runs;
            reaMean += rea.run(Budget.queries(20), seeded(seed)).bestAccuracy() / runs;
        }
        System.out.printf("toy landscape, 20 queries, %d seeds: AREA mean best %.2f, REA %.2f%n", runs, areaMean,
                reaMean);
        assertTrue(areaMean > reaMean + 1, "AREA " + areaMean + " vs REA " + reaMean);
    }

    @Test
    void equalSeedsGiveEqualRuns() {
        assertEquals(area().run(Budget.seconds(20_000), seeded(3)), area().run(Budget.seconds(20_000), seeded(3)));
    }

    @Test
    void rejectsFewerCandidatesThanPopulation() {
        assertThrows(IllegalArgumentException.class, () -> new AssistedRegularizedEvolution(new ToySpace(),
                AssistedRegularizedEvolutionTest::score, ToySpace.ORACLE, SETTINGS, SETTINGS.populationSize() - 1));
    }
}
