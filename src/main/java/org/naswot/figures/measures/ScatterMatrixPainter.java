package org.naswot.figures.measures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.naswot.figures.paint.ColourMaps;
import org.naswot.figures.paint.Painter;
import org.naswot.figures.paint.TextFit;
import org.naswot.figures.scatter.FastScatterRenderer;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.search.stats.CorrelationMatrix;

/**
 * A k x k scatter matrix of a run's measures, the accuracy first: panel (row, column) plots each architecture's rank
 * in the column's measure (right) against its rank in the row's (up), 0 the lowest, coloured by its accuracy, with
 * the pair's Kendall τ written in the corner; the diagonal names the measure and how many values it has. Every
 * architecture with both values is a dot (translucent where there are thousands); the selected ones are drawn last in
 * the accent colour.
 */
public final class ScatterMatrixPainter implements Painter {
    private final MeasureTable table;
    private final CorrelationMatrix taus;
    private final boolean[] selected;
    private final ChartStyle style;
    private final String heading;
    private final double[][] ranks;
    private final int[] byAccuracy;
    private final List<Panel> panels = new ArrayList<>();
    /** Every architecture's dots as last rendered for the screen, shared with the same figure's other selections. */
    private final MatrixDotLayer layer;

    /**
     * A panel as last painted: its place and the text written in it (the τ off the diagonal, the name on it).
     *
     * @param tau the pair's Kendall τ (NaN on the diagonal or with fewer than three pairs)
     */
    public record Panel(int row, int column, Rectangle2D bounds, String text, double tau) {
    }


    /** @param heading the title, or null for none */
    public ScatterMatrixPainter(MeasureTable table, CorrelationMatrix taus, boolean[] selected, ChartStyle style,
                                String heading) {
        this(table, taus, selected, style, heading, MatrixRanks.of(table), new MatrixDotLayer());
    }

    /**
     * @param ranked {@code table}'s rank positions and drawing order
     * @param layer  the dots kept for {@code table} in {@code style}, shared by painters that differ in selection only
     */
    ScatterMatrixPainter(MeasureTable table, CorrelationMatrix taus, boolean[] selected, ChartStyle style,
                         String heading, MatrixRanks ranked, MatrixDotLayer layer) {
        this.layer = layer;
        this.table = table;
        this.taus = taus;
        this.selected = selected;
        this.style = style;
        this.heading = heading;
        this.ranks = ranked.ranks();
        this.byAccuracy = ranked.byAccuracy();
    }

    /** "τ = −0.57", or "−.57" where a panel has no room for more; "τ = –" where it is undefined. */
    static String tauText(double tau, boolean compact) {
        if (Double.isNaN(tau)) {
            return compact ? "\u2013" : "\u03c4 = \u2013";
        }
        String s = String.format(Locale.ROOT, "%.2f", tau);
        if (compact) {
            s = s.replaceFirst("^(-?)0\\.", "$1.");
        }
        return (compact ? "" : "\u03c4 = ") + s.replace('-', '\u2212');
    }

    /** The key under the matrix: what the axes, the colours and the numbers are. */
    String key() {
        return String.format(Locale.ROOT, "Each panel: %,d architectures' ranks in the column's measure (\u2192) "
                + "against the row's (\u2191), 0 = lowest; colour: %s; \u03c4: Kendall's tau-b over the pairs with "
                + "both values (\u2212\u221e ranks lowest)%s.", table.size(), table.accuracyLabel(),
                SelectionNote.of(selected));
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        style.fillBackground(g, width, height);
        panels.clear();
        int k = table.measures();
        double pad = MeasureFigureText.pad(style);
        double top = MeasureFigureText.heading(g, style, heading, width);
        Font small = style.font(Font.PLAIN, 10);
        FontMetrics sfm = MeasureFigureText.metrics(g, small);
        List<String> keyLines = TextFit.wrap(key(), sfm, (width - 2 * pad) / MeasureFigureText.SLACK);
        double keyHeight = keyLines.size() * sfm.getHeight() + 4;
        AccuracyColourBar bar = new AccuracyColourBar(table.accuracy(), table.accuracyLabel(), style);
        double barWidth = bar.width(sfm);
        double side = Math.max(k * 6, Math.min(width - 2 * pad - barWidth, height - top - keyHeight - pad));
        double cell = side / k;
        double x0 = Math.max(pad, (width - side - barWidth) / 2);
        drawDots(g, x0, top, cell, bar);
        drawFrames(g, x0, top, cell);
        drawDiagonal(g, x0, top, cell);
        drawTaus(g, x0, top, cell);
        bar.paint(g, x0 + side, top, side, sfm);
        g.setFont(small);
        g.setPaint(style.muted());
        double y = top + side + 4 + sfm.getAscent();
        for (String line : keyLines) {
            g.drawString(line, (float) pad, (float) y);
            y += sfm.getHeight();
        }
    }

