package org.naswot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.naswot.common.UserFacingException;

class RandomSearchTest {

    private static RandomGenerator seeded(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    @Test
    void optimalInNIsTheBestSampleAndRandomIsTheFirst() {
        RandomSearchResult result = new RandomSearch(new ToySpace(), ToySpace.ORACLE).run(25, seeded(1));
        assertEquals(25, result.sampled().size());
        double max = result.sampled().stream().mapToDouble(EvaluatedArchitecture::accuracy).max().orElseThrow();
        assertEquals(max, result.bestAccuracy());
        EvaluatedArchitecture firstBest = result.sampled().stream().filter(s -> s.accuracy() == max).findFirst()
                .orElseThrow();
        assertEquals(firstBest.architecture(), result.best());
        assertEquals(result.sampled().get(0).architecture(), result.randomPick());
        assertEquals(result.sampled().get(0).accuracy(), result.randomPickAccuracy());
    }

    @Test
    void unknownAccuracyIsNeverTheBest() {
        AccuracyOracle partlyUnknown = a -> new Evaluation(a.index() == 5 ? Double.NaN : a.index(), 1);
        RandomSearchResult result = new RandomSearch(new ScriptedSpace(3, 5, 4), partlyUnknown).run(3, seeded(0));
        assertEquals(4, result.best().index());
        assertEquals(3, result.randomPick().index());
    }

    @Test
    void budgetedRandomSearchSpendsExactlyItsQueries() {
        CountingOracle oracle = new CountingOracle(ToySpace.ORACLE);
        BudgetedSearchResult result = new RandomSearch(new ToySpace(), oracle).run(Budget.queries(64), seeded(2));
        assertEquals(64, result.queries());
        assertEquals(64, oracle.calls);
        assertEquals("random", result.algorithm());
    }

    @Test
    void timeBudgetNeedsKnownTrainingTimes() {
        AccuracyOracle noTimes = a -> new Evaluation(ToySpace.accuracy(a), Double.NaN);
        RandomSearch search = new RandomSearch(new ToySpace(), noTimes);
        assertThrows(UserFacingException.class, () -> search.run(Budget.seconds(1000), seeded(3)));
        assertEquals(10, search.run(Budget.queries(10), seeded(3)).queries());
    }

    @Test
    void budgetsRejectMeaninglessLimits() {
        assertThrows(IllegalArgumentException.class, () -> Budget.queries(0));
        assertThrows(IllegalArgumentException.class, () -> new Budget(Budget.Unit.QUERIES, 2.5));
        assertThrows(IllegalArgumentException.class, () -> Budget.seconds(Double.POSITIVE_INFINITY));
    }
}
