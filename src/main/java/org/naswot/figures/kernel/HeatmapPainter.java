package org.naswot.figures.kernel;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.naswot.figures.model.KernelMatrix;
import org.naswot.figures.paint.ColourMaps;
import org.naswot.figures.paint.FigureHints;
import org.naswot.figures.paint.Painter;
import org.naswot.figures.paint.TextFit;
import org.naswot.figures.theme.ChartStyle;

/**
 * Draws one or more kernels side by side as viridis heatmaps of K / K[0][0], each titled with its
 * log|det K|, with one shared colour bar. Images can be ordered by class label (class blocks marked).
 * Raster targets get a crisp nearest-neighbour image; vector targets (SVG, PDF) one rectangle per run of
 * equal colour.
 */
public final class HeatmapPainter implements Painter {
    private final List<KernelMatrix> panels;
    private final ChartStyle style;
    private final boolean orderByClass;
    private final boolean fullRange;
    private final String heading;

    /**
     * @param fullRange colour scale over [0, 1] (true) or stretched over the smallest entry shown .. 1
     */
    public HeatmapPainter(List<KernelMatrix> panels, ChartStyle style, boolean orderByClass, boolean fullRange,
                          String heading) {
        this.panels = List.copyOf(panels);
        this.style = style;
        this.orderByClass = orderByClass;
        this.fullRange = fullRange;
        this.heading = heading;
    }

    /**
     * A cell of a drawn panel: K[i][j] of panel {@code panel}, with i and j the two images' places in the batch (not
     * their places on screen, which ordering by class changes).
     */
    public record Cell(int panel, int i, int j) {
    }

    /** Where the last {@link #paint} drew each panel's matrix (x, y, side), and the batch index of each row. */
    private final List<double[]> drawn = new ArrayList<>();
    private final List<int[]> drawnOrder = new ArrayList<>();

    /** The cell under (x, y) of the last painting, or null outside every matrix. */
    public Cell cellAt(double x, double y) {
        for (int p = 0; p < drawn.size(); p++) {
            double[] box = drawn.get(p);
            int[] order = drawnOrder.get(p);
            double cell = box[2] / order.length;
            int col = (int) Math.floor((x - box[0]) / cell);
            int row = (int) Math.floor((y - box[1]) / cell);
            if (x >= box[0] && y >= box[1] && row < order.length && col < order.length) {
                return new Cell(p, order[row], order[col]);
            }
        }
        return null;
    }

    /** Where the last painting drew panel {@code p}'s cell K[i][j] (batch indices): its centre, or null. */
    public java.awt.geom.Point2D centreOf(int p, int i, int j) {
        if (p >= drawn.size()) {
            return null;
        }
        double[] box = drawn.get(p);
        int[] order = drawnOrder.get(p);
        double cell = box[2] / order.length;
        int row = java.util.Arrays.stream(order).boxed().toList().indexOf(i);
        int col = java.util.Arrays.stream(order).boxed().toList().indexOf(j);
        return new java.awt.geom.Point2D.Double(box[0] + (col + 0.5) * cell, box[1] + (row + 0.5) * cell);
    }

    /** What a panel shows: the normalised kernel, reordered, with its labels in the same order. */
    public record Prepared(double[][] values, int[] labels, double logDet) {
    }

    public Prepared prepare(KernelMatrix km) {
        double[][] norm = KernelMath.normalise(km.k());
        int[] perm = orderByClass ? KernelMath.orderByLabel(km.labels()) : KernelMath.identity(km.size());
        double ld = Double.isNaN(km.logDet()) ? KernelMath.logAbsDet(km.k()) : km.logDet();
        return new Prepared(KernelMath.permute(norm, perm), KernelMath.permute(km.labels(), perm), ld);
    }