    /**
     * Every dot of every off-diagonal panel, into one image at the target's resolution (4x for vector files): every
     * architecture's dot from the kept layer on screen (rendered once per size, {@link MatrixDotLayer}), the
     * selected drawn over it in the accent colour each time.
     */
    private void drawDots(Graphics2D g, double x0, double y0, double cell, AccuracyColourBar bar) {
        int k = table.measures();
        boolean vector = FastScatterRenderer.isVector(g);
        double scale = vector ? 4 : Math.max(1, Math.abs(g.getTransform().getScaleX()));
        int cellPx = (int) Math.max(2, Math.floor(cell * scale));
        int n = table.size();
        double alpha = n <= 300 ? 0.85 : Math.max(0.06, 0.85 * Math.sqrt(300.0 / n));
        // a few dots may be larger than thousands, which would merge into blots
        double diameter = n <= 1000 ? Math.min(3.5, Math.max(1.2, cell / 40)) : Math.min(2, Math.max(0.8, cell / 80));
        int size = (int) Math.max(1, Math.round(scale * diameter));
        boolean anySelected = SelectionNote.count(selected) > 0;
        DotImage image;
        if (vector) {
            image = allDots(cellPx, size, alpha, bar);
        } else {
            DotImage kept = layer.dots(cellPx, size, alpha, () -> allDots(cellPx, size, alpha, bar));
            image = anySelected ? kept.copy() : kept;
        }
        int accent = style.accent().getRGB() & 0xFFFFFF;
        for (int i : byAccuracy) {
            if (selected[i]) {
                panelDots(image, i, cellPx, size * 2 + 1, accent, 1);
            }
        }
        AffineTransform at = new AffineTransform();
        at.translate(x0, y0);
        at.scale(cell / cellPx, cell / cellPx);
        g.drawImage(image.image(), at, null);
    }

    /** Every architecture's dots (the selected too, under their accent dots), coloured by accuracy, lowest first. */
    private DotImage allDots(int cellPx, int size, double alpha, AccuracyColourBar bar) {
        int k = table.measures();
        DotImage image = new DotImage(cellPx * k, cellPx * k);
        int grey = style.muted().getRGB() & 0xFFFFFF;
        for (int i : byAccuracy) {
            double t = bar.position(table.accuracy()[i]);
            panelDots(image, i, cellPx, size, Double.isNaN(t) ? grey : ColourMaps.viridisRgb(t), alpha);
        }
        return image;
    }

