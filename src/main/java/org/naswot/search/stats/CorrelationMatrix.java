package org.naswot.search.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rank correlations between every pair of several measures of the same architectures (e.g. zero-cost proxies). Each
 * cell uses the pairs where neither measure is NaN, so one proxy's missing values do not shrink the others' cells;
 * infinities rank as the extreme values (see {@link RankCorrelation}).
 *
 * @param names  the measures, in row (and column) order
 * @param values {@code values[i][j]}: the coefficient between measure i and j; NaN below two pairs or for a constant
 * @param pairs  {@code pairs[i][j]}: how many architectures the cell used
 */
public record CorrelationMatrix(List<String> names, RankMethod method, double[][] values, int[][] pairs) {

    /** @param columns each measure's values over the same architectures, in the same order */
    public static CorrelationMatrix of(Map<String, double[]> columns, RankMethod method) {
        List<String> names = new ArrayList<>(columns.keySet());
        int m = names.size();
        double[][] values = new double[m][m];
        int[][] pairs = new int[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                CompletePairs p = CompletePairs.of(columns.get(names.get(i)), columns.get(names.get(j)));
                double r = method.correlation(p.x(), p.y());
                values[i][j] = values[j][i] = r;
                pairs[i][j] = pairs[j][i] = p.size();
            }
        }
        return new CorrelationMatrix(List.copyOf(names), method, values, pairs);
    }

    public int size() {
        return names.size();
    }

    public double value(int i, int j) {
        return values[i][j];
    }
}
