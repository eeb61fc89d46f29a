package org.naswot.figures.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.naswot.figures.model.KernelMatrix;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.figures.theme.FigureFonts;
import org.naswot.testing.TextRecordingGraphics;
import org.naswot.testing.TextRecordingGraphics.DrawnText;

/**
 * Ordered by class, the kernel figure names every class in full and nothing it writes overlaps (review m7: "a", "bi",
 * "t" under the class blocks): at the CLI's default size ({@code naswot figure --kind kernel}: 3.5 x 1.925 in, two
 * panels) and at a window's size.
 */
public class ClassLabelsTest {
    public static final List<String> CIFAR10 = List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
            "horse", "ship", "truck");

    /** A batch of 64 images of all ten classes, unevenly (one class has a single image), as a random batch is. */
    public static KernelMatrix kernel(String title, long seed) {
        Random r = new Random(seed);
        int n = 64;
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i < 10 ? i : r.nextInt(9);
        }
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                k[i][j] = i == j ? 100 : 40 + r.nextInt(50);
                k[j][i] = k[i][j];
            }
        }
        return new KernelMatrix(title, k, labels, CIFAR10, Double.NaN);
    }

    /** Paints two panels ordered by class at {@code w x h} and returns every string drawn. */
    public static List<DrawnText> paint(HeatmapPainter painter, double w, double h) {
        BufferedImage img = new BufferedImage((int) Math.ceil(w), (int) Math.ceil(h), BufferedImage.TYPE_INT_RGB);
        Graphics2D real = img.createGraphics();
        TextRecordingGraphics g = new TextRecordingGraphics(real);
        painter.paint(g, w, h);
        real.dispose();
        return g.drawn();
    }

    /** Every class named whole, no two texts overlapping, all inside the figure. */
    public static void assertReadable(List<DrawnText> drawn, double w, double h, String where) {
        Set<String> texts = new TreeSet<>();
        drawn.forEach(d -> texts.add(d.text()));
        for (String c : CIFAR10) {
            assertTrue(texts.contains(c), where + ": class '" + c + "' drawn whole; drawn: " + texts);
        }
        List<String> problems = new ArrayList<>();
        for (int a = 0; a < drawn.size(); a++) {
            Rectangle2D ba = drawn.get(a).bounds();
            if (ba.getMinX() < -0.5 || ba.getMinY() < -0.5 || ba.getMaxX() > w + 0.5 || ba.getMaxY() > h + 0.5) {
                problems.add("'" + drawn.get(a).text() + "' outside the figure: " + ba);
            }
            for (int b = a + 1; b < drawn.size(); b++) {
                Rectangle2D bb = drawn.get(b).bounds();
                Rectangle2D overlap = ba.createIntersection(bb);
                if (overlap.getWidth() > 0.5 && overlap.getHeight() > 0.5) {
                    problems.add("'" + drawn.get(a).text() + "' overlaps '" + drawn.get(b).text() + "'");
                }
            }
        }
        assertTrue(problems.isEmpty(), where + ":\n" + String.join("\n", problems));
        // no class cut to its first letters ("a", "bi", "t") or to an ellipsis
        for (String t : texts) {
            String head = t.endsWith("\u2026") ? t.substring(0, t.length() - 1) : t;
            assertTrue(CIFAR10.contains(t) || CIFAR10.stream().noneMatch(c -> c.startsWith(head)),
                    where + ": a class cut to '" + t + "'");
        }
    }

    @Test
    void theCliDefaultSizeNamesEveryClassWithoutOverlap() {
        // FigureCommand's defaults: 3.5 in wide, 0.55 of it high, tick labels at 0.62 of 11 pt, print theme
        ChartStyle style = ChartStyle.PRINT.withFontFamily(FigureFonts.SANS).withFontScale(0.62);
        List<KernelMatrix> panels = List.of(kernel("#6111 \u00b7 best  |nor_conv_3x3~0|+|nor_conv_3x3~0|skip_connect~1|"
                + "+|skip_connect~0|nor_conv_1x1~1|avg_pool_3x3~2|", 1), kernel("#4 \u00b7 lowest  |none~0|+|none~0|"
                + "none~1|+|none~0|none~1|none~2|", 2));
        double w = 3.5 * 72;
        double h = 3.5 * 0.55 * 72;
        List<DrawnText> drawn = paint(new HeatmapPainter(panels, style, true, false, ""), w, h);
        assertReadable(drawn, w, h, "3.5 in");
        assertEquals(1, drawn.stream().filter(d -> d.text().equals("automobile")).count(),
                "one legend for both panels");
    }

    @Test
    void aWindowSizedFigureNamesEveryClassWithoutOverlap() {
        List<KernelMatrix> panels = List.of(kernel("#12  |nor_conv_3x3~0|+|none~0|nor_conv_1x1~1|+|skip_connect~0|"
                + "none~1|avg_pool_3x3~2|", 3));
        for (double[] size : new double[][] {{640, 520}, {900, 600}, {420, 360}}) {
            List<DrawnText> drawn = paint(new HeatmapPainter(panels, ChartStyle.LIGHT, true, true, ""), size[0],
                    size[1]);
            assertReadable(drawn, size[0], size[1], size[0] + "x" + size[1]);
        }
    }

    @Test
    void manyClassesAreSummarisedNotColouredAlike() {
        int n = 40;
        int[] labels = new int[n];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels[i] = i;
            names.add("class" + i);
        }
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            k[i][i] = 10;
        }
        ClassKey key = ClassKey.of(List.of(new KernelMatrix("#1", k, labels, names, Double.NaN)));
        assertTrue(!key.coloured(), "40 classes cannot be told apart by ten colours");
        List<DrawnText> drawn = paint(new HeatmapPainter(List.of(new KernelMatrix("#1", k, labels, names,
                Double.NaN)), ChartStyle.LIGHT, true, true, ""), 640, 520);
        assertTrue(drawn.stream().anyMatch(d -> d.text().startsWith("40 classes")), "the legend says how many");
    }
}
