package org.naswot.figures.cell;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import org.naswot.figures.model.StagePlan;
import org.naswot.figures.paint.ColourMaps;
import org.naswot.figures.paint.Painter;
import org.naswot.figures.theme.ChartStyle;

/** Draws a {@link StagePlan}: boxes left to right joined by arrows, scaled to fit, centred, with an optional title. */
public final class StagePlanPainter implements Painter {
    private final StagePlan plan;
    private final ChartStyle style;
    private final String title;

    public StagePlanPainter(StagePlan plan, ChartStyle style, String title) {
        this.plan = plan;
        this.style = style;
        this.title = title;
    }

    private Font titleFont() {
        return style.font(Font.BOLD, 13);
    }

    private Font lineFont() {
        return style.font(Font.PLAIN, 12);
    }

    /** The layout in unscaled units, measured with this painter's fonts. */
    StagePlanLayout layout() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        FontMetrics tfm = g.getFontMetrics(titleFont());
        FontMetrics lfm = g.getFontMetrics(lineFont());
        g.dispose();
        double size = lineFont().getSize2D();
        return StagePlanLayout.of(plan, new StagePlanLayout.Metrics(tfm::stringWidth, lfm::stringWidth,
                Math.max(tfm.getHeight(), lfm.getHeight()), size * 0.8, size * 2.4, size));
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        style.fillBackground(g, width, height);
        double top = FigureTitle.draw(g, title, width, style);
        StagePlanLayout r = layout();
        double s = Math.min(Math.min(width / r.width(), (height - top) / r.height()), CellDiagramPainter.MAX_SCALE);
        if (s <= 0) {
            return;
        }
        AffineTransform saved = g.getTransform();
        g.translate((width - r.width() * s) / 2, top + (height - top - r.height() * s) / 2);
        g.scale(s, s);
        draw(g, r);
        g.setTransform(saved);
    }

    private void draw(Graphics2D g, StagePlanLayout r) {
        FontMetrics tfm = g.getFontMetrics(titleFont());
        FontMetrics lfm = g.getFontMetrics(lineFont());
        double lineH = Math.max(tfm.getHeight(), lfm.getHeight());
        for (int i = 0; i < r.boxes().size(); i++) {
            LayeredLayout.Box b = r.boxes().get(i);
            StagePlan.Block block = plan.blocks().get(i);
            if (i > 0) {
                arrow(g, r.boxes().get(i - 1).maxX(), b.minX(), b.cy());
            }
            RoundRectangle2D shape = new RoundRectangle2D.Double(b.minX(), b.minY(), b.w(), b.h(), 10, 10);
            g.setPaint(style.plotBackground());
            g.fill(shape);
            // stages carry the convolutions: drawn in the convolution colour of the cell diagrams
            Color edge = block.kind() == StagePlan.Kind.STAGE
                    ? OpStyles.onBackground(ColourMaps.OKABE_ITO[4], style) : style.foreground();
            g.setPaint(edge);
            g.setStroke(new BasicStroke(block.kind() == StagePlan.Kind.STAGE ? 2f : 1.4f));
            g.draw(shape);
            double y = b.minY() + (b.h() - (1 + block.lines().size()) * lineH) / 2;
            g.setFont(titleFont());
            g.setPaint(style.foreground());
            g.drawString(block.title(), (float) (b.cx() - tfm.stringWidth(block.title()) / 2.0),
                    (float) (y + tfm.getAscent()));
            g.setFont(lineFont());
            for (String l : block.lines()) {
                y += lineH;
                g.drawString(l, (float) (b.cx() - lfm.stringWidth(l) / 2.0), (float) (y + lfm.getAscent()));
            }
        }
        if (r.caption() != null) {
            g.setFont(lineFont());
            g.setPaint(style.muted());
            LayeredLayout.Box c = r.caption();
            g.drawString(plan.caption(), (float) c.minX(), (float) (c.cy() + (lfm.getAscent() - lfm.getDescent()) / 2.0));
        }
    }

    private void arrow(Graphics2D g, double x0, double x1, double y) {
        double ah = 8;
        g.setPaint(style.foreground());
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x0 + 2, y, x1 - ah, y));
        Path2D head = new Path2D.Double();
        head.moveTo(x1 - 1, y);
        head.lineTo(x1 - 1 - ah, y - ah * 0.5);
        head.lineTo(x1 - 1 - ah, y + ah * 0.5);
        head.closePath();
        g.fill(head);
    }
}
