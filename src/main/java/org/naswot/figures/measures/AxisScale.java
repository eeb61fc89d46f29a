package org.naswot.figures.measures;

import java.util.List;
import java.util.Locale;

/**
 * One measure's axis in the parallel coordinates: its finite values' range, on a log scale where they are all
 * positive and span three or more orders of magnitude (a proxy such as synflow would otherwise squeeze every
 * architecture but the largest into the axis's foot); -inf and +inf sit just beyond the ends, NaN has no place.
 *
 * @param negInf whether some value is -inf (drawn below the axis, labelled "−∞")
 * @param posInf whether some value is +inf (drawn above it)
 */
record AxisScale(double min, double max, boolean log, boolean negInf, boolean posInf) {
    /** How far beyond an end of the axis the infinities are drawn, as a share of its length. */
    static final double BEYOND = 0.07;

    static AxisScale of(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean neg = false;
        boolean pos = false;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            neg |= v == Double.NEGATIVE_INFINITY;
            pos |= v == Double.POSITIVE_INFINITY;
        }
        if (min > max) {
            return new AxisScale(Double.NaN, Double.NaN, false, neg, pos);
        }
        return new AxisScale(min, max, min > 0 && max / min >= 1e3, neg, pos);
    }

    /** Where {@code v} goes along the axis: 0 at its minimum, 1 at its maximum, beyond for ±inf, NaN for NaN. */
    double position(double v) {
        if (Double.isNaN(v)) {
            return Double.NaN;
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return -BEYOND;
        }
        if (v == Double.POSITIVE_INFINITY) {
            return 1 + BEYOND;
        }
        if (!(max > min)) {
            return 0.5;
        }
        return log ? Math.log(v / min) / Math.log(max / min) : (v - min) / (max - min);
    }

    /** The values the axis labels: its ends and its middle (on a log axis the geometric middle). */
    List<Double> ticks() {
        if (Double.isNaN(min)) {
            return List.of();
        }
        if (!(max > min)) {
            return List.of(min);
        }
        return List.of(min, log ? Math.sqrt(min) * Math.sqrt(max) : (min + max) / 2, max);
    }

    /** A tick's label: three significant digits, an exponent for very large or small values, a typographic minus. */
    static String label(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        String s;
        if (a >= 1e5 || a < 1e-3) {
            s = String.format(Locale.ROOT, "%.2e", v).replaceFirst("\\.?0*e", "e").replace("e+0", "e").replace("e+", "e")
                    .replace("e-0", "e-");
        } else if (a >= 100) {
            // %g would write 1730 as 1.73e+03
            s = String.format(Locale.ROOT, "%.0f", v);
        } else {
            s = String.format(Locale.ROOT, "%.3g", v);
            if (s.contains(".")) {
                s = s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
            }
        }
        return s.replace('-', '\u2212');
    }
}
