package org.naswot.figures.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.export.LegendPosition;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.theme.ChartStyle;

/** Clipping the axes to percentiles (review X2) draws every point: the ones beyond at the edge, marked, counted. */
class ClippedScatterTest {
    private static final int N = 1000;

    /** N points on a gentle line, and a few far outliers (under 1 % on each side) in x and in y. */
    private static ScatterFigure figure() {
        ScatterFigure f = new ScatterFigure();
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            double x = 1000 + i;
            double y = 60 + 0.1 * i;
            if (i % 250 == 7) {
                x = i % 2 == 0 ? 50_000 + i : -40_000 - i; // far beyond the x range, both sides
            }
            if (i % 300 == 11) {
                y = 5 - i / 300.0; // far below the y range
            }
            points.add(new ScorePoint(i, "a" + i, x, y, 100_000 + i, ""));
        }
        f.appendAll(points);
        f.refreshStatistics();
        f.setColourMode(ColourMode.NONE);
        return f;
    }

    /** Plotted indices outside the 1st..99th percentile of x or y, computed here without the figure's code. */
    private static Set<Integer> outsideByHand(ScatterData d, double low, double high) {
        int n = d.plottedCount();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = d.x(i);
            ys[i] = d.y(i);
        }
        double[] sx = xs.clone();
        double[] sy = ys.clone();
        Arrays.sort(sx);
        Arrays.sort(sy);
        double[] xr = {interpolate(sx, low), interpolate(sx, high)};
        double[] yr = {interpolate(sy, low), interpolate(sy, high)};
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (xs[i] < xr[0] || xs[i] > xr[1] || ys[i] < yr[0] || ys[i] > yr[1]) {
                out.add(i);
            }
        }
        return out;
    }

    private static double interpolate(double[] sorted, double p) {
        double pos = p / 100 * (sorted.length - 1);
        int lo = (int) pos;
        return sorted[lo] + (pos - lo) * (sorted[Math.min(sorted.length - 1, lo + 1)] - sorted[lo]);
    }

    private static String svg(ScatterFigure f, ChartRenderingInfo info) {
        JFreeChart chart = ScatterChartFactory.create(f, new ScatterDataset(f.data()), ChartStyle.PRINT,
                new FigureLayout(false, false, LegendPosition.NONE));
        SVGGraphics2D g = new SVGGraphics2D(600, 450);
        chart.draw(g, new Rectangle2D.Double(0, 0, 600, 450), info);
        return g.getSVGElement();
    }

    /** An open edge marker as JFreeSVG writes it: an unfilled path in its own group, inside the data area's clip. */
    private static final String TRIANGLE = "fill:none' clip-path='url\\(#[^)]*clip-2\\)'>";

    private static int count(String svg, String regex) {
        Matcher m = Pattern.compile(regex).matcher(svg);
        int c = 0;
        while (m.find()) {
            c++;
        }
        return c;
    }

    @Test
    void noPointIsDroppedAndTheEdgeMarkersAreExactlyThePointsOutsideThePercentiles() {
        ScatterFigure f = figure();
        String unclipped = svg(f, new ChartRenderingInfo());
        assertEquals(N, count(unclipped, "<ellipse"), "unclipped: one dot per point");
        assertEquals(0, count(unclipped, TRIANGLE));

        f.display().setClip(new ClipPercentiles(1, 99));
        f.displayChanged();
        ChartRenderingInfo info = new ChartRenderingInfo();
        String clipped = svg(f, info);
        Set<Integer> outside = outsideByHand(f.data(), 1, 99);
        assertTrue(outside.size() >= 20, "the test's data has points beyond the 1st and 99th percentiles");
        int dots = count(clipped, "<ellipse");
        int triangles = count(clipped, TRIANGLE);
        assertEquals(N, dots + triangles, "every point is drawn, clipped or not");
        assertEquals(outside.size(), triangles, "one edge marker per point beyond the percentiles");
        // and they are those points: the ones the renderer pins are exactly the ones outside, by index
        Rectangle2D area = info.getPlotInfo().getDataArea();
        PlotPositions at = PlotPositions.of(f.data(), ScatterChartFactory.create(f, new ScatterDataset(f.data()),
                ChartStyle.PRINT, new FigureLayout(false, false, LegendPosition.NONE)).getXYPlot(), area);
        for (int i = 0; i < N; i++) {
            assertEquals(outside.contains(i), at.pinned(i), "point " + i);
        }
        // each marker's tip is on the data area's edge
        Matcher tip = Pattern.compile(TRIANGLE + "<path d='M([-0-9.]+),([-0-9.]+)").matcher(clipped);
        while (tip.find()) {
            double x = Double.parseDouble(tip.group(1));
            double y = Double.parseDouble(tip.group(2));
            boolean onEdge = Math.abs(x - area.getMinX()) < 0.01 || Math.abs(x - area.getMaxX()) < 0.01
                    || Math.abs(y - area.getMinY()) < 0.01 || Math.abs(y - area.getMaxY()) < 0.01;
            assertTrue(onEdge, "tip " + x + "," + y + " on the edge of " + area);
        }
        // the axes span the percentiles (the x outliers at +-40,000 are no longer on it), statistics unchanged
        double lower = info.getPlotInfo().getDataArea().getWidth() > 0
                ? ScatterChartFactory.create(f, new ScatterDataset(f.data()), ChartStyle.PRINT).getXYPlot()
                        .getDomainAxis().getLowerBound() : Double.NaN;
        assertTrue(lower > 900, "x axis starts near the 1st percentile, not at the outliers: " + lower);
        assertTrue(f.subtitle().contains("axes clipped: " + outside.size() + " beyond 1st\u00a0to\u00a099th\u00a0pct., at the edge"),
                f.subtitle());
        RankCorrelations all = f.correlations();
        f.refreshStatistics();
        assertEquals(all, f.correlations());
        assertEquals(N, f.correlations().n(), "the statistics count every point");
    }

    @Test
    void clipPercentilesAreReadAndDescribed() {
        assertEquals(new ClipPercentiles(1, 99), ClipPercentiles.parse("1,99"));
        assertEquals("2.5th\u201397.5th percentile", ClipPercentiles.parse("2.5, 97.5").describe());
        assertEquals("1st\u201399th percentile", ClipPercentiles.DEFAULT.describe());
        assertEquals("11th", ClipPercentiles.ordinal(11));
        assertEquals("22nd", ClipPercentiles.ordinal(22));
        for (String bad : new String[] {"99,1", "1", "a,b", "-1,50", "5,101", "5,5"}) {
            try {
                ClipPercentiles.parse(bad);
                throw new AssertionError(bad + " was accepted");
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().length() > 10, bad);
            }
        }
    }
}
