package org.naswot.figures.scatter;

import java.util.Locale;

/**
 * Percentiles that the scatter's axes are clipped to (review X2): each axis spans the {@code low}-th to the
 * {@code high}-th percentile of the shown values, and points beyond are drawn at the plot's edge, not dropped.
 *
 * @param low  0 to 100, below {@code high}
 * @param high 0 to 100
 */
public record ClipPercentiles(double low, double high) {
    /** The window's choice: the 1st to the 99th percentile. */
    public static final ClipPercentiles DEFAULT = new ClipPercentiles(1, 99);

    public ClipPercentiles {
        if (!(low >= 0 && high <= 100 && low < high)) {
            throw new IllegalArgumentException("percentiles must satisfy 0 \u2264 low < high \u2264 100, not " + low
                    + ", " + high);
        }
    }

    /** "1,99" (as the command line takes it); IllegalArgumentException naming the problem otherwise. */
    public static ClipPercentiles parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("give two percentiles LOW,HIGH such as 1,99, not '" + text + "'");
        }
        try {
            return new ClipPercentiles(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("give two percentiles LOW,HIGH such as 1,99, not '" + text + "'");
        }
    }

    /** "1st–99th percentile". */
    public String describe() {
        return ordinal(low) + "\u2013" + ordinal(high) + " percentile";
    }

    /**
     * "1st to 99th pct.", for a caption that must stay one line at 1280 px; joined by no-break spaces, so where a
     * narrower window wraps it the range stays whole (a line break after "1st–" was allowed by the dash).
     */
    public String shortDescribe() {
        return ordinal(low) + "\u00a0to\u00a0" + ordinal(high) + "\u00a0pct.";
    }

    /** 1st, 2nd, 3rd, 11th, 22nd, 2.5th. */
    static String ordinal(double p) {
        if (p != Math.rint(p)) {
            return String.format(Locale.ROOT, "%s", stripZeros(p)) + "th";
        }
        long n = (long) p;
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                : switch ((int) (n % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    private static String stripZeros(double p) {
        return java.math.BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
    }

    /**
     * The {@code p}-th percentile of the first {@code n} values of {@code sorted} (ascending), interpolated linearly
     * between the closest ranks (numpy's default), so 0 and 100 give the smallest and the largest value.
     */
    public static double percentile(double[] sorted, int n, double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double pos = p / 100 * (n - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(n - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
