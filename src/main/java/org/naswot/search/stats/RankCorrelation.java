package org.naswot.search.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.hipparchus.stat.correlation.KendallsCorrelation;
import org.hipparchus.stat.correlation.SpearmansCorrelation;

/**
 * Rank agreement between training-free scores and trained accuracies.
 *
 * <p>Pairs where either value is NaN are skipped. Scores of -infinity (a singular kernel) are kept as
 * they are: Hipparchus' Kendall implementation orders and detects ties with {@link Double#compare},
 * and its Spearman ranking sorts the same way, so -infinity ranks lowest and several -infinity scores
 * form one tie group, exactly as a very small finite value would.
 */
public final class RankCorrelation {
    private RankCorrelation() {
    }

    /** Kendall's tau-b (tie-corrected), O(n log n). NaN when fewer than two pairs or one side is constant. */
    public static double kendallTau(double[] x, double[] y) {
        return kendallTau(CompletePairs.of(x, y));
    }

    /** Spearman's rho: Pearson correlation of average ranks. NaN when fewer than two pairs or one side is constant. */
    public static double spearmanRho(double[] x, double[] y) {
        return spearmanRho(CompletePairs.of(x, y));
    }

    static double kendallTau(CompletePairs pairs) {
        if (pairs.size() < 2) {
            return Double.NaN;
        }
        return new KendallsCorrelation().correlation(pairs.x(), pairs.y());
    }

    static double spearmanRho(CompletePairs pairs) {
        if (pairs.size() < 2) {
            return Double.NaN;
        }
        return new SpearmansCorrelation().correlation(pairs.x(), pairs.y());
    }

    /**
     * |top-k by score ∩ top-k by accuracy| / k over the complete pairs. Equal values at the k-th place
     * are broken by position (earlier first), so the result is deterministic.
     */
    public static double topKOverlap(double[] scores, double[] accuracies, int k) {
        CompletePairs pairs = CompletePairs.of(scores, accuracies);
        if (k < 1 || k > pairs.size()) {
            throw new IllegalArgumentException("k must be in 1.." + pairs.size() + " (complete pairs), got " + k);
        }
        Set<Integer> byScore = topIndices(pairs.x(), k);
        Set<Integer> byAccuracy = topIndices(pairs.y(), k);
        byScore.retainAll(byAccuracy);
        return byScore.size() / (double) k;
    }

    private static Set<Integer> topIndices(double[] values, int k) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        // stable sort: ties keep their original order
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]).reversed());
        return new HashSet<>(Arrays.asList(order).subList(0, k));
    }
}
