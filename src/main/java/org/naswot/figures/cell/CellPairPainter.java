package org.naswot.figures.cell;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import org.naswot.figures.model.CellPair;
import org.naswot.figures.paint.Painter;
import org.naswot.figures.theme.ChartStyle;

/**
 * The normal and reduction cell of a DARTS-family network, each under its name, at one common scale (so equal ops
 * look equal): side by side, or one above the other when the area is tall enough for that to draw them larger.
 */
public final class CellPairPainter implements Painter {
    static final String NORMAL = "normal cell";
    static final String REDUCTION = "reduction cell";
    private static final double GUTTER = 16;

    private final CellDiagramPainter normal;
    private final CellDiagramPainter reduction;
    private final ChartStyle style;
    private final String title;

    public CellPairPainter(CellPair pair, ChartStyle style, String title) {
        this.normal = new CellDiagramPainter(pair.normal(), style, "");
        this.reduction = new CellDiagramPainter(pair.reduction(), style, "");
        this.style = style;
        this.title = title;
    }

    /** Where the two cells go in a {@code width} x {@code height} area below {@code top}. */
    record Arrangement(boolean sideBySide, double scale, double[] normalBox, double[] reductionBox) {
    }

    static Arrangement arrange(LayeredLayout.Result a, LayeredLayout.Result b, double top, double width,
                               double height, double subtitle) {
        double halfW = (width - GUTTER) / 2;
        double rowH = height - top - subtitle;
        double side = Math.min(Math.min(halfW / a.width(), rowH / a.height()),
                Math.min(halfW / b.width(), rowH / b.height()));
        double halfH = (height - top - GUTTER) / 2 - subtitle;
        double stacked = Math.min(Math.min(width / a.width(), halfH / a.height()),
                Math.min(width / b.width(), halfH / b.height()));
        if (side >= stacked) {
            return new Arrangement(true, Math.min(side, CellDiagramPainter.MAX_SCALE),
                    new double[] {0, top, halfW, height - top}, new double[] {halfW + GUTTER, top, halfW, height - top});
        }
        double h = (height - top - GUTTER) / 2;
        return new Arrangement(false, Math.min(stacked, CellDiagramPainter.MAX_SCALE),
                new double[] {0, top, width, h}, new double[] {0, top + h + GUTTER, width, h});
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        style.fillBackground(g, width, height);
        double top = FigureTitle.draw(g, title, width, style);
        Font f = style.font(Font.BOLD, 12);
        FontMetrics fm = g.getFontMetrics(f);
        double subtitle = fm.getHeight() + 4;
        LayeredLayout.Result a = normal.layout();
        LayeredLayout.Result b = reduction.layout();
        Arrangement at = arrange(a, b, top, width, height, subtitle);
        if (at.scale() <= 0) {
            return;
        }
        // the names sit just above the drawings, level with each other, not at the top of a tall half
        double drawn = Math.max(a.height(), b.height()) * at.scale();
        drawHalf(g, normal, a, NORMAL, at.normalBox(), at.scale(), drawn, f, subtitle);
        drawHalf(g, reduction, b, REDUCTION, at.reductionBox(), at.scale(), drawn, f, subtitle);
        // a faint rule between the halves
        double[] r = at.reductionBox();
        g.setPaint(style.muted());
        g.setStroke(new BasicStroke(0.8f));
        g.draw(at.sideBySide() ? new Line2D.Double(r[0] - GUTTER / 2, r[1] + 4, r[0] - GUTTER / 2, r[1] + r[3] - 4)
                : new Line2D.Double(8, r[1] - GUTTER / 2, width - 8, r[1] - GUTTER / 2));
    }

    private void drawHalf(Graphics2D g, CellDiagramPainter p, LayeredLayout.Result r, String name, double[] box,
                          double scale, double drawn, Font f, double subtitle) {
        double top = box[1] + Math.max(0, (box[3] - subtitle - drawn) / 2);
        g.setFont(f);
        g.setPaint(style.foreground());
        FontMetrics fm = g.getFontMetrics();
        g.drawString(name, (float) (box[0] + (box[2] - fm.stringWidth(name)) / 2), (float) (top + fm.getAscent()));
        p.drawScaled(g, r, box[0], top + subtitle, box[2], drawn, scale);
    }
}
