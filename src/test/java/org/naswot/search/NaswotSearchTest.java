package org.naswot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class NaswotSearchTest {
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;

    private static RandomGenerator seeded(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    private static NaswotResult search(Map<Integer, Double> scoreByIndex, Integer... script) {
        ArchitectureScorer scorer = a -> scoreByIndex.get(a.index());
        return new NaswotSearch(new ScriptedSpace(script), scorer).run(script.length, seeded(0));
    }

    @Test
    void picksHighestScoreAndKeepsSampleOrder() {
        NaswotResult result = search(Map.of(5, -300.0, 9, -120.0, 2, -250.0), 5, 9, 2);
        assertEquals(9, result.chosen().index());
        assertEquals(-120.0, result.score());
        assertEquals(1, result.chosenPosition());
        assertEquals(List.of(5, 9, 2), result.sampled().stream().map(s -> s.architecture().index()).toList());
        assertEquals(List.of(-300.0, -120.0, -250.0), result.sampled().stream().map(ScoredArchitecture::score).toList());
        assertTrue(result.wallSeconds() >= 0);
    }

    @Test
    void firstSampledOfEqualScoresWins() {
        // 4 and 8 share the top score; the repeat of 8 (sampled with replacement) changes nothing
        NaswotResult result = search(Map.of(1, -10.0, 4, -5.0, 8, -5.0), 1, 8, 4, 8);
        assertEquals(8, result.chosen().index());
        assertEquals(1, result.chosenPosition());
    }

    @Test
    void negativeInfinityOnlyWinsWhenEverythingIsNegativeInfinity() {
        assertEquals(7, search(Map.of(3, NEG_INF, 7, -1e6, 6, NEG_INF), 3, 7, 6).chosen().index());
        NaswotResult allSingular = search(Map.of(3, NEG_INF, 7, NEG_INF), 7, 3);
        assertEquals(7, allSingular.chosen().index());
        assertEquals(0, allSingular.chosenPosition());
        assertEquals(NEG_INF, allSingular.score());
    }

    @Test
    void failedScoresNeverWin() {
        assertEquals(6, search(Map.of(3, Double.NaN, 6, NEG_INF), 3, 6).chosen().index());
    }

    @Test
    void equalSeedsGiveEqualSearches() {
        ArchitectureScorer scorer = ToySpace::accuracy;
        NaswotSearch search = new NaswotSearch(new ToySpace(), scorer);
        NaswotResult a = search.run(100, seeded(42));
        NaswotResult b = search.run(100, seeded(42));
        NaswotResult c = search.run(100, seeded(43));
        assertEquals(a.sampled(), b.sampled());
        assertEquals(a.chosen(), b.chosen());
        assertTrue(!a.sampled().equals(c.sampled()), "a different seed draws a different sample");
    }

    @Test
    void withAPerfectScoreLargerSamplesChooseBetter() {
        // the score equals the accuracy here, so the choice is the best of N: its mean must rise with N
        NaswotSearch search = new NaswotSearch(new ToySpace(), ToySpace::accuracy);
        RandomGenerator rng = seeded(5);
        double mean10 = 0, mean100 = 0;
        for (int run = 0; run < 50; run++) {
            mean10 += search.run(10, rng).score() / 50;
            mean100 += search.run(100, rng).score() / 50;
        }
        assertTrue(mean100 > mean10 + 3, "N=10: " + mean10 + ", N=100: " + mean100);
    }
}
