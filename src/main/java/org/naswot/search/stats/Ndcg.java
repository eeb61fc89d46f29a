package org.naswot.search.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Normalised discounted cumulative gain of a measure's ranking, as VKDNW (Tybl &amp; Neumann, CVPR 2025, "Training-free
 * NAS through Variance of Knowledge of Deep Network Weights", section on evaluation) proposes it for judging how well a
 * proxy finds the top networks: nDCG@P = DCG@P / ideal DCG@P, DCG@P = sum over the measure's first P architectures
 * (j = 1..P) of (2^acc_j - 1) / log2(1 + j), acc in percent, so each point of accuracy doubles an architecture's gain
 * and the top networks dominate. The ideal DCG ranks by the accuracy itself, so an exact ranking scores 1. VKDNW's
 * repository carries no code for it; this follows the paper's formula with P = {@link #CUTOFF}.
 *
 * <p>Only architectures with both values known count (NaN left out); P is capped at their number. Ties in the measure
 * are broken by position (earlier first). Gains are computed relative to the best accuracy (2^(acc - max) - 2^-max):
 * the common factor 2^max cancels in the ratio and 2^94 would otherwise lose the "- 1".
 */
public final class Ndcg {
    /** The cutoff P of VKDNW's tables. */
    public static final int CUTOFF = 1000;

    private Ndcg() {
    }

    /** nDCG@{@link #CUTOFF}. */
    public static double of(double[] measure, double[] accuracyPercent) {
        return of(measure, accuracyPercent, CUTOFF);
    }

    /** nDCG@P of {@code measure}'s ranking of {@code accuracyPercent}; NaN when no pair is complete. */
    public static double of(double[] measure, double[] accuracyPercent, int cutoff) {
        CompletePairs pairs = CompletePairs.of(measure, accuracyPercent);
        int n = pairs.size();
        if (n == 0 || cutoff < 1) {
            return Double.NaN;
        }
        int p = Math.min(cutoff, n);
        double max = Arrays.stream(pairs.y()).max().orElseThrow();
        double ideal = dcg(order(pairs.y()), pairs.y(), p, max);
        return ideal == 0 ? Double.NaN : dcg(order(pairs.x()), pairs.y(), p, max) / ideal;
    }

    private static double dcg(Integer[] order, double[] accuracy, int p, double max) {
        double sum = 0;
        for (int j = 0; j < p; j++) {
            double gain = Math.pow(2, accuracy[order[j]] - max) - Math.pow(2, -max);
            sum += gain / (Math.log(j + 2) / Math.log(2));
        }
        return sum;
    }

    /** Indices by decreasing value, ties in their original order. */
    private static Integer[] order(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]).reversed());
        return order;
    }
}
