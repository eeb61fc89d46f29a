package org.naswot.figures.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.theme.ChartStyle;

/**
 * A scatter of one architecture (or of points all at one value) labelled every tick of its axes the same, "9.1068E1"
 * twenty times: the automatic range over one value was 1e-8 wide. Each tick now reads differently, around the value.
 */
class OnePointAxesTest {

    private static List<String> labels(ValueAxis axis, Graphics2D g, RectangleEdge edge) {
        List<String> out = new ArrayList<>();
        Rectangle2D area = new Rectangle2D.Double(60, 20, 700, 500);
        for (Object t : axis.refreshTicks(g, new AxisState(), area, edge)) {
            String text = ((ValueTick) t).getText();
            if (text != null && !text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    @Test
    void theAxesOfOnePointHaveTicksThatReadDifferentlyAroundIt() {
        ScatterFigure f = new ScatterFigure();
        f.appendAll(List.of(new ScorePoint(1, "one", 1651.517, 91.068, 590_000, "")));
        f.refreshStatistics();
        JFreeChart chart = ScatterChartFactory.create(f, new ScatterDataset(f.data()), ChartStyle.LIGHT);
        BufferedImage img = new BufferedImage(800, 560, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, 800, 560));
            XYPlot plot = chart.getXYPlot();
            for (ValueAxis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
                List<String> ticks = labels(axis, g, axis == plot.getDomainAxis() ? RectangleEdge.BOTTOM
                        : RectangleEdge.LEFT);
                assertTrue(ticks.size() >= 2, axis.getLabel() + ": " + ticks);
                assertEquals(ticks.size(), new HashSet<>(ticks).size(), "no tick label twice on " + axis.getLabel()
                        + ": " + ticks);
                assertTrue(axis.getRange().contains(axis == plot.getDomainAxis() ? 1651.517 : 91.068),
                        "the point is on the axis: " + axis.getRange());
            }
        } finally {
            g.dispose();
        }
    }
}
