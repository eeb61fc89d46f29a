package org.naswot.search.stats;

import java.util.Locale;

/** A two-sided interval around a point estimate at the given level (e.g. 0.95). */
public record ConfidenceInterval(double low, double estimate, double high, double level) {

    public ConfidenceInterval {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must lie strictly between 0 and 1, got " + level);
        }
    }

    /** Closed interval: a value on either bound counts as inside. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    public double width() {
        return high - low;
    }

    /** E.g. {@code [91.10, 91.95]} with the given number of decimals. */
    public String format(int decimals) {
        String pattern = "[%." + decimals + "f, %." + decimals + "f]";
        return String.format(Locale.ROOT, pattern, low, high);
    }
}
