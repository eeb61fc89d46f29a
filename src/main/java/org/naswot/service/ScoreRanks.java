package org.naswot.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.naswot.score.ScoreResult;

/**
 * For a space without accuracies (a declarative space before an import) the scatter plots each score against its own
 * rank: a percentile, 100 for the run's best score, 0 for its worst (singular kernels lowest), so the plot shows how
 * the scores spread and where the best ones lie. Keyed by architecture string.
 */
public final class ScoreRanks {
    /** What the y values are, for the axis and titles. */
    public static final String KIND = "score rank (no accuracies)";
    public static final String AXIS = "rank of the score, percentile (no accuracies)";

    private ScoreRanks() {
    }

    /** The percentile of each score among {@code scores}, in their order (NaN scores lowest). */
    public static double[] percentiles(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> Double.isNaN(scores[i]) ? Double.NEGATIVE_INFINITY
                : scores[i]));
        double[] out = new double[scores.length];
        for (int r = 0; r < order.length; r++) {
            out[order[r]] = order.length == 1 ? 100.0 : 100.0 * r / (order.length - 1);
        }
        return out;
    }

    public static Map<String, Double> percentiles(List<ScoreResult> scores) {
        List<ScoreResult> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparingDouble(r -> Double.isNaN(r.score()) ? Double.NEGATIVE_INFINITY : r.score()));
        Map<String, Double> out = new HashMap<>();
        int n = sorted.size();
        for (int i = 0; i < n; i++) {
            out.put(sorted.get(i).arch(), n == 1 ? 100.0 : 100.0 * i / (n - 1));
        }
        return out;
    }
}
