package org.naswot.figures.scatter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.export.LegendPosition;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.theme.ChartStyle;

/**
 * A point beyond the clipped axes that is also in the top 10: its ring went over its edge triangle (an opaque dot and
 * a ring at the tip), so which way it points could not be seen. The ring now goes round the triangle, clear of it,
 * and nothing is filled over it, in SVG (and so PDF) as on screen, which draw with the same code.
 */
class EdgeMarkerRingTest {

    /** 1,000 points; the ten highest scores lie beyond the 99th percentile of x, at well-apart accuracies. */
    private static ScatterFigure figure() {
        ScatterFigure f = new ScatterFigure();
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            points.add(new ScorePoint(i, "a" + i, 1000 + i, 60 + 0.03 * ((i * 37) % 1000), 100_000 + i, ""));
        }
        for (int k = 0; k < 3; k++) {
            points.add(new ScorePoint(1000 + k, "far" + k, 1e6 + k, 64 + 6 * k, 100_000, ""));
        }
        f.appendAll(points);
        f.refreshStatistics();
        f.setColourMode(ColourMode.NONE);
        f.display().setClip(ClipPercentiles.DEFAULT);
        f.displayChanged();
        return f;
    }

    /** One drawn shape: a triangle's corners or an ellipse, whether filled, its outline's width. */
    private record Drawn(boolean ellipse, double[] xy, boolean filled, double stroke) {
        double cx() {
            return xy[0];
        }

        double cy() {
            return xy[1];
        }

        double r() {
            return xy[2];
        }
    }

    /** JFreeSVG writes an ellipse with its style, an outline path inside a group that carries the style. */
    private static final Pattern ELEMENT = Pattern.compile(
            "<ellipse ([^>]*)>|<g style='([^']*)'[^>]*>\\s*<path d='([^']*)'");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?(?:E-?[0-9]+)?");

    /** The ellipses and open triangles of {@code svg}, in the order drawn. */
    private static List<Drawn> drawn(String svg) {
        List<Drawn> out = new ArrayList<>();
        Matcher m = ELEMENT.matcher(svg);
        while (m.find()) {
            boolean ellipse = m.group(1) != null;
            String style = ellipse ? styleOf(m.group(1)) : m.group(2);
            boolean filled = !style.replace(" ", "").contains("fill:none");
            Matcher w = Pattern.compile("stroke-width: ?([0-9.]+)").matcher(style);
            double stroke = w.find() ? Double.parseDouble(w.group(1)) : 0;
            if (ellipse) {
                out.add(new Drawn(true, new double[] {attr(m.group(1), "cx"), attr(m.group(1), "cy"),
                    attr(m.group(1), "rx")}, filled, stroke));
                continue;
            }
            List<Double> xy = new ArrayList<>();
            Matcher n = NUMBER.matcher(m.group(3));
            while (n.find()) {
                xy.add(Double.parseDouble(n.group()));
            }
            if (!filled && xy.size() == 6) {
                out.add(new Drawn(false, xy.stream().mapToDouble(Double::doubleValue).toArray(), false, stroke));
            }
        }
        return out;
    }

    private static String styleOf(String attrs) {
        Matcher m = Pattern.compile("style='([^']*)'").matcher(attrs);
        return m.find() ? m.group(1) : "";
    }

    private static double attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "='([-0-9.E]+)'").matcher(attrs);
        assertTrue(m.find(), name + " in " + attrs);
        return Double.parseDouble(m.group(1));
    }

    private static boolean overlaps(Drawn ellipse, Drawn triangle) {
        double r = ellipse.r() + ellipse.stroke() / 2;
        for (int c = 0; c < 3; c++) {
            if (Math.hypot(triangle.xy()[2 * c] - ellipse.cx(), triangle.xy()[2 * c + 1] - ellipse.cy()) <= r) {
                return true;
            }
        }
        return false;
    }

    /** Every corner inside the ring's inner edge, clear of the triangle's outline. */
    private static boolean encloses(Drawn ring, Drawn triangle) {
        double inner = ring.r() - ring.stroke() / 2 - triangle.stroke() / 2;
        for (int c = 0; c < 3; c++) {
            if (Math.hypot(triangle.xy()[2 * c] - ring.cx(), triangle.xy()[2 * c + 1] - ring.cy()) > inner) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aTopTenRingGoesRoundItsEdgeTriangleAndNothingCoversIt() {
        ScatterFigure f = figure();
        for (int i : f.topKPlotted()) {
            assertTrue(f.data().clip().beyond(f.data().x(i), f.data().y(i)), "the top 10 are all beyond the x axis");
        }
        JFreeChart chart = ScatterChartFactory.create(f, new ScatterDataset(f.data()), ChartStyle.PRINT,
                new FigureLayout(false, true, LegendPosition.NONE));
        SVGGraphics2D g = new SVGGraphics2D(600, 450);
        chart.draw(g, new Rectangle2D.Double(0, 0, 600, 450));
        List<Drawn> shapes = drawn(g.getSVGElement());
        int triangles = 0;
        int ringed = 0;
        for (int t = 0; t < shapes.size(); t++) {
            Drawn tri = shapes.get(t);
            if (tri.ellipse()) {
                continue;
            }
            triangles++;
            boolean hasRing = false;
            for (Drawn later : shapes.subList(t + 1, shapes.size())) {
                if (!later.ellipse() || !overlaps(later, tri)) {
                    continue;
                }
                assertFalse(later.filled(), "nothing filled over an edge triangle");
                assertTrue(encloses(later, tri), "a ring round an edge triangle clears it, not crosses it");
                hasRing = true;
            }
            ringed += hasRing ? 1 : 0;
        }
        assertTrue(triangles >= 10, "the top 10 and more are edge triangles: " + triangles);
        assertTrue(ringed >= 10, "each of the top 10 is ringed: " + ringed);
    }
}
