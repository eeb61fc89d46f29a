package org.naswot.figures.lecture;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.naswot.figures.model.LectureData;
import org.naswot.figures.paint.Painter;
import org.naswot.figures.paint.TextFit;
import org.naswot.figures.theme.ChartStyle;

/** Painters of the lecture's steps: the batch as thumbnails and one layer's binary codes. */
public final class LecturePainters {
    private LecturePainters() {
    }

    /** Image {@code i} of the batch, de-normalised (x * std + mean, clamped to 0..255), as RGB. */
    public static BufferedImage thumbnail(LectureData d, int i) {
        BufferedImage img = new BufferedImage(d.width(), d.height(), BufferedImage.TYPE_INT_RGB);
        int plane = d.height() * d.width();
        int base = i * d.channels() * plane;
        for (int y = 0; y < d.height(); y++) {
            for (int x = 0; x < d.width(); x++) {
                int[] rgb = new int[3];
                for (int c = 0; c < 3; c++) {
                    int ch = Math.min(c, d.channels() - 1);
                    double v = d.pixels()[base + ch * plane + y * d.width() + x] * d.std()[ch] + d.mean()[ch];
                    rgb[c] = (int) Math.max(0, Math.min(255, Math.round(v)));
                }
                img.setRGB(x, y, (rgb[0] << 16) | (rgb[1] << 8) | rgb[2]);
            }
        }
        return img;
    }

    /** The batch as a grid of thumbnails, class names under them when there is room. */
    public static Painter imageGrid(LectureData d, ChartStyle style) {
        BufferedImage[] thumbs = new BufferedImage[d.batch()];
        for (int i = 0; i < d.batch(); i++) {
            thumbs[i] = thumbnail(d, i);
        }
        return (g, width, height) -> {
            style.fillBackground(g, width, height);
            int n = d.batch();
            Font f = style.font(Font.PLAIN, 10.5);
            g.setFont(f);
            FontMetrics fm = g.getFontMetrics();
            double pad = 8;
            // choose the column count that maximises the thumbnail size
            double best = 0;
            int bestCols = 1;
            for (int cols = 1; cols <= n; cols++) {
                int rows = (n + cols - 1) / cols;
                double cell = Math.min((width - 2 * pad) / cols, (height - 2 * pad) / rows);
                if (cell > best) {
                    best = cell;
                    bestCols = cols;
                }
            }
            int cols = bestCols;
            int rows = (n + cols - 1) / cols;
            boolean labels = best >= 56 && !d.classNames().isEmpty();
            double cell = labels ? Math.min((width - 2 * pad) / cols, (height - 2 * pad) / rows) : best;
            double img = labels ? cell - fm.getHeight() - 4 : cell - 3;
            img = Math.min(img, cell - 3);
            double x0 = (width - cols * cell) / 2;
            double y0 = (height - rows * cell) / 2;
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            for (int i = 0; i < n; i++) {
                double x = x0 + (i % cols) * cell + (cell - img) / 2;
                double y = y0 + (i / cols) * cell;
                AffineTransform at = AffineTransform.getTranslateInstance(x, y);
                at.scale(img / d.width(), img / d.height());
                g.drawImage(thumbs[i], at, null);
                if (labels) {
                    String name = TextFit.ellipsize(d.className(d.labels()[i]), fm, cell - 2);
                    g.setPaint(style.muted());
                    g.drawString(name, (float) (x + img / 2 - fm.stringWidth(name) / 2.0),
                            (float) (y + img + fm.getAscent() + 1));
                }
            }
        };
    }

    /** Columns shown of a layer with {@code units} units. */
    public static int shownUnits(int units, int maxColumns) {
        return Math.min(units, maxColumns);
    }

