package org.naswot.app.explore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.naswot.score.proxies.ProxyRegistry;

/** How the x-axis picker names a measure: its id and its paper's first author and year. */
final class MeasureNames {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private MeasureNames() {
    }

    static String of(String id) {
        if (id == null) {
            return "";
        }
        if (id.equals(ScoreScatterModel.NWOT)) {
            return "nwot \u00b7 NASWOT score (Mellor et al., 2021)";
        }
        try {
            boolean aggregate = org.naswot.score.proxies.AggregateRegistry.contains(id);
            String paper = org.naswot.service.ProxyCatalog.paper(aggregate
                    ? org.naswot.score.proxies.AggregateRegistry.get(id).description()
                    : ProxyRegistry.get(id).description());
            if (paper.isEmpty()) {
                return id;
            }
            String author = paper.split(",")[0].strip();
            Matcher year = YEAR.matcher(paper);
            String y = null;
            while (year.find()) {
                y = year.group();
            }
            return id + " \u00b7 " + author + (y == null ? "" : ", " + y);
        } catch (RuntimeException unknown) {
            return id;
        }
    }
}
