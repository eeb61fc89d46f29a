package org.naswot.figures.scatter;

import java.util.function.IntToDoubleFunction;

/**
 * A numeric column (FLOPs, a proxy, an accuracy...) that colours or sizes the scatter's points: its name, and its value
 * for an architecture index (NaN where unknown). The range is taken over the plotted points, so the colour bar and the
 * size legend say what is on the plot.
 *
 * @param column  the column's id, as the architecture table names it
 * @param byIndex value for a benchmark (architecture) index
 */
public record ScatterEncoding(String column, IntToDoubleFunction byIndex) {
    /** Smallest and largest dot, as multiples of the chosen marker size, when a column sizes them. */
    public static final double MIN_SCALE = 0.5;
    public static final double MAX_SCALE = 2.5;

    /** The value for plotted point {@code i} (NaN where the column has none). */
    public double value(ScatterData d, int i) {
        double v = byIndex.applyAsDouble(d.plottedPoint(i).index());
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** {lowest, highest, count} of the finite values over the plotted points; {NaN, NaN, 0} when none. */
    public double[] range(ScatterData d) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (int i = 0; i < d.plottedCount(); i++) {
            double v = value(d, i);
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                n++;
            }
        }
        return n == 0 ? new double[] {Double.NaN, Double.NaN, 0} : new double[] {lo, hi, n};
    }

    /** Dot scale for {@code v} within [lo, hi]: linear in the value from MIN_SCALE to MAX_SCALE; 1 where unknown. */
    public static double sizeScale(double v, double lo, double hi) {
        if (Double.isNaN(v)) {
            return 1;
        }
        double f = hi > lo ? (v - lo) / (hi - lo) : 0.5;
        return MIN_SCALE + (MAX_SCALE - MIN_SCALE) * Math.max(0, Math.min(1, f));
    }
}
