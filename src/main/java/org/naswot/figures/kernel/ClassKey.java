package org.naswot.figures.kernel;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.naswot.figures.model.KernelMatrix;
import org.naswot.figures.paint.TextFit;

/**
 * Which class each image is of, beside a kernel ordered by class: a colour strip along both axes and a legend of the
 * whole class names under the panels. Names under the class blocks were cut to "a", "bi", "t" (review m7): a block is
 * a few images wide, a strip is readable at any block size. More classes than {@link #PALETTE} has colours cannot be
 * told apart by colour: the strips then alternate two greys per block and the legend says how many classes there are.
 */
final class ClassKey {
    /** Ten categorical colours (matplotlib's tab10), one per CIFAR-10 class; none of them is viridis-like grey. */
    static final Color[] PALETTE = {
        new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0xD62728), new Color(0x9467BD),
        new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F), new Color(0xBCBD22), new Color(0x17BECF)
    };
    private static final Color UNKNOWN = new Color(0xDDDDDD);

    /** A class in the legend: its label, its name as the figure writes it and its strip colour. */
    record Entry(int label, String name, Color colour) {
    }

    private final List<Entry> entries;
    private final boolean coloured;

    private ClassKey(List<Entry> entries, boolean coloured) {
        this.entries = List.copyOf(entries);
        this.coloured = coloured;
    }

    /** The classes of the images of every panel, in label order (the order the images are sorted in). */
    static ClassKey of(List<KernelMatrix> panels) {
        TreeMap<Integer, String> names = new TreeMap<>();
        for (KernelMatrix km : panels) {
            for (int label : km.labels()) {
                names.put(label, nameOf(label, km.classNames()));
            }
        }
        boolean coloured = names.keySet().stream().filter(l -> l >= 0).count() <= PALETTE.length;
        List<Entry> entries = new ArrayList<>();
        int k = 0;
        for (var e : names.entrySet()) {
            Color c = e.getKey() < 0 ? UNKNOWN : coloured ? PALETTE[k++] : null;
            entries.add(new Entry(e.getKey(), e.getValue(), c));
        }
        return new ClassKey(entries, coloured);
    }

    static String nameOf(int label, List<String> classNames) {
        return label < 0 ? "unknown" : label < classNames.size() ? classNames.get(label) : "class " + label;
    }

    List<Entry> entries() {
        return entries;
    }

    boolean coloured() {
        return coloured;
    }

    /** The legend's lines within {@code width}: entries flowed left to right (one line of text when not coloured). */
    List<List<Entry>> lines(FontMetrics fm, double width) {
        List<List<Entry>> lines = new ArrayList<>();
        if (!coloured) {
            return lines;
        }
        List<Entry> line = new ArrayList<>();
        double used = 0;
        for (Entry e : entries) {
            double w = entryWidth(e, fm);
            if (!line.isEmpty() && used + gap(fm) + w > width) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            used += (line.isEmpty() ? 0 : gap(fm)) + w;
            line.add(e);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** The legend's text when classes are too many to colour. */
    private String summary() {
        long n = entries.stream().filter(e -> e.label() >= 0).count();
        return String.format(Locale.ROOT, "%d classes, too many to colour: the strips alternate per class block, "
                + "in label order", n);
    }

    /** How tall the legend is within {@code width}. */
    double height(FontMetrics fm, double width) {
        int n = coloured ? lines(fm, width).size() : Math.min(2, TextFit.wrap(summary(), fm, width).size());
        return n * fm.getHeight();
    }

    /** Draws the legend centred across {@code width} from {@code top}. */
    void drawLegend(Graphics2D g, FontMetrics fm, double width, double top, Color text) {
        g.setFont(fm.getFont());
        double y = top;
        if (!coloured) {
            g.setPaint(text);
            List<String> wrapped = TextFit.wrap(summary(), fm, width);
            for (int i = 0; i < Math.min(2, wrapped.size()); i++) {
                String s = TextFit.ellipsize(i == 1 ? String.join(" ", wrapped.subList(1, wrapped.size()))
                        : wrapped.get(0), fm, width);
                g.drawString(s, (float) ((width - fm.stringWidth(s)) / 2), (float) (y + fm.getAscent()));
                y += fm.getHeight();
            }
            return;
        }
        for (List<Entry> line : lines(fm, width)) {
            double lineW = line.stream().mapToDouble(e -> entryWidth(e, fm)).sum() + gap(fm) * (line.size() - 1);
            double x = Math.max(0, (width - lineW) / 2);
            for (Entry e : line) {
                double sw = swatch(fm);
                g.setPaint(e.colour());
                g.fill(new Rectangle2D.Double(x, y + (fm.getHeight() - sw) / 2, sw, sw));
                g.setPaint(text);
                String name = TextFit.ellipsize(e.name(), fm, width - sw - 3);
                g.drawString(name, (float) (x + sw + 3), (float) (y + fm.getAscent()));
                x += entryWidth(e, fm) + gap(fm);
            }
            y += fm.getHeight();
        }
    }

    /** The strips of one panel: below the matrix (columns) and left of it (rows), {@code thick} wide. */
    void drawStrips(Graphics2D g, int[] orderedLabels, double x0, double y0, double side, double thick) {
        int n = orderedLabels.length;
        double cell = side / n;
        int block = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && orderedLabels[i] != orderedLabels[i - 1]) {
                block++;
            }
            g.setPaint(colourOf(orderedLabels[i], block));
            // a hair of overlap hides seams between cells, as in the matrix
            g.fill(new Rectangle2D.Double(x0 + i * cell, y0 + side + 2, cell + 0.3, thick));
            g.fill(new Rectangle2D.Double(x0 - 2 - thick, y0 + i * cell, thick, cell + 0.3));
        }
    }

    private Color colourOf(int label, int block) {
        for (Entry e : entries) {
            if (e.label() == label && e.colour() != null) {
                return e.colour();
            }
        }
        return block % 2 == 0 ? new Color(0x555555) : new Color(0xBBBBBB);
    }

    private static double swatch(FontMetrics fm) {
        return Math.max(3, fm.getAscent() * 0.8);
    }

    private static double gap(FontMetrics fm) {
        return fm.stringWidth("  ");
    }

    static double entryWidth(Entry e, FontMetrics fm) {
        return swatch(fm) + 3 + fm.stringWidth(e.name());
    }
}
