package org.naswot.figures.proxies;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.naswot.figures.paint.ColourMaps;
import org.naswot.figures.paint.Painter;
import org.naswot.figures.paint.TextFit;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.search.stats.CorrelationMatrix;

/**
 * A proxy-by-proxy rank-correlation matrix as a viridis heatmap over [-1, 1], each cell with its value written in
 * it, the proxies' names along both sides and a colour bar. Cells without a value (too few pairs, a constant proxy)
 * are left grey with a dash.
 */
public final class CorrelationHeatmapPainter implements Painter {
    private final CorrelationMatrix matrix;
    private final ChartStyle style;
    private final String heading;

    public CorrelationHeatmapPainter(CorrelationMatrix matrix, ChartStyle style, String heading) {
        this.matrix = matrix;
        this.style = style;
        this.heading = heading;
    }

    /** Where in viridis a coefficient is drawn: -1 at the dark end, +1 at the light end. */
    static double position(double r) {
        return (r + 1) / 2;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(style.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        int m = matrix.size();
        if (m == 0) {
            return;
        }
        Font titleFont = style.font(Font.BOLD, 13.5);
        Font nameFont = style.font(Font.PLAIN, 12);
        FontMetrics nfm = g.getFontMetrics(nameFont);
        double pad = 6 * style.fontScale() + 4;
        double top = pad;
        top = TextFit.drawHeading(g, heading, titleFont, style.foreground(), width, pad, top);
        double names = 0;
        for (String n : matrix.names()) {
            names = Math.max(names, nfm.stringWidth(n));
        }
        // gap, bar, ticks and their labels, the turned method name: as drawColourBar lays them out
        double barW = 14 + 12 * Math.max(0.8, style.fontScale()) + 8 + nfm.stringWidth("\u22120.50") + nfm.getHeight();
        // names on the left and, turned, below the matrix
        double side = Math.min(width - 2 * pad - names - 6 - barW, height - top - pad - names - 6 - nfm.getDescent());
        if (side < 2 * m) {
            return;
        }
        double cell = side / m;
        double x0 = pad + names + 6;
        double y0 = top;
        // the values as large as the cells allow, at most the names' size; small cells drop the leading zero (.76)
        float full = (float) (nameFont.getSize2D() * 0.84 * cell / nfm.stringWidth(format(-0.5, false)));
        boolean compact = full < 0.8 * nameFont.getSize2D();
        Font valueFont = nameFont.deriveFont(Math.min(nameFont.getSize2D(), compact
                ? (float) (nameFont.getSize2D() * 0.84 * cell / nfm.stringWidth(format(-0.5, true))) : full));
        FontMetrics vfm = g.getFontMetrics(valueFont);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                drawCell(g, matrix.value(i, j), compact, x0 + j * cell, y0 + i * cell, cell, valueFont, vfm);
            }
        }
        g.setPaint(style.muted());
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x0, y0, side, side));
        g.setFont(nameFont);
        g.setPaint(style.foreground());
        double centre = (nfm.getAscent() - nfm.getDescent()) / 2.0;
        for (int i = 0; i < m; i++) {
            String n = matrix.names().get(i);
            g.drawString(n, (float) (x0 - 6 - nfm.stringWidth(n)), (float) (y0 + (i + 0.5) * cell + centre));
            AffineTransform at = g.getTransform();
            g.translate(x0 + (i + 0.5) * cell + centre, y0 + side + 6 + nfm.stringWidth(n));
            g.rotate(-Math.PI / 2);
            g.drawString(n, 0f, 0f);
            g.setTransform(at);
        }
        drawColourBar(g, x0 + side + 14, y0, side, nfm);
    }

    /** "−0.50", or "−.50" in compact form; a typographic minus either way. */
    static String format(double r, boolean compact) {
        String s = String.format(Locale.ROOT, "%.2f", r);
        if (compact) {
            s = s.replaceFirst("^(-?)0\\.", "$1.");
        }
        return s.replace('-', '\u2212');
    }

    private void drawCell(Graphics2D g, double r, boolean compact, double x, double y, double cell, Font font,
                          FontMetrics fm) {
        boolean known = !Double.isNaN(r);
        double t = position(r);
        // a hair of overlap hides seams between cells in viewers that anti-alias
        g.setPaint(known ? ColourMaps.viridis(t) : style.plotBackground());
        g.fill(new Rectangle2D.Double(x, y, cell + 0.3, cell + 0.3));
        if (fm.getHeight() > cell * 0.9) {
            return;
        }
        String text = known ? format(r, compact) : "\u2013";
        // light text on viridis' dark half, dark text on its light half
        g.setPaint(!known ? style.muted() : t < 0.6 ? Color.WHITE : new Color(0x1A1A1A));
        g.setFont(font);
        g.drawString(text, (float) (x + (cell - fm.stringWidth(text)) / 2),
                (float) (y + (cell + fm.getAscent() - fm.getDescent()) / 2));
    }

    private void drawColourBar(Graphics2D g, double x, double y, double h, FontMetrics fm) {
        double w = 12 * Math.max(0.8, style.fontScale());
        int steps = 128;
        for (int s = 0; s < steps; s++) {
            g.setPaint(ColourMaps.viridis((s + 0.5) / steps));
            g.fill(new Rectangle2D.Double(x, y + h - (s + 1) * h / steps, w, h / steps + 0.5));
        }
        g.setPaint(style.muted());
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x, y, w, h));
        g.setFont(fm.getFont());
        for (int k = 0; k <= 4; k++) {
            double value = -1 + k * 0.5;
            double yy = y + h - position(value) * h;
            g.setPaint(style.muted());
            g.draw(new Line2D.Double(x + w, yy, x + w + 4, yy));
            g.setPaint(style.foreground());
            String s = String.format(Locale.ROOT, "%.1f", value).replace('-', '\u2212');
            g.drawString(s, (float) (x + w + 6), (float) (yy + (fm.getAscent() - fm.getDescent()) / 2.0));
        }
        String label = TextFit.ellipsize(matrix.method().label(), fm, h);
        AffineTransform at = g.getTransform();
        g.translate(x + w + 8 + fm.stringWidth("\u22120.50") + fm.getAscent(), y + h / 2 + fm.stringWidth(label) / 2.0);
        g.rotate(-Math.PI / 2);
        g.setPaint(style.foreground());
        g.drawString(label, 0f, 0f);
        g.setTransform(at);
    }
}
