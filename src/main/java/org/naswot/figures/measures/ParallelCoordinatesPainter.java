package org.naswot.figures.measures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.naswot.figures.paint.ColourMaps;
import org.naswot.figures.paint.Painter;
import org.naswot.figures.paint.TextFit;
import org.naswot.figures.scatter.FastScatterRenderer;
import org.naswot.figures.theme.ChartStyle;

/**
 * Parallel coordinates of a run's measures, the accuracy first: a vertical axis per measure spanning its values
 * (log where they span three or more orders of magnitude, said under its name), one line per architecture through
 * its values, coloured by its accuracy, the best drawn last; every architecture is drawn (translucent where there
 * are thousands), the selected ones on top in the accent colour. A missing value breaks its line there; ±inf sit
 * just beyond the axis's ends.
 */
public final class ParallelCoordinatesPainter implements Painter {
    private final MeasureTable table;
    private final boolean[] selected;
    private final ChartStyle style;
    private final String heading;
    private final AxisScale[] axes;
    private final int[] byAccuracy;
    private int drawnLines;
    /** The last image of the unselected lines (15,625 take a while to draw): reused while the size holds. */
    private Lines lines;
    private java.util.function.Consumer<Runnable> background;
    /** The size of the lines' image asked of {@link #background}, so a repaint does not ask twice. */
    private String pending = "";
    /** Room beside the first and last axis in the lines' image, for the lone values' ticks. */
    private static final double EDGE = 4;


    /** @param heading the title, or null for none */
    public ParallelCoordinatesPainter(MeasureTable table, boolean[] selected, ChartStyle style, String heading) {
        this.table = table;
        this.selected = selected;
        this.style = style;
        this.heading = heading;
        this.axes = new AxisScale[table.measures()];
        for (int m = 0; m < axes.length; m++) {
            axes[m] = AxisScale.of(table.column(m));
        }
        this.byAccuracy = byAccuracy(table.accuracy());
    }

    /** Rows by increasing accuracy, those without one first: the best are drawn last, on top. */
    static int[] byAccuracy(double[] accuracy) {
        return IntStream.range(0, accuracy.length).boxed().sorted(Comparator.comparingDouble(
                i -> Double.isNaN(accuracy[i]) ? Double.NEGATIVE_INFINITY : accuracy[i])).mapToInt(i -> i).toArray();
    }

    /** A measure's name under its axis, with "(log)" where its axis is. */
    String axisName(int m) {
        return table.names().get(m) + (axes[m].log() ? " (log)" : "");
    }

    String key() {
        return String.format(Locale.ROOT, "One line per architecture (%,d), coloured by %s; each axis spans its "
                + "measure's range; a missing value breaks the line, \u00b1\u221e sit beyond the ends%s.",
                table.size(), table.accuracyLabel(), SelectionNote.of(selected));
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        style.fillBackground(g, width, height);
        int k = table.measures();
        double pad = MeasureFigureText.pad(style);
        double top = MeasureFigureText.heading(g, style, heading, width);
        Font tick = style.font(Font.PLAIN, 9.5);
        FontMetrics tfm = MeasureFigureText.metrics(g, tick);
        Font nameFont = style.font(Font.PLAIN, 11);
        FontMetrics nfm = MeasureFigureText.metrics(g, nameFont);
        List<String> keyLines = TextFit.wrap(key(), tfm, (width - 2 * pad) / MeasureFigureText.SLACK);
        AccuracyColourBar bar = new AccuracyColourBar(table.accuracy(), table.accuracyLabel(), style);
        double left = pad + tickWidth(tfm, 0) + 6;
        double right = width - pad - bar.width(tfm) - tickWidth(tfm, k - 1) / 2;
        double spacing = k > 1 ? (right - left) / (k - 1) : 0;
        double longest = IntStream.range(0, k).mapToDouble(m -> nfm.stringWidth(axisName(m))).max().orElse(0);
        boolean turned = k > 1 && longest > spacing * 0.95;
        double names = (turned ? longest : nfm.getHeight()) + 6;
        // the axes' ends leave half a label's height; ±inf get their slots beyond the ends on top of that
        double room = height - pad - keyLines.size() * tfm.getHeight() - names - tfm.getHeight() - top;
        double plotHeight = Math.max(20, room / (1 + AxisScale.BEYOND * ((anyNegInf() ? 1.3 : 0)
                + (anyPosInf() ? 1.3 : 0))));
        double y0 = top + tfm.getHeight() / 2.0 + (anyPosInf() ? 1.3 * AxisScale.BEYOND * plotHeight : 0);
        double[] xs = new double[k];
        for (int m = 0; m < k; m++) {
            xs[m] = k > 1 ? left + m * spacing : (left + right) / 2;
        }
        drawLines(g, xs, y0, plotHeight, bar);
        drawAxes(g, xs, y0, plotHeight, tfm);
        drawNames(g, xs, y0 + plotHeight + (anyNegInf() ? 1.3 * AxisScale.BEYOND * plotHeight : 0)
                + tfm.getHeight() / 2.0 + 2, nfm, turned);
        bar.paint(g, right + tickWidth(tfm, k - 1) / 2, y0, plotHeight, tfm);
        g.setFont(tick);
        g.setPaint(style.muted());
        double y = height - pad - keyLines.size() * tfm.getHeight() + tfm.getAscent();
        for (String line : keyLines) {
            g.drawString(line, (float) pad, (float) y);
            y += tfm.getHeight();
        }
    }

