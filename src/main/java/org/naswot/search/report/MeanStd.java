package org.naswot.search.report;

import java.util.Locale;

/** A published "mean ± std" pair. */
public record MeanStd(double mean, double std) {

    public String format() {
        return String.format(Locale.ROOT, "%.2f ± %.2f", mean, std);
    }
}
