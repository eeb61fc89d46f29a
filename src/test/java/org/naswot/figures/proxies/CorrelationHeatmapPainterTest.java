package org.naswot.figures.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.run.proxies.RunProxyTable;
import org.naswot.search.stats.ProxyComparison;
import org.naswot.search.stats.RankMethod;

/**
 * The heatmap with every measure the app has (27): its names never overlap and its title is never cut, in a fixed
 * figure (names shrink) and on screen (names keep a minimum size, and the painter says how much room that needs).
 */
public class CorrelationHeatmapPainterTest {

    static ProxyComparison comparison(List<String> names, int architectures) {
        Random random = new Random(3);
        Map<String, double[]> columns = new LinkedHashMap<>();
        double[] accuracy = new double[architectures];
        for (int a = 0; a < architectures; a++) {
            accuracy[a] = 80 + 10 * random.nextDouble();
        }
        for (String n : names) {
            double[] v = new double[architectures];
            for (int a = 0; a < architectures; a++) {
                v[a] = accuracy[a] + 5 * random.nextGaussian();
            }
            columns.put(n, v);
        }
        return ProxyComparison.of(columns, accuracy, List.of(), RankMethod.SPEARMAN, 100);
    }

    /** Paints and returns what was drawn, failing on any two boxes that overlap or a box outside the area. */
    static List<CorrelationHeatmapPainter.DrawnText> paintWithoutOverlaps(CorrelationHeatmapPainter p, double w,
                                                                          double h, String where) {
        BufferedImage img = new BufferedImage((int) Math.ceil(w), (int) Math.ceil(h), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        p.paint(g, w, h);
        g.dispose();
        List<CorrelationHeatmapPainter.DrawnText> drawn = p.drawnTexts();
        assertOverlapFree(drawn, w, h, where);
        return drawn;
    }

    public static void assertOverlapFree(List<CorrelationHeatmapPainter.DrawnText> drawn, double w, double h, String where) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            Rectangle2D a = drawn.get(i).bounds();
            if (a.getMinX() < -0.5 || a.getMinY() < -0.5 || a.getMaxX() > w + 0.5 || a.getMaxY() > h + 0.5) {
                problems.add("'" + drawn.get(i).text() + "' outside " + w + "x" + h + ": " + a);
            }
            for (int j = i + 1; j < drawn.size(); j++) {
                Rectangle2D b = drawn.get(j).bounds();
                if (a.createIntersection(b).getWidth() > 0.01 && a.createIntersection(b).getHeight() > 0.01
                        && a.intersects(b)) {
                    problems.add("'" + drawn.get(i).text() + "' overlaps '" + drawn.get(j).text() + "'");
                }
            }
        }
        assertTrue(problems.isEmpty(), where + ": " + problems.size() + " problems: " + problems.subList(0,
                Math.min(8, problems.size())));
    }

    public static String heading(List<CorrelationHeatmapPainter.DrawnText> drawn) {
        return String.join(" ", drawn.stream().filter(d -> d.kind() == CorrelationHeatmapPainter.DrawnText.Kind.HEADING)
                .map(CorrelationHeatmapPainter.DrawnText::text).toList());
    }

    public static long names(List<CorrelationHeatmapPainter.DrawnText> drawn) {
        return drawn.stream().filter(d -> d.kind() == CorrelationHeatmapPainter.DrawnText.Kind.NAME).count();
    }

    @Test
    void anExportedFigureOfAllMeasuresShrinksItsNamesInsteadOfOverlappingThem() {
        List<String> all = RunProxyTable.allMeasures();
        assertTrue(all.size() >= 25, "the app's measures: " + all.size());
        ProxyFigure figure = ProxyFigure.of(comparison(all, 60), 1);
        // the CLI's default 3.5 x 2.8 in (points), the old dialog's 3.5 x 2.62 in, and a screen-sized one
        for (double[] size : new double[][] {{252, 201.6}, {252, 189}, {600, 500}}) {
            // Large fonts only where a projected figure would use them
            for (ChartStyle style : size[0] < 600 ? List.of(ChartStyle.PRINT)
                    : List.of(ChartStyle.PRINT, ChartStyle.LIGHT.withFontScale(1.5))) {
                CorrelationHeatmapPainter p = figure.figurePainter(style, new FigureLayout(true, false));
                String where = size[0] + "x" + size[1] + " at font scale " + style.fontScale();
                List<CorrelationHeatmapPainter.DrawnText> drawn = paintWithoutOverlaps(p, size[0], size[1], where);
                assertEquals(2 * all.size(), names(drawn), where + ": every name, on both sides");
                assertEquals(figure.exportTitle(), heading(drawn), where + ": the title is whole");
            }
        }
    }

    @Test
    void onScreenTheNamesKeepTheirMinimumSizeAndThePainterSaysTheRoomItNeeds() {
        List<String> all = RunProxyTable.allMeasures();
        ProxyFigure figure = ProxyFigure.of(comparison(all, 60), 1);
        for (ChartStyle style : List.of(ChartStyle.LIGHT, ChartStyle.LIGHT.withFontScale(1.5))) {
            CorrelationHeatmapPainter p = figure.painter(style);
            Dimension least = p.minimumSize();
            for (double[] size : new double[][] {{least.width, least.height}, {least.width + 300, least.height + 40},
                {900, 900}}) {
                if (size[0] < least.width || size[1] < least.height) {
                    continue;
                }
                String where = size[0] + "x" + size[1] + " at font scale " + style.fontScale();
                List<CorrelationHeatmapPainter.DrawnText> drawn = paintWithoutOverlaps(p, size[0], size[1], where);
                assertEquals(2 * all.size(), names(drawn), where);
                assertEquals(figure.exportTitle(), heading(drawn), where);
                double nameHeight = drawn.stream().filter(d -> d.kind() == CorrelationHeatmapPainter.DrawnText.Kind.NAME)
                        .mapToDouble(d -> Math.min(d.bounds().getWidth(), d.bounds().getHeight())).min().orElse(0);
                assertTrue(nameHeight >= 0.9 * ProxyFigure.SCREEN_MIN_POINTS * style.fontScale(),
                        where + ": names of " + nameHeight + " px");
            }
        }
    }
}
