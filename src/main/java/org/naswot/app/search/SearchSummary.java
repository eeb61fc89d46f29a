package org.naswot.app.search;

import java.util.List;
import java.util.Locale;
import org.naswot.figures.search.SearchSeries;
import org.naswot.search.stats.Summary;

/** The summary line under the Search tab's controls: each shown search's final accuracy, mean +- std (n - 1). */
final class SearchSummary {
    private SearchSummary() {
    }

    static String of(List<SearchSeries> series, String accuracyLabel) {
        StringBuilder sb = new StringBuilder();
        for (SearchSeries s : series) {
            double[] v = java.util.Arrays.stream(s.finals()).filter(Double::isFinite).toArray();
            if (v.length == 0) {
                continue;
            }
            Summary sum = Summary.of(v);
            sb.append(sb.length() == 0 ? "Final " + accuracyLabel + ":   " : "   \u00b7   ")
                    .append(String.format(Locale.ROOT, "%s %.2f \u00b1 %.2f (%d runs)", s.label(), sum.mean(),
                            v.length > 1 ? sum.std() : 0.0, v.length));
        }
        return sb.toString();
    }
}
