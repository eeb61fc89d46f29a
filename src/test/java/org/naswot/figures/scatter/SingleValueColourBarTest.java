package org.naswot.figures.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.theme.ChartStyle;

/**
 * A colour bar over points that all have one value (one architecture, or equal parameter counts) says the value once,
 * "all 0.001M", never "0.001M … 0.0010001M" (two numbers for one value, from a range widened around it).
 */
class SingleValueColourBarTest {

    private static ScatterFigure figure(long... params) {
        ScatterFigure f = new ScatterFigure();
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < params.length; i++) {
            points.add(new ScorePoint(i, "a" + i, 1000 + 10 * i, 60 + i, params[i], ""));
        }
        f.appendAll(points);
        f.refreshStatistics();
        return f;
    }

    /** The tick labels the colour bar's axis draws, after the chart was drawn once (as on screen). */
    private static List<String> barLabels(ScatterFigure f) {
        JFreeChart chart = ScatterChartFactory.create(f, new ScatterDataset(f.data()), ChartStyle.LIGHT);
        SVGGraphics2D svg = new SVGGraphics2D(800, 500);
        chart.draw(svg, new Rectangle2D.Double(0, 0, 800, 500));
        PaintScaleLegend bar = null;
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof PaintScaleLegend l) {
                bar = l;
            }
        }
        assertNotNull(bar, "a colour bar");
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        List<String> labels = new ArrayList<>();
        for (Object t : bar.getAxis().refreshTicks(g, new AxisState(), new Rectangle2D.Double(0, 0, 12, 400),
                RectangleEdge.RIGHT)) {
            String text = ((ValueTick) t).getText();
            if (text != null && !text.isEmpty()) {
                assertTrue(svg.getSVGElement().contains(">" + text + "<"), "drawn: " + text);
                labels.add(text);
            } else if (t instanceof LogTick log && log.getAttributedLabel() != null) {
                // a log axis's labels are attributed strings
                StringBuilder b = new StringBuilder();
                AttributedCharacterIterator it = log.getAttributedLabel().getIterator();
                for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
                    b.append(c);
                }
                labels.add(b.toString());
            }
        }
        g.dispose();
        return labels;
    }

    /** The numbers the labels name ("all 0.001M" and "0.001M" name the same one). */
    private static Set<Double> numbers(List<String> labels) {
        Set<Double> out = new TreeSet<>();
        for (String l : labels) {
            out.add(Double.parseDouble(l.replace("all ", "").replace("M", "").replace(",", "")));
        }
        return out;
    }

    @Test
    void oneArchitectureOrEqualParameterCountsShowTheOneValueOnce() {
        for (ScatterFigure f : List.of(figure(1000), figure(1000, 1000, 1000))) {
            f.setColourMode(ColourMode.PARAMS);
            List<String> labels = barLabels(f);
            assertEquals(List.of("all 0.001M"), labels);
        }
    }

    @Test
    void aColumnWithOneValueForEveryPointShowsItOnce() {
        ScatterFigure f = figure(1000, 2000, 3000);
        f.display().setColourBy(new ScatterEncoding("flops", i -> 7.25));
        f.setColourMode(ColourMode.COLUMN);
        List<String> labels = barLabels(f);
        assertEquals(1, labels.size(), "one label: " + labels);
        assertEquals(Set.of(7.25), numbers(labels), labels.toString());
        assertTrue(labels.get(0).startsWith("all "), labels.toString());
    }

    @Test
    void aRealRangeStillHasTicksThatReadDifferently() {
        ScatterFigure f = figure(100_000, 1_000_000);
        f.setColourMode(ColourMode.PARAMS);
        List<String> labels = barLabels(f);
        assertTrue(labels.size() >= 3 && !labels.get(0).startsWith("all"), labels.toString());
        assertEquals(labels.size(), numbers(labels).size(), "no label twice: " + labels);
        f.display().setColourBy(new ScatterEncoding("flops", i -> 10.0 * i));
        f.setColourMode(ColourMode.COLUMN);
        List<String> column = barLabels(f);
        assertTrue(column.size() >= 3 && numbers(column).size() == column.size(), column.toString());
    }

    @Test
    void aSizeColumnWithOneValueIsSaidOnceInTheLegend() {
        ScatterFigure f = figure(1000, 2000);
        f.display().setSizeBy(new ScatterEncoding("flops", i -> 3.5));
        FastScatterRenderer r = new FastScatterRenderer(f, ChartStyle.LIGHT, 4);
        boolean found = false;
        org.jfree.chart.LegendItemCollection items = r.getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            String label = items.get(i).getLabel();
            if (label.startsWith("size:")) {
                assertEquals("size: flops all 3.500", label);
                found = true;
            }
        }
        assertTrue(found, "a size legend entry");
    }
}