    /** Architecture {@code i}'s dot in every off-diagonal panel where it has both values. */
    private void panelDots(DotImage image, int i, int cellPx, int size, int rgb, double alpha) {
        int k = table.measures();
        double margin = cellPx * 0.06;
        double inner = cellPx - 2 * margin;
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                double x = ranks[c][i];
                double y = ranks[r][i];
                if (r == c || Double.isNaN(x) || Double.isNaN(y)) {
                    continue;
                }
                image.dot(c * cellPx + margin + x * inner, r * cellPx + margin + (1 - y) * inner, size, rgb, alpha);
            }
        }
    }

    private void drawFrames(Graphics2D g, double x0, double y0, double cell) {
        int k = table.measures();
        g.setStroke(new BasicStroke(0.8f));
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                Rectangle2D box = new Rectangle2D.Double(x0 + c * cell, y0 + r * cell, cell, cell);
                if (r == c) {
                    g.setPaint(style.grid());
                    g.fill(box);
                }
                g.setPaint(style.muted());
                g.draw(box);
            }
        }
    }

    /** Each measure's name (all in one size, the largest that fits every cell) and its count of values. */
    private void drawDiagonal(Graphics2D g, double x0, double y0, double cell) {
        int k = table.measures();
        Font font = fitting(g, table.names(), 12, cell * 0.88 / MeasureFigureText.SLACK, cell * 0.4);
        Font count = font.deriveFont(font.getSize2D() * 0.8f);
        // each font's numbers taken while it is the current one (FXGraphics2D measures with the current font)
        FontMetrics cfm = MeasureFigureText.metrics(g, count);
        double countAscent = cfm.getAscent();
        double countHeight = cfm.getHeight();
        FontMetrics fm = MeasureFigureText.metrics(g, font);
        double nameHeight = fm.getHeight();
        boolean counts = nameHeight + countHeight <= cell * 0.9;
        for (int m = 0; m < k; m++) {
            String name = table.names().get(m);
            double cx = x0 + (m + 0.5) * cell;
            double top = y0 + (m + 0.5) * cell - (nameHeight + (counts ? countHeight : 0)) / 2;
            g.setFont(font);
            fm = g.getFontMetrics();
            g.setPaint(style.foreground());
            g.drawString(name, (float) (cx - fm.stringWidth(name) / 2.0), (float) (top + fm.getAscent()));
            if (counts) {
                String n = String.format(Locale.ROOT, "n = %,d", known(table.column(m)));
                g.setFont(count);
                cfm = g.getFontMetrics();
                g.setPaint(style.muted());
                g.drawString(n, (float) (cx - cfm.stringWidth(n) / 2.0), (float) (top + nameHeight + countAscent));
            }
            panels.add(new Panel(m, m, new Rectangle2D.Double(x0 + m * cell, y0 + m * cell, cell, cell), name,
                    Double.NaN));
        }
    }

    /** Each off-diagonal panel's τ in its top-left corner, on a light patch so the dots do not hide it. */
    private void drawTaus(Graphics2D g, double x0, double y0, double cell) {
        int k = table.measures();
        boolean compact = fitting(g, List.of(tauText(-0.5, false)), 10, cell * 0.7, cell * 0.3).getSize2D()
                < 6 * style.fontScale();
        Font font = fitting(g, List.of(tauText(-0.5, compact)), 10, cell * 0.7, cell * 0.3);
        FontMetrics fm = MeasureFigureText.metrics(g, font);
        Color patch = new Color(style.background().getRed(), style.background().getGreen(),
                style.background().getBlue(), 200);
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                if (r == c) {
                    continue;
                }
                double tau = taus.value(r, c);
                String text = tauText(tau, compact);
                double x = x0 + c * cell + 2;
                double y = y0 + r * cell + 2;
                g.setPaint(patch);
                g.fill(new Rectangle2D.Double(x, y, fm.stringWidth(text) + 3, fm.getHeight()));
                g.setPaint(style.foreground());
                g.setFont(font);
                g.drawString(text, (float) (x + 1.5), (float) (y + fm.getAscent()));
                panels.add(new Panel(r, c, new Rectangle2D.Double(x0 + c * cell, y0 + r * cell, cell, cell), text,
                        tau));
            }
        }
    }

    /** The largest font (at most {@code points}, at least 3 pt) in which every text fits the width and height. */
    private Font fitting(Graphics2D g, List<String> texts, double points, double width, double height) {
        for (double p = points; ; p -= 0.5) {
            Font f = style.font(Font.PLAIN, p);
            FontMetrics fm = MeasureFigureText.metrics(g, f);
            double widest = texts.stream().mapToDouble(fm::stringWidth).max().orElse(0);
            if (p <= 3 || widest <= width && fm.getHeight() <= height) {
                return f;
            }
        }
    }

    private static int known(double[] v) {
        int n = 0;
        for (double x : v) {
            n += Double.isNaN(x) ? 0 : 1;
        }
        return n;
    }

    /** The font's metrics, set first (FXGraphics2D measures with its current font, see the heatmap). */

    /** How many times this painter's dot layer was rendered (shared with its figure's other selections). */
    public int dotRenders() {
        return layer.renders();
    }

    /** The panels of the last {@link #paint}: k x k of them, the diagonal's with the names. */
    public List<Panel> panels() {
        return List.copyOf(panels);
    }
}
