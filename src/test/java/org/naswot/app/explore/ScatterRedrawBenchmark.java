package org.naswot.app.explore;

import org.naswot.figures.scatter.ColourMode;
import org.naswot.figures.scatter.ScatterChartFactory;
import org.naswot.figures.scatter.ScatterDataset;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.naswot.app.SyntheticData;
import org.naswot.figures.theme.ChartStyle;

/**
 * Measurement main (not a test): renders the 15,625-point scatter to an offscreen 1200x800 image
 * repeatedly and prints the median and 90th-percentile redraw time.
 * Run: mvn -o -q test-compile exec... or java -cp target/classes:target/test-classes:deps ...
 */
public final class ScatterRedrawBenchmark {
    public static void main(String[] args) {
        ScoreScatterModel model = new ScoreScatterModel();
        model.appendAll(SyntheticData.nb201Scatter(1, "run A"));
        model.refreshStatistics();
        JFreeChart chart = ScatterChartFactory.create(model.figure(), new ScatterDataset(model.data()), ChartStyle.LIGHT);
        BufferedImage img = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_ARGB);
        ScoreScatterModel empty = new ScoreScatterModel();
        empty.append(new org.naswot.figures.model.ScorePoint(0, "x", 1, 1, 1));
        JFreeChart bare = ScatterChartFactory.create(empty.figure(), new ScatterDataset(empty.data()), ChartStyle.LIGHT);
        long[] tb = new long[60];
        for (int r = 0; r < 20; r++) {
            draw(bare, img);
        }
        for (int r = 0; r < tb.length; r++) {
            long s = System.nanoTime();
            draw(bare, img);
            tb[r] = System.nanoTime() - s;
        }
        Arrays.sort(tb);
        System.out.printf("chart furniture only (1 point): median %.1f ms%n", tb[tb.length / 2] / 1e6);
        // a numeric column (any values do) to colour or size by
        org.naswot.figures.scatter.ScatterEncoding column = new org.naswot.figures.scatter.ScatterEncoding("column",
                i -> Math.sin(i * 0.37) * 100);
        for (String variant : new String[] {"params colour", "single colour", "params colour, RGB image",
                "column colour + trend line", "column colour + size by column"}) {
            model.colourModeProperty().set(variant.startsWith("single") ? ColourMode.NONE
                    : variant.startsWith("column") ? ColourMode.COLUMN : ColourMode.PARAMS);
            model.figure().display().setColourBy(column);
            model.figure().display().setTrend(variant.contains("trend"));
            model.figure().display().setSizeBy(variant.contains("size") ? column : null);
            ScatterChartFactory.decorate(chart, model.figure(), ChartStyle.LIGHT);
            if (variant.contains("RGB")) {
                img = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
            }
            long[] t = new long[60];
            for (int r = 0; r < 20; r++) {
                draw(chart, img);
            }
            for (int r = 0; r < t.length; r++) {
                long s = System.nanoTime();
                draw(chart, img);
                t[r] = System.nanoTime() - s;
            }
            Arrays.sort(t);
            System.out.printf("Java2D offscreen 1200x800, %d plotted points, %s: median %.1f ms, p90 %.1f ms%n",
                    model.data().plottedCount(), variant, t[t.length / 2] / 1e6, t[t.length * 9 / 10] / 1e6);
        }
    }

    static void draw(JFreeChart chart, BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.draw(g, new Rectangle2D.Double(0, 0, img.getWidth(), img.getHeight()));
        g.dispose();
    }
}
