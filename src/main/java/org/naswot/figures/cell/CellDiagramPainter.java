package org.naswot.figures.cell;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import org.naswot.figures.model.CellGraph;
import org.naswot.figures.paint.Painter;
import org.naswot.figures.theme.ChartStyle;

/**
 * Draws a {@link CellGraph} with {@link LayeredLayout}: op-labelled edges (NB201, DARTS cells) in op colours, 'none'
 * dashed and faded, plain edges among them (a DARTS cell's concatenation) thin and muted, or op-coloured nodes
 * (NB101); scaled to fit, centred, with an optional title.
 */
public final class CellDiagramPainter implements Painter {
    /** Most a diagram is enlarged: beyond it a small cell in a large view looks bloated. */
    static final double MAX_SCALE = 2.2;

    private final CellGraph graph;
    private final ChartStyle style;
    private final String title;

    public CellDiagramPainter(CellGraph graph, ChartStyle style, String title) {
        this.graph = graph;
        this.style = style;
        this.title = title;
    }

    private Font font() {
        return style.font(Font.PLAIN, 13);
    }

    /** The layout in unscaled units, measured with this painter's font. */
    public LayeredLayout.Result layout() {
        Font f = font();
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        FontMetrics fm = g.getFontMetrics(f);
        double size = f.getSize2D();
        LayeredLayout.Metrics est = LayeredLayout.Metrics.estimate(size);
        LayeredLayout.Metrics m = new LayeredLayout.Metrics(s -> fm.stringWidth(s), fm.getHeight(), size * 2.6,
                size * 2.6, est.nodePadding(), est.labelPadding(), est.minLayerGap(), est.rowGap(), est.arcStep(),
                est.margin());
        g.dispose();
        return LayeredLayout.layout(graph, m);
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        style.fillBackground(g, width, height);
        double top = FigureTitle.draw(g, title, width, style);
        LayeredLayout.Result r = layout();
        double s = Math.min(Math.min(width / r.width(), (height - top) / r.height()), MAX_SCALE);
        if (s <= 0) {
            return;
        }
        drawScaled(g, r, 0, top, width, height - top, s);
    }

    /** Draws the layout at {@code scale}, centred in the box (x, y, w, h). */
    void drawScaled(Graphics2D g, LayeredLayout.Result r, double x, double y, double w, double h, double scale) {
        AffineTransform saved = g.getTransform();
        g.translate(x + (w - r.width() * scale) / 2, y + (h - r.height() * scale) / 2);
        g.scale(scale, scale);
        drawGraph(g, r);
        g.setTransform(saved);
    }

    private void drawGraph(Graphics2D g, LayeredLayout.Result r) {
        Font f = font();
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        boolean edgeOps = graph.edges().stream().anyMatch(e -> e.op() != null);
        float lw = (float) (2.2 * style.fontScale() / Math.max(0.62, style.fontScale()) * (f.getSize2D() / 13f));
        Composite normal = g.getComposite();
        // edges, 'none' first so real ops are drawn over them
        for (int pass = 0; pass < 2; pass++) {
            for (LayeredLayout.Route route : r.routes()) {
                CellGraph.Edge e = graph.edges().get(route.edge());
                boolean none = OpStyles.isNone(e.op());
                if (none != (pass == 0)) {
                    continue;
                }
                // among op-labelled edges a plain one is structure (a DARTS cell's concatenation), not an
                // operation: muted and thinner, so it does not read as skip_connect
                boolean structural = edgeOps && e.op() == null;
                Color c = structural ? style.muted() : OpStyles.onBackground(OpStyles.colour(e.op(), style), style);
                g.setComposite(none ? AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f) : normal);
                g.setPaint(c);
                g.setStroke(none ? new BasicStroke(lw * 0.7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {6f, 5f}, 0f)
                        : new BasicStroke(structural ? lw * 0.6f : lw, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                double[] end = route.end();
                double[] dir = route.endDirection();
                double ah = 9 * f.getSize2D() / 13;
                double[] p = route.path().clone();
                // stop the line at the arrowhead's base
                p[p.length - 2] -= dir[0] * ah * 0.8;
                p[p.length - 1] -= dir[1] * ah * 0.8;
                Path2D line = new Path2D.Double();
                line.moveTo(p[0], p[1]);
                for (int k = 2; k < p.length; k += 6) {
                    line.curveTo(p[k], p[k + 1], p[k + 2], p[k + 3], p[k + 4], p[k + 5]);
                }
                g.draw(line);
                Path2D head = new Path2D.Double();
                double ux = dir[0];
                double uy = dir[1];
                head.moveTo(end[0], end[1]);
                head.lineTo(end[0] - ux * ah - uy * ah * 0.5, end[1] - uy * ah + ux * ah * 0.5);
                head.lineTo(end[0] - ux * ah + uy * ah * 0.5, end[1] - uy * ah - ux * ah * 0.5);
                head.closePath();
                g.fill(head);
                if (route.label() != null) {
                    LayeredLayout.Box b = route.label();
                    RoundRectangle2D pill = new RoundRectangle2D.Double(b.minX(), b.minY(), b.w(), b.h(), b.h(), b.h());
                    g.setPaint(style.background());
                    g.fill(pill);
                    g.setStroke(new BasicStroke(none ? 0.8f : 1.2f));
                    g.setPaint(c);
                    g.draw(pill);
                    g.setPaint(none ? style.muted() : style.foreground());
                    g.drawString(e.label(), (float) (b.cx() - fm.stringWidth(e.label()) / 2.0),
                            (float) (b.cy() + (fm.getAscent() - fm.getDescent()) / 2.0));
                }
            }
        }
        g.setComposite(normal);
        // nodes
        for (int i = 0; i < r.nodes().length; i++) {
            LayeredLayout.Box b = r.nodes()[i];
            CellGraph.Node node = graph.nodes().get(i);
            java.awt.Shape shape = edgeOps ? new Ellipse2D.Double(b.minX(), b.minY(), b.w(), b.h())
                    : new RoundRectangle2D.Double(b.minX(), b.minY(), b.w(), b.h(), 12, 12);
            Color fill = node.op() == null || node.op().equals("input") || node.op().equals("output")
                    ? style.plotBackground() : OpStyles.onBackground(OpStyles.colour(node.op(), style), style);
            g.setPaint(fill);
            g.fill(shape);
            g.setPaint(style.foreground());
            g.setStroke(new BasicStroke(1.6f));
            g.draw(shape);
            boolean darkFill = luminance(fill) < 0.45;
            g.setPaint(darkFill ? Color.WHITE : (luminance(fill) > 0.6 ? new Color(0x1F2328) : style.foreground()));
            if (fill.equals(style.plotBackground())) {
                g.setPaint(style.foreground());
            }
            g.drawString(node.label(), (float) (b.cx() - fm.stringWidth(node.label()) / 2.0),
                    (float) (b.cy() + (fm.getAscent() - fm.getDescent()) / 2.0));
        }
    }

    static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }
}