    /** Lower end of the colour scale. */
    public double scaleMin(List<Prepared> prepared) {
        if (fullRange) {
            return 0;
        }
        double lo = 1;
        for (Prepared p : prepared) {
            lo = Math.min(lo, KernelMath.range(p.values())[0]);
        }
        return lo >= 1 ? 0 : lo;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        style.fillBackground(g, width, height);
        if (panels.isEmpty()) {
            return;
        }
        List<Prepared> prepared = new ArrayList<>();
        for (KernelMatrix km : panels) {
            prepared.add(prepare(km));
        }
        double lo = scaleMin(prepared);
        Font titleFont = style.font(Font.BOLD, 13.5);
        Font textFont = style.font(Font.PLAIN, 12);
        Font smallFont = style.font(Font.PLAIN, 10.5);
        FontMetrics tfm = g.getFontMetrics(titleFont);
        FontMetrics fm = g.getFontMetrics(textFont);
        FontMetrics sfm = g.getFontMetrics(smallFont);
        double pad = 6 * style.fontScale() + 4;
        double top = pad;
        top = TextFit.drawHeading(g, heading, titleFont, style.foreground(), width, pad, top);
        double barW = 12 * Math.max(0.8, style.fontScale()) + 6 + fm.stringWidth("0.750") + 6 + fm.getHeight() + 4;
        double panelW = (width - barW - pad) / panels.size();
        // every panel reserves room for its y label on the left and its class names and x label below, so nothing
        // overlaps its neighbour; the architecture string wraps (at most three lines) instead of being cut
        // ordered by class: a colour strip along each axis, the class names in a legend under the panels (review m7)
        ClassKey key = orderByClass ? ClassKey.of(panels) : null;
        double strip = Math.max(3, 6 * style.fontScale());
        double leftM = fm.getHeight() + 4 + (key == null ? 0 : strip + 2);
        List<List<String>> archLines = new ArrayList<>();
        int maxLines = 0;
        for (KernelMatrix km : panels) {
            List<String> lines = wrapArch(archPart(km.title()), sfm, panelW - leftM - 4);
            archLines.add(lines);
            maxLines = Math.max(maxLines, lines.size());
        }
        double headerH = tfm.getHeight() + maxLines * sfm.getHeight() + fm.getHeight() + 6;
        double bottomH = (key == null ? 0 : strip + 4) + fm.getHeight() + 4;
        double legendH = key == null ? 0 : key.height(sfm, width - 2 * pad) + 2;
        double side = Math.min(panelW - leftM - pad, height - top - headerH - bottomH - legendH - pad);
        drawn.clear();
        drawnOrder.clear();
        if (side < 10) {
            return;
        }
        for (int p = 0; p < panels.size(); p++) {
            double x0 = p * panelW + leftM + (panelW - leftM - pad - side) / 2;
            double y0 = top + headerH;
            KernelMatrix km = panels.get(p);
            Prepared pr = prepared.get(p);
            double cx = x0 + side / 2;
            // header: index (bold), the architecture (small, wrapped), the log-determinant
            double y = top + tfm.getAscent();
            g.setFont(titleFont);
            g.setPaint(style.foreground());
            String head = TextFit.ellipsize(headPart(km.title()), tfm, panelW - 4);
            g.drawString(head, (float) (cx - tfm.stringWidth(head) / 2.0), (float) y);
            y += tfm.getDescent() + sfm.getAscent();
            g.setFont(smallFont);
            g.setPaint(style.muted());
            for (String line : archLines.get(p)) {
                g.drawString(line, (float) (cx - sfm.stringWidth(line) / 2.0), (float) y);
                y += sfm.getHeight();
            }
            g.setFont(textFont);
            g.setPaint(style.foreground());
            String ld = "log|det K| = " + formatLogDet(pr.logDet());
            g.drawString(ld, (float) (cx - fm.stringWidth(ld) / 2.0),
                    (float) (top + tfm.getHeight() + maxLines * sfm.getHeight() + fm.getAscent() + 2));
            drawMatrix(g, pr.values(), x0, y0, side, lo);
            drawn.add(new double[] {x0, y0, side});
            drawnOrder.add(orderByClass ? KernelMath.orderByLabel(km.labels()) : KernelMath.identity(km.size()));
            g.setPaint(style.muted());
            g.setStroke(new BasicStroke(1f));
            g.draw(new Rectangle2D.Double(x0, y0, side, side));
            if (key != null) {
                drawClassBlocks(g, pr.labels(), x0, y0, side);
                key.drawStrips(g, pr.labels(), x0, y0, side, strip);
            }
            g.setFont(textFont);
            g.setPaint(style.muted());
            // a shorter wording rather than a cut one: small figures (3.5 in, two panels) kept only "images, or…"
            List<String> axis = orderByClass ? List.of("images, ordered by class", "images by class", "images")
                    : List.of("images, in batch order", "images in order", "images");
            String xAxis = longestFitting(axis, fm, panelW - 4);
            g.drawString(xAxis, (float) (cx - fm.stringWidth(xAxis) / 2.0), (float) (y0 + side + bottomH - fm.getDescent()));
            String yAxis = longestFitting(axis, fm, side);
            AffineTransform at = g.getTransform();
            g.translate(x0 - 4 - fm.getDescent() - (key == null ? 0 : strip + 2),
                    y0 + side / 2 + fm.stringWidth(yAxis) / 2.0);
            g.rotate(-Math.PI / 2);
            g.drawString(yAxis, 0f, 0f);
            g.setTransform(at);
        }
        drawColourBar(g, width - barW + 4, top + headerH, side, lo, fm);
        if (key != null) {
            Graphics2D lg = (Graphics2D) g.create();
            lg.translate(pad, 0);
            key.drawLegend(lg, sfm, width - 2 * pad, top + headerH + side + bottomH + 2, style.foreground());
            lg.dispose();
        }
    }

