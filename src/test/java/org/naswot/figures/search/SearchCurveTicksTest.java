package org.naswot.figures.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.search.BestSoFar;

/**
 * The best-so-far curve counts queries in whole numbers on its axis (the walk saw 0.0, 0.2 ... 3.0 for a 3-query
 * search); seconds keep fractional ticks.
 */
class SearchCurveTicksTest {
    private static final List<SearchSeries> THREE_QUERIES = List.of(new SearchSeries("naswot, N = 3", false,
            List.of(new BestSoFar(new double[] {1, 2, 3}, new double[] {0.4, 0.9, 1.3}, new double[] {86, 88, 88}),
                    new BestSoFar(new double[] {1, 2, 3}, new double[] {0.5, 1.0, 1.4}, new double[] {84, 87, 89}))));

    @Test
    void queriesTickInWholeNumbersSecondsNeedNot() {
        double queries = drawnTickSize(CurveBands.Axis.QUERIES);
        assertTrue(queries >= 1 && queries == Math.rint(queries), "query tick " + queries);
        assertTrue(drawnTickSize(CurveBands.Axis.SECONDS) < 1, "seconds keep fractional ticks");
    }

    private static double drawnTickSize(CurveBands.Axis axis) {
        JFreeChart chart = new SearchCurveFigure(THREE_QUERIES, axis, "CIFAR-10 validation", null)
                .chart(ChartStyle.LIGHT);
        BufferedImage image = new BufferedImage(540, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 540, 480));
        g.dispose();
        NumberAxis x = (NumberAxis) chart.getXYPlot().getDomainAxis();
        return x.getTickUnit().getSize();
    }
}