    /**
     * One layer's binary codes: rows = images, columns = units (the first {@code maxColumns}), white =
     * active, black = inactive.
     */
    public static Painter codes(LectureData.LayerCodes layer, ChartStyle style, int maxColumns, String title) {
        int rows = layer.codes().length;
        int cols = shownUnits(layer.units(), maxColumns);
        BufferedImage img = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < rows; i++) {
            for (int u = 0; u < cols; u++) {
                img.setRGB(u, i, layer.codes()[i].get(u) ? 0xFFFFFF : 0x000000);
            }
        }
        return (g, width, height) -> {
            style.fillBackground(g, width, height);
            Font tf = style.font(Font.BOLD, 13);
            Font f = style.font(Font.PLAIN, 11.5);
            g.setFont(tf);
            FontMetrics tfm = g.getFontMetrics();
            g.setFont(f);
            FontMetrics fm = g.getFontMetrics();
            String sub = cols < layer.units()
                    ? String.format(Locale.ROOT, "%s \u00b7 first %,d of %,d units", layer.name(), cols, layer.units())
                    : String.format(Locale.ROOT, "%s \u00b7 %,d units", layer.name(), layer.units());
            // on two lines rather than cut where large fonts make it wider than the panel (review P6)
            List<String> subLines = TextFit.wrap(sub, fm, width - 16);
            if (subLines.size() > 2) {
                subLines = List.of(subLines.get(0), TextFit.ellipsize(
                        String.join(" ", subLines.subList(1, subLines.size())), fm, width - 16));
            }
            double top = 8 + tfm.getHeight() + subLines.size() * fm.getHeight() + 6;
            double left = 10 + fm.getHeight() + 4;
            double bottom = fm.getHeight() + 10;
            double w = width - left - 10;
            double h = height - top - bottom;
            if (w < 10 || h < 10) {
                return;
            }
            g.setFont(tf);
            g.setPaint(style.foreground());
            String t = TextFit.ellipsize(title, tfm, width - 16);
            g.drawString(t, (float) ((width - tfm.stringWidth(t)) / 2), (float) (8 + tfm.getAscent()));
            g.setFont(f);
            g.setPaint(style.muted());
            double y = 8 + tfm.getHeight() + fm.getAscent();
            for (String line : subLines) {
                g.drawString(line, (float) ((width - fm.stringWidth(line)) / 2), (float) y);
                y += fm.getHeight();
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            AffineTransform at = AffineTransform.getTranslateInstance(left, top);
            at.scale(w / cols, h / rows);
            g.drawImage(img, at, null);
            g.setPaint(style.muted());
            g.setStroke(new BasicStroke(1f));
            g.draw(new Rectangle2D.Double(left, top, w, h));
            String xl = "units (white = active, black = inactive)";
            xl = TextFit.ellipsize(xl, fm, w);
            g.drawString(xl, (float) (left + w / 2 - fm.stringWidth(xl) / 2.0), (float) (top + h + fm.getAscent() + 3));
            AffineTransform saved = g.getTransform();
            String yl = rows + " images";
            g.translate(left - 5, top + h / 2 + fm.stringWidth(yl) / 2.0);
            g.rotate(-Math.PI / 2);
            g.drawString(yl, 0f, 0f);
            g.setTransform(saved);
        };
    }

    /** A large centred statement (the final score). */
    public static Painter statement(String big, String small, ChartStyle style) {
        return (g, width, height) -> {
            style.fillBackground(g, width, height);
            Font bf = style.font(Font.BOLD, 30);
            Font sf = style.font(Font.PLAIN, 14);
            g.setFont(bf);
            FontMetrics bfm = g.getFontMetrics();
            // the headline fits its panel at any font scale: shrink it rather than cut it
            double room = width - 16;
            if (bfm.stringWidth(big) > room && room > 0) {
                bf = bf.deriveFont((float) Math.max(6, bf.getSize2D() * room / bfm.stringWidth(big)));
                g.setFont(bf);
                bfm = g.getFontMetrics();
            }
            g.setFont(sf);
            FontMetrics sfm = g.getFontMetrics();
            // the line under it (it names the architecture) wraps, at a "+" or "|" inside a long name, not cut
            List<String> lines = breakLong(small, sfm, width - 16);
            double y = height / 2 - (bfm.getHeight() + lines.size() * sfm.getHeight()) / 2;
            g.setFont(bf);
            g.setPaint(style.foreground());
            g.drawString(big, (float) ((width - bfm.stringWidth(big)) / 2), (float) (y + bfm.getAscent()));
            g.setFont(sf);
            g.setPaint(style.muted());
            double ly = y + bfm.getHeight() + 6 + sfm.getAscent();
            for (String line : lines) {
                g.drawString(line, (float) ((width - sfm.stringWidth(line)) / 2), (float) ly);
                ly += sfm.getHeight();
            }
        };
    }

    /**
     * {@code text} wrapped between words, and a word wider than {@code max} (an architecture's string) broken after
     * a "+" or "|"; at most four lines, the last cut where even that does not fit.
     */
    static List<String> breakLong(String text, FontMetrics fm, double max) {
        List<String> out = new java.util.ArrayList<>();
        for (String line : TextFit.wrap(text, fm, max)) {
            StringBuilder rest = new StringBuilder(line);
            while (fm.stringWidth(rest.toString()) > max) {
                int cut = -1;
                for (int i = 1; i < rest.length(); i++) {
                    char c = rest.charAt(i - 1);
                    if ((c == '+' || c == '|' || c == ' ') && fm.stringWidth(rest.substring(0, i)) <= max) {
                        cut = i;
                    }
                }
                if (cut <= 0) {
                    break;
                }
                out.add(rest.substring(0, cut).strip());
                rest.delete(0, cut);
            }
            out.add(rest.toString().strip());
        }
        if (out.size() > 4) {
            String tail = String.join("", out.subList(3, out.size()));
            out = new java.util.ArrayList<>(out.subList(0, 3));
            out.add(TextFit.ellipsize(tail, fm, max));
        }
        return out;
    }
}
