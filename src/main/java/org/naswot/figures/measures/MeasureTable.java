package org.naswot.figures.measures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several measures of one run's architectures side by side, the accuracy first: what the scatter matrix and the
 * parallel coordinates draw. A value the run lacks is NaN; -inf (a singular kernel) and +inf stay as they are.
 *
 * @param run           the scoring run's id
 * @param names         the measures' names, {@code names.get(0)} the accuracy's ({@link #ACCURACY})
 * @param values        {@code values[m][i]}: measure m of architecture i
 * @param indices       each architecture's index in its space, in the order of the values
 * @param accuracyLabel what the accuracy is, e.g. "CIFAR-10 validation accuracy (%)"
 */
public record MeasureTable(long run, List<String> names, double[][] values, int[] indices, String accuracyLabel) {
    /** The accuracy's short name in the figures (its full label goes on the colour bar and in the caption). */
    public static final String ACCURACY = "accuracy";

    public MeasureTable {
        names = List.copyOf(names);
        if (values.length != names.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + values.length + " columns");
        }
        for (double[] v : values) {
            if (v.length != indices.length) {
                throw new IllegalArgumentException("a column of " + v.length + " values for " + indices.length
                        + " architectures");
            }
        }
    }

    /** How many measures, the accuracy included. */
    public int measures() {
        return names.size();
    }

    /** How many architectures. */
    public int size() {
        return indices.length;
    }

    public double[] column(int m) {
        return values[m];
    }

    public double[] accuracy() {
        return values[0];
    }

    /** Every measure's values by name, in order: what a correlation matrix is computed from. */
    public Map<String, double[]> columns() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int m = 0; m < names.size(); m++) {
            out.put(names.get(m), values[m]);
        }
        return out;
    }

    /** Which rows are architectures of {@code selected} (indices in the space). */
    public boolean[] rowsOf(java.util.Set<Integer> selected) {
        boolean[] out = new boolean[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = selected.contains(indices[i]);
        }
        return out;
    }
}
