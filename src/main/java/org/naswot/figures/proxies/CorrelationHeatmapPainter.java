package org.naswot.figures.proxies;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.naswot.figures.paint.ColourMaps;
import org.naswot.figures.paint.Painter;
import org.naswot.figures.paint.TextFit;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.search.stats.CorrelationMatrix;

/**
 * A proxy-by-proxy rank-correlation matrix as a viridis heatmap over [-1, 1], each cell with its value written in
 * it, the proxies' names along both sides and a colour bar. Cells without a value (too few pairs, a constant proxy)
 * are left grey with a dash. The names never overlap: they shrink with the cells down to a minimum size, below which
 * the cells keep a name's height and the matrix needs {@link #minimumSize}.
 */
public final class CorrelationHeatmapPainter implements Painter {
    private final CorrelationMatrix matrix;
    private final ChartStyle style;
    private final String heading;
    private final double minPoints;
    private final List<DrawnText> drawn = new ArrayList<>();
    /** Gap between a name and the matrix. */
    private static final double NAME_GAP = 6;
    /** A cell is at least this many lines of names tall, so neighbouring names keep a gap. */
    private static final double CELL_PER_LINE = 1.1;
    /** Text is measured with AWT's metrics but may be drawn a little wider on screen: titles wrap with this margin. */
    private static final double SLACK = 1.12;

    /**
     * @param heading   the title, or null for none
     * @param minPoints the smallest size (points before the style's scale) the names may shrink to; 0: as small as
     *                  the area needs (a figure of fixed size)
     */
    public CorrelationHeatmapPainter(CorrelationMatrix matrix, ChartStyle style, String heading, double minPoints) {
        this.matrix = matrix;
        this.style = style;
        this.heading = heading;
        this.minPoints = minPoints;
    }