    private boolean anyNegInf() {
        return java.util.Arrays.stream(axes).anyMatch(AxisScale::negInf);
    }

    private boolean anyPosInf() {
        return java.util.Arrays.stream(axes).anyMatch(AxisScale::posInf);
    }

    private double tickWidth(FontMetrics fm, int m) {
        return m < 0 ? 0 : axes[m].ticks().stream().mapToDouble(t -> fm.stringWidth(AxisScale.label(t))).max()
                .orElse(0);
    }

    /**
     * Every architecture's line, the best last; on screen and in PNGs as one image, in SVG and PDF one path each. The
     * selected go on top in the accent colour.
     */
    private void drawLines(Graphics2D g, double[] xs, double y0, double h, AccuracyColourBar bar) {
        int n = table.size();
        double alpha = lineAlpha(n);
        drawnLines = 0;
        if (FastScatterRenderer.isVector(g)) {
            g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i : byAccuracy) {
                if (!selected[i]) {
                    drawLine(g, i, xs, y0, h, colour(bar, i, alpha));
                }
            }
        } else {
            double scale = Math.max(1, Math.abs(g.getTransform().getScaleX()));
            double left = xs[0] - EDGE;
            double right = xs[xs.length - 1] + EDGE;
            double top = y0 - (highest() - 1) * h;
            double bottom = y0 + h - lowest() * h;
            double[] fractions = new double[xs.length];
            for (int m = 0; m < xs.length; m++) {
                fractions[m] = (xs[m] - left) / (right - left);
            }
            Lines lines = linesFor((int) Math.ceil((right - left) * scale), (int) Math.ceil((bottom - top) * scale),
                    fractions);
            if (lines != null) {
                AffineTransform at = AffineTransform.getTranslateInstance(left, top);
                at.scale((right - left) / lines.image().getWidth(), (bottom - top) / lines.image().getHeight());
                g.drawImage(lines.image(), at, null);
                drawnLines = lines.count();
            }
        }
        g.setStroke(new BasicStroke(1.6f * (float) Math.max(0.8, style.fontScale())));
        Color accent = style.accent();
        for (int i : byAccuracy) {
            if (selected[i]) {
                drawLine(g, i, xs, y0, h, accent);
            }
        }
    }

    /** Opaque enough to see a few lines, faint enough that thousands show where they crowd. */
    private static double lineAlpha(int n) {
        return n <= 200 ? 0.7 : Math.max(0.03, 0.7 * Math.sqrt(200.0 / n));
    }

    /** The top of the lines' image in axis units (1 is the axis's top): room for +inf and half a line. */
    private double highest() {
        return 1 + (anyPosInf() ? 1.3 * AxisScale.BEYOND : 0) + 0.01;
    }

    private double lowest() {
        return -(anyNegInf() ? 1.3 * AxisScale.BEYOND : 0) - 0.01;
    }

    /**
     * The lines' image of that size: the one made, else made now, or, where {@link #renderLinesWith} handed the work
     * to a background thread, the last one made (stretched; null before the first) while the new one is made.
     */
    private Lines linesFor(int w, int h, double[] fractions) {
        java.util.function.Consumer<Runnable> later;
        synchronized (this) {
            if (lines != null && lines.image().getWidth() == w && lines.image().getHeight() == h) {
                return lines;
            }
            later = background;
            if (later != null) {
                String key = w + "x" + h;
                if (!key.equals(pending)) {
                    pending = key;
                    later.accept(() -> {
                        Lines made = renderLines(w, h, fractions);
                        synchronized (this) {
                            lines = made;
                        }
                    });
                }
                return lines;
            }
        }
        Lines made = renderLines(w, h, fractions);
        synchronized (this) {
            lines = made;
        }
        return made;
    }

    /**
     * Screen repaints hand the lines' drawing (seconds with 15,625 of them) to {@code background}, which runs the
     * task off the UI thread and repaints when it is done; without it (files, tests) they are drawn at once.
     */
    public void renderLinesWith(java.util.function.Consumer<Runnable> background) {
        synchronized (this) {
            this.background = background;
        }
    }

    /** The image of every unselected architecture's line, {@code w} x {@code h} pixels, axes at those fractions. */
    Lines renderLines(int w, int h, double[] fractions) {
        LineImage image = new LineImage(w, h);
        AccuracyColourBar bar = new AccuracyColourBar(table.accuracy(), "", style);
        double[] xs = new double[fractions.length];
        for (int m = 0; m < xs.length; m++) {
            xs[m] = fractions[m] * w;
        }
        double span = highest() - lowest();
        double y0 = (highest() - 1) / span * h;
        double plot = h / span;
        double alpha = lineAlpha(table.size());
        int grey = style.muted().getRGB() & 0xFFFFFF;
        int count = 0;
        for (int i : byAccuracy) {
            if (!selected[i]) {
                double t = bar.position(table.accuracy()[i]);
                int rgb = Double.isNaN(t) ? grey : ColourMaps.viridisRgb(t);
                count += trace(xs, y0, plot, i, (ax, ay, bx, by) -> image.line(ax, ay, bx, by, rgb, alpha)) ? 1 : 0;
            }
        }
        return new Lines(image.image(), count);
    }

    /** The unselected architectures' lines drawn into an image, and how many there are. */
    record Lines(BufferedImage image, int count) {
    }

    private Color colour(AccuracyColourBar bar, int i, double alpha) {
        double t = bar.position(table.accuracy()[i]);
        Color c = Double.isNaN(t) ? style.muted() : ColourMaps.viridis(t);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
    }

    /** A segment of a line, from (ax, ay) to (bx, by). */
    @FunctionalInterface
    private interface Segment {
        void draw(double ax, double ay, double bx, double by);
    }

    /**
     * Hands architecture {@code i}'s segments to {@code out}: between neighbouring axes where both have a value; a
     * lone value between missing ones becomes a short tick so it still shows. Returns whether anything was drawn.
     */
    private boolean trace(double[] xs, double y0, double h, int i, Segment out) {
        boolean any = false;
        double lastY = Double.NaN;
        int run = 0;
        for (int m = 0; m <= xs.length; m++) {
            double p = m == xs.length ? Double.NaN : axes[m].position(table.column(m)[i]);
            if (Double.isNaN(p)) {
                if (run == 1) {
                    out.draw(xs[m - 1] - 3, lastY, xs[m - 1] + 3, lastY);
                }
                run = 0;
                continue;
            }
            double y = y0 + (1 - p) * h;
            if (run > 0) {
                out.draw(xs[m - 1], lastY, xs[m], y);
            }
            lastY = y;
            run++;
            any = true;
        }
        return any;
    }

    /** One architecture's line as a path (vector files, and the selected on top). */
    private void drawLine(Graphics2D g, int i, double[] xs, double y0, double h, Color colour) {
        Path2D.Double path = new Path2D.Double();
        boolean any = trace(xs, y0, h, i, (ax, ay, bx, by) -> {
            if (path.getCurrentPoint() == null || path.getCurrentPoint().getX() != ax
                    || path.getCurrentPoint().getY() != ay) {
                path.moveTo(ax, ay);
            }
            path.lineTo(bx, by);
        });
        if (any) {
            g.setPaint(colour);
            g.draw(path);
            drawnLines++;
        }
    }

    /** Each axis with its ends' and middle's real values (and ±∞ where some value is), labelled left of it. */
    private void drawAxes(Graphics2D g, double[] xs, double y0, double h, FontMetrics fm) {
        g.setFont(fm.getFont());
        Color halo = new Color(style.background().getRed(), style.background().getGreen(),
                style.background().getBlue(), 190);
        for (int m = 0; m < xs.length; m++) {
            AxisScale a = axes[m];
            g.setPaint(style.foreground());
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(xs[m], y0, xs[m], y0 + h));
            for (double t : a.ticks()) {
                label(g, fm, halo, xs[m], y0 + (1 - a.position(t)) * h, AxisScale.label(t));
            }
            if (a.negInf()) {
                label(g, fm, halo, xs[m], y0 + (1 + AxisScale.BEYOND) * h, "\u2212\u221e");
            }
            if (a.posInf()) {
                label(g, fm, halo, xs[m], y0 - AxisScale.BEYOND * h, "+\u221e");
            }
        }
    }

    private void label(Graphics2D g, FontMetrics fm, Color halo, double x, double y, String text) {
        double w = fm.stringWidth(text);
        g.setPaint(style.foreground());
        g.draw(new Line2D.Double(x - 3, y, x, y));
        g.setPaint(halo);
        g.fill(new Rectangle2D.Double(x - 5 - w, y - fm.getAscent() / 2.0 - 1, w + 1, fm.getAscent() + 1));
        g.setPaint(style.foreground());
        g.drawString(text, (float) (x - 4.5 - w), (float) (y + (fm.getAscent() - fm.getDescent()) / 2.0));
    }

    private void drawNames(Graphics2D g, double[] xs, double y, FontMetrics fm, boolean turned) {
        g.setFont(fm.getFont());
        g.setPaint(style.foreground());
        for (int m = 0; m < xs.length; m++) {
            String name = axisName(m);
            double w = fm.stringWidth(name);
            if (turned) {
                AffineTransform at = g.getTransform();
                g.translate(xs[m] + (fm.getAscent() - fm.getDescent()) / 2.0, y + w);
                g.rotate(-Math.PI / 2);
                g.drawString(name, 0f, 0f);
                g.setTransform(at);
            } else {
                g.drawString(name, (float) (xs[m] - w / 2), (float) (y + fm.getAscent()));
            }
        }
    }

    /** How many architectures' lines the last {@link #paint} drew (the selected included). */
    public int drawnLines() {
        return drawnLines;
    }

}
