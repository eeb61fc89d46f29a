package org.naswot.figures.cell;

import org.naswot.figures.model.ArchitectureFigure;
import org.naswot.figures.model.CellGraph;
import org.naswot.figures.model.CellPair;
import org.naswot.figures.model.StagePlan;
import org.naswot.figures.paint.Painter;
import org.naswot.figures.theme.ChartStyle;

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