    /** Where in viridis a coefficient is drawn: -1 at the dark end, +1 at the light end. */
    static double position(double r) {
        return (r + 1) / 2;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        style.fillBackground(g, width, height);
        drawn.clear();
        int m = matrix.size();
        if (m == 0) {
            return;
        }
        double pad = pad();
        double top = drawHeading(g, width, pad);
        Layout l = layout(g, width, height, top);
        FontMetrics nfm = metrics(g, l.names());
        // the values as large as the cells allow, at most the names' size; small cells drop the leading zero (.76)
        float size = l.names().getSize2D();
        float full = (float) (size * 0.84 * l.cell() / nfm.stringWidth(format(-0.5, false)));
        boolean compact = full < 0.8 * size;
        Font valueFont = l.names().deriveFont(Math.min(size, compact
                ? (float) (size * 0.84 * l.cell() / nfm.stringWidth(format(-0.5, true))) : full));
        FontMetrics vfm = metrics(g, valueFont);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                drawCell(g, matrix.value(i, j), compact, l.x0() + j * l.cell(), l.y0() + i * l.cell(), l.cell(),
                        valueFont, vfm);
            }
        }
        double side = m * l.cell();
        g.setPaint(style.muted());
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(l.x0(), l.y0(), side, side));
        drawNames(g, l, nfm);
        drawColourBar(g, l.x0() + side + 14, l.y0(), side, nfm);
    }

    /** Each name left of its row and, turned, below its column; one line high, so a cell at least that tall. */
    private void drawNames(Graphics2D g, Layout l, FontMetrics nfm) {
        g.setFont(l.names());
        g.setPaint(style.foreground());
        double side = matrix.size() * l.cell();
        double lineHeight = nfm.getAscent() + nfm.getDescent();
        double centre = (nfm.getAscent() - nfm.getDescent()) / 2.0;
        for (int i = 0; i < matrix.size(); i++) {
            String n = matrix.names().get(i);
            double w = nfm.stringWidth(n);
            double x = l.x0() - NAME_GAP - w;
            double baseline = l.y0() + (i + 0.5) * l.cell() + centre;
            g.drawString(n, (float) x, (float) baseline);
            drawn.add(new DrawnText(n, DrawnText.Kind.NAME,
                    new Rectangle2D.Double(x, baseline - nfm.getAscent(), w, lineHeight)));
            double cx = l.x0() + (i + 0.5) * l.cell();
            double bottom = l.y0() + side + NAME_GAP + w;
            AffineTransform at = g.getTransform();
            g.translate(cx + centre, bottom);
            g.rotate(-Math.PI / 2);
            g.drawString(n, 0f, 0f);
            g.setTransform(at);
            drawn.add(new DrawnText(n, DrawnText.Kind.NAME,
                    new Rectangle2D.Double(cx - lineHeight / 2, bottom - w, lineHeight, w)));
        }
    }

    /** The title, wrapped onto as many lines as it needs (never cut); returns where the matrix may start. */
    private double drawHeading(Graphics2D g, double width, double pad) {
        if (heading == null || heading.isEmpty()) {
            return pad;
        }
        Font font = style.font(Font.BOLD, 13.5);
        FontMetrics fm = metrics(g, font);
        g.setFont(font);
        g.setPaint(style.foreground());
        double y = pad;
        for (String line : TextFit.wrap(heading, fm, (width - 2 * pad) / SLACK)) {
            double w = fm.stringWidth(line);
            double x = (width - w) / 2;
            g.drawString(line, (float) x, (float) (y + fm.getAscent()));
            drawn.add(new DrawnText(line, DrawnText.Kind.HEADING, new Rectangle2D.Double(x, y, w, fm.getHeight())));
            y += fm.getHeight();
        }
        return y + 6;
    }

    /**
     * Where the matrix goes: the names as large as the room allows (12 pt, less down to the painter's minimum) with
     * each cell at least a line of them tall, so no two names touch; below the minimum the cells keep that height
     * and the matrix runs past {@code width} or {@code height} (a view gives it {@link #minimumSize} and scrolls).
     */
    private Layout layout(Graphics2D g, double width, double height, double top) {
        int m = matrix.size();
        double pad = pad();
        double floor = Math.max(minPoints, 3);
        for (double points = 12; ; points -= 0.5) {
            Font font = style.font(Font.PLAIN, Math.max(points, floor));
            FontMetrics fm = metrics(g, font);
            double names = longestName(fm);
            double side = Math.min(width - 2 * pad - names - NAME_GAP - barWidth(fm),
                    height - top - pad - names - NAME_GAP - fm.getDescent());
            double need = fm.getHeight() * CELL_PER_LINE;
            if (side / m >= need || points <= floor) {
                double cell = Math.max(side / m, need);
                return new Layout(font, cell, pad + names + NAME_GAP, top);
            }
        }
    }

    /**
     * The smallest area that shows every name at the painter's minimum size without the cells shrinking below a line
     * of them (for a view that scrolls instead of overlapping names), with the title wrapped as at that width.
     */
    public Dimension minimumSize() {
        java.awt.image.BufferedImage scratch = new java.awt.image.BufferedImage(1, 1,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            return minimumSize(g);
        } finally {
            g.dispose();
        }
    }

    /** As {@link #minimumSize()}, measured with {@code g}'s font metrics (a screen's may differ from an image's). */
    public Dimension minimumSize(Graphics2D g) {
        List<DrawnText> painted = List.copyOf(drawn);
        try {
            FontMetrics fm = metrics(g, style.font(Font.PLAIN, Math.max(minPoints, 3)));
            double pad = pad();
            double names = longestName(fm);
            double side = matrix.size() * fm.getHeight() * CELL_PER_LINE;
            double width = 2 * pad + names + NAME_GAP + side + barWidth(fm);
            double titled = drawHeading(g, width, pad);
            return new Dimension((int) Math.ceil(width) + 1, (int) Math.ceil(titled + side + names + NAME_GAP
                    + fm.getDescent() + pad) + 1);
        } finally {
            drawn.clear();
            drawn.addAll(painted);
        }
    }

    /** The texts of the last {@link #paint}: title lines and names, each with the box it takes. */
    public List<DrawnText> drawnTexts() {
        return List.copyOf(drawn);
    }

    /**
     * {@code font}'s metrics. The font is set first: FXGraphics2D (the window's canvas) measures with its current font
     * whatever font it is asked about, which measured the old names with the title's font and let them overlap.
     */
    private static FontMetrics metrics(Graphics2D g, Font font) {
        g.setFont(font);
        return g.getFontMetrics(font);
    }

    private double longestName(FontMetrics fm) {
        double names = 0;
        for (String n : matrix.names()) {
            names = Math.max(names, fm.stringWidth(n));
        }
        return names;
    }

    /** Gap, bar, ticks and their labels, the turned method name: as drawColourBar lays them out. */
    private double barWidth(FontMetrics fm) {
        return 14 + 12 * Math.max(0.8, style.fontScale()) + 8 + fm.stringWidth("\u22120.50") + fm.getHeight();
    }

    private double pad() {
        return 6 * style.fontScale() + 4;
    }

    /** The names' font, the side of a cell and the matrix's top-left corner. */
    private record Layout(Font names, double cell, double x0, double y0) {
    }

    /**
     * A text the painter drew and the box it covers (turned names: the turned box).
     *
     * @param kind what it labels
     */
    public record DrawnText(String text, Kind kind, Rectangle2D bounds) {
        /** The figure's title (one entry per line) or a measure's name. */
        public enum Kind { HEADING, NAME }
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
