package org.naswot.app.cell;

import org.naswot.app.model.ArchitectureFigure;
import org.naswot.app.model.CellGraph;
import org.naswot.app.model.CellPair;
import org.naswot.app.model.StagePlan;
import org.naswot.app.paint.Painter;
import org.naswot.app.theme.ChartStyle;

/** The painter for each kind of {@link ArchitectureFigure}. */
public final class FigurePainters {
    private FigurePainters() {
    }

    public static Painter of(ArchitectureFigure figure, ChartStyle style, String title) {
        if (figure instanceof CellGraph g) {
            return new CellDiagramPainter(g, style, title);
        }
        if (figure instanceof CellPair p) {
            return new CellPairPainter(p, style, title);
        }
        return new StagePlanPainter((StagePlan) figure, style, title);
    }
}
