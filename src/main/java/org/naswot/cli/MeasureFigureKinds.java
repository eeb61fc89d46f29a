package org.naswot.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.measures.MeasureFigure;
import org.naswot.run.SpaceContext;
import org.naswot.run.proxies.RunProxyTable;
import org.naswot.service.RunMeasures;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;

/**
 * {@code naswot figure --kind matrix|parallel}: a run's accuracy and its measures (nwot, stored proxies, aggregates;
 * {@code --measures}) as a scatter matrix of ranks with Kendall τ per panel, or as parallel coordinates.
 */
final class MeasureFigureKinds {
    private MeasureFigureKinds() {
    }

    /** Whether {@code kind} is one of these. */
    static boolean handles(String kind) {
        return kind(kind) != null;
    }

    /** The figure's height as a share of its width when --height-in is not given. */
    static double heightShare(String kind) {
        return kind(kind) == MeasureFigure.Kind.MATRIX ? 1.0 : 0.62;
    }

    static Exportable draw(String kind, ResultStore store, RunInfo run, SpaceContext ctx, String column,
                           List<String> measures, Consumer<String> notes) {
        return RunMeasures.figure(kind(kind), run, ids -> RunProxyTable.load(store, run, ctx, column, ids), measures,
                ctx.accuracyLabel(column), notes);
    }

    private static MeasureFigure.Kind kind(String kind) {
        for (MeasureFigure.Kind k : MeasureFigure.Kind.values()) {
            if (k.id().equals(kind.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