    /** The first of {@code wordings} (longest first) that fits {@code max}; the last one cut to fit otherwise. */
    static String longestFitting(List<String> wordings, FontMetrics fm, double max) {
        for (String w : wordings) {
            if (fm.stringWidth(w) <= max) {
                return w;
            }
        }
        return TextFit.ellipsize(wordings.get(wordings.size() - 1), fm, max);
    }

    /** "#123" of a title "#123  |arch|...", or the whole title when it has no index. */
    static String headPart(String title) {
        int gap = title == null ? -1 : title.indexOf("  ");
        return gap < 0 ? String.valueOf(title) : title.substring(0, gap);
    }

    static String archPart(String title) {
        int gap = title == null ? -1 : title.indexOf("  ");
        return gap < 0 ? "" : title.substring(gap + 2).strip();
    }

    /** Wraps an architecture string at its '+' separators (NB201) or anywhere, in at most three lines. */
    static List<String> wrapArch(String arch, FontMetrics fm, double max) {
        List<String> lines = new ArrayList<>();
        if (arch.isEmpty()) {
            return lines;
        }
        String[] parts = arch.split("(?<=\\+)");
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            if (line.length() > 0 && fm.stringWidth(line + part) > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(part);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        List<String> fitted = new ArrayList<>();
        for (String l : lines) {
            fitted.add(TextFit.ellipsize(l, fm, max));
        }
        if (fitted.size() > 3) {
            List<String> cut = new ArrayList<>(fitted.subList(0, 3));
            cut.set(2, TextFit.ellipsize(cut.get(2) + "\u2026", fm, max));
            return cut;
        }
        return fitted;
    }

    private void drawMatrix(Graphics2D g, double[][] v, double x0, double y0, double side, double lo) {
        int n = v.length;
        double span = 1 - lo;
        boolean image = Boolean.TRUE.equals(g.getRenderingHint(FigureHints.MATRIX_AS_IMAGE));
        if (isVector(g) && !image) {
            double cell = side / n;
            for (int i = 0; i < n; i++) {
                int j = 0;
                while (j < n) {
                    int rgb = ColourMaps.viridisRgb((v[i][j] - lo) / span);
                    int k = j + 1;
                    while (k < n && ColourMaps.viridisRgb((v[i][k] - lo) / span) == rgb) {
                        k++;
                    }
                    g.setPaint(new Color(rgb));
                    // a hair of overlap hides seams between cells in viewers that anti-alias
                    g.fill(new Rectangle2D.Double(x0 + j * cell, y0 + i * cell, (k - j) * cell + 0.3, cell + 0.3));
                    j = k;
                }
            }
            return;
        }
        // each cell already a block of f x f pixels: the window's canvas smooths scaled images whatever the hint, which
        // blurred a 16-image kernel into a haze; scaled by less than 2 from here, the cells stay sharp
        // on a vector target the image is all the resolution there is: about 1,024 pixels a side
        double pixels = isVector(g) ? Math.max(side, 1024) : side;
        int f = (int) Math.max(1, Math.min(Math.ceil(pixels / n), 2048 / n));
        BufferedImage img = new BufferedImage(n * f, n * f, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int rgb = ColourMaps.viridisRgb((v[i][j] - lo) / span);
                for (int a = 0; a < f; a++) {
                    for (int b = 0; b < f; b++) {
                        img.setRGB(j * f + b, i * f + a, rgb);
                    }
                }
            }
        }
        Object old = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        AffineTransform place = AffineTransform.getTranslateInstance(x0, y0);
        place.scale(side / (n * f), side / (n * f));
        g.drawImage(img, place, null);
        if (old != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }

    /** The lines between class blocks; the blocks' classes are in the strips and the legend ({@link ClassKey}). */
    private static void drawClassBlocks(Graphics2D g, int[] labels, double x0, double y0, double side) {
        int n = labels.length;
        double cell = side / n;
        g.setPaint(new Color(255, 255, 255, 170));
        g.setStroke(new BasicStroke(0.8f));
        for (int i = 1; i < n; i++) {
            if (labels[i] != labels[i - 1]) {
                g.draw(new Line2D.Double(x0 + i * cell, y0, x0 + i * cell, y0 + side));
                g.draw(new Line2D.Double(x0, y0 + i * cell, x0 + side, y0 + i * cell));
            }
        }
    }

    private void drawColourBar(Graphics2D g, double x, double y, double h, double lo, FontMetrics fm) {
        double w = 12 * Math.max(0.8, style.fontScale());
        int steps = 128;
        for (int s = 0; s < steps; s++) {
            double f0 = (double) s / steps;
            g.setPaint(ColourMaps.viridis(f0 + 0.5 / steps));
            g.fill(new Rectangle2D.Double(x, y + h - (s + 1) * h / steps, w, h / steps + 0.5));
        }
        g.setPaint(style.muted());
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x, y, w, h));
        g.setFont(fm.getFont());
        // as many ticks as fit without their labels overlapping (a small figure's short bar ran them together)
        int intervals = (int) Math.max(1, Math.min(4, Math.floor(h / (fm.getHeight() * 1.25))));
        for (int t = 0; t <= intervals; t++) {
            double f = t / (double) intervals;
            double value = lo + f * (1 - lo);
            double yy = y + h - f * h;
            g.draw(new Line2D.Double(x + w, yy, x + w + 4, yy));
            g.setPaint(style.foreground());
            String s = String.format(Locale.ROOT, lo == 0 ? "%.2f" : "%.3f", value);
            g.drawString(s, (float) (x + w + 6), (float) (yy + (fm.getAscent() - fm.getDescent()) / 2.0));
            g.setPaint(style.muted());
        }
        AffineTransform at = g.getTransform();
        String label = "K / K[0][0]  (share of units with equal codes)";
        if (fm.stringWidth(label) > h) {
            label = "K / K[0][0]";
        }
        g.translate(x + w + 8 + fm.stringWidth("0.750") + fm.getAscent(), y + h / 2 + fm.stringWidth(label) / 2.0);
        g.rotate(-Math.PI / 2);
        g.setPaint(style.foreground());
        g.drawString(label, 0f, 0f);
        g.setTransform(at);
    }

    static String formatLogDet(double v) {
        if (v == Double.NEGATIVE_INFINITY) {
            return "\u2212\u221e (K singular)";
        }
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    static boolean isVector(Graphics2D g) {
        String n = g.getClass().getName();
        return n.startsWith("org.jfree.svg.") || n.startsWith("org.jfree.pdf.") || n.startsWith("de.rototor.pdfbox.");
    }
}
