package org.naswot.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.search.CurveBands;
import org.naswot.figures.search.SearchBoxFigure;
import org.naswot.figures.search.SearchCurveFigure;
import org.naswot.run.SpaceContext;
import org.naswot.service.SearchService;
import org.naswot.service.StoredSearches;

/**
 * {@code naswot figure --kind search-curve | search-box}: the stored searches of a space and dataset drawn as the
 * window's Search tab draws them (the same service, the same figures).
 */
final class SearchFigureSource {
    /** The figure, the accuracy's label and its provenance line. */
    record Drawn(Exportable figure, String column, String accuracyLabel, String accuracyProvenance) {
    }

    private SearchFigureSource() {
    }

    static boolean handles(String kind) {
        return kind.toLowerCase(Locale.ROOT).startsWith("search-");
    }

    static Drawn draw(String kind, Path db, DataDirectory data, String space, String dataset, String accuracy,
                      String x) {
        CurveBands.Axis axis = switch (x.toLowerCase(Locale.ROOT)) {
            case "queries" -> CurveBands.Axis.QUERIES;
            case "seconds" -> CurveBands.Axis.SECONDS;
            default -> throw new UserFacingException("--x must be queries or seconds, not '" + x + "'");
        };
        SpaceContext ctx = SpaceContext.open(org.naswot.spaces.SpaceModules.resolve(space), data);
        String column = accuracy != null ? accuracy : ctx.defaultAccuracyColumn();
        ctx.requireAccuracyColumn(column);
        StoredSearches stored = new SearchService(db).storedSeries(ctx, dataset, column);
        if (stored.series().isEmpty()) {
            throw new UserFacingException("no finished searches of " + ctx.id() + " on " + dataset + " in " + db
                    + ": run some first (naswot search --algorithm naswot|rea|area|random --space " + space + ")");
        }
        String label = ctx.accuracyLabel(column);
        Exportable figure = switch (kind.toLowerCase(Locale.ROOT)) {
            case "search-curve" -> new SearchCurveFigure(stored.series(), axis, label, stored.provenance());
            case "search-box" -> new SearchBoxFigure(stored.series(), label, stored.provenance());
            default -> throw new UserFacingException("--kind must be scatter, kernel, cell, proxies, search-curve or "
                    + "search-box, not '" + kind + "'");
        };
        return new Drawn(figure, column, label, ctx.accuracyProvenance(column));
    }
}
