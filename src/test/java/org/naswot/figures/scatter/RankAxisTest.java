package org.naswot.figures.scatter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.figures.model.ScorePoint;

/** The rank-vs-rank scatter (review X5): ranks 1 = highest, ties averaged, statistics and architectures unchanged. */
class RankAxisTest {

    @Test
    void theHighestValueRanksFirstAndTiesShareTheirAverageRank() {
        double[] v = {3.0, 9.0, 5.0, 9.0, 1.0, 5.0, 5.0};
        // 9, 9 share ranks 1 and 2; 5, 5, 5 share 3, 4, 5; then 3 and 1
        assertArrayEquals(new double[] {6, 1.5, 4, 1.5, 7, 4, 4}, RankAxis.descendingRanks(v, v.length), 0.0);
        assertArrayEquals(new double[] {2, 1}, RankAxis.descendingRanks(new double[] {1, 2, 99}, 2), 0.0,
                "only the first n values");
    }

    private static ScatterFigure figure() {
        ScatterFigure f = new ScatterFigure();
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            // scores and accuracies that disagree now and then, and one tie in accuracy
            double score = 1500 + 7 * ((i * 13) % 50);
            double accuracy = i == 3 ? 70.0 + 0.2 * 4 : 70 + 0.2 * i;
            points.add(new ScorePoint(i, "a" + i, score, accuracy, 1000 + i, ""));
        }
        points.add(new ScorePoint(50, "singular", Double.NEGATIVE_INFINITY, 80, 1000, ""));
        points.add(new ScorePoint(51, "untrained", 1600, Double.NaN, 1000, ""));
        f.appendAll(points);
        f.refreshStatistics();
        return f;
    }

    @Test
    void onRanksEachPlottedPointIsAtItsRanksWithTheSameStatisticsAndLabelsThatSaySo() {
        ScatterFigure f = figure();
        ScatterData d = f.data();
        String title = f.title();
        RankCorrelations values = f.correlations();
        double[] scoreRanks = RankAxis.descendingRanks(d.xsCopy(), d.plottedCount());
        f.display().setLogX(true);
        f.display().setRanks(true);
        f.displayChanged();
        assertEquals(50, d.plottedCount(), "the singular and the untrained points are not plotted, as on values");
        for (int i = 0; i < d.plottedCount(); i++) {
            assertEquals(scoreRanks[i], d.x(i), 0.0, "x is the rank by score");
            assertEquals(1500 + 7 * ((d.plottedPoint(i).index() * 13) % 50), d.valueX(i), 0.0, "the value is kept");
        }
        // the best accuracy is rank 1, the worst rank 50; accuracies 70.8 (points 3 and 4) share 46 and 47
        int best = d.plottedIndexOf(d.point(49));
        assertEquals(1, d.y(best), 0.0);
        assertEquals(46.5, d.y(d.plottedIndexOf(d.point(3))), 0.0);
        assertEquals(46.5, d.y(d.plottedIndexOf(d.point(4))), 0.0);
        assertEquals(50, d.y(d.plottedIndexOf(d.point(0))), 0.0);
        assertEquals("rank by NASWOT score (1 = highest)", f.xAxisLabel());
        assertEquals("rank by trained accuracy (1 = highest)", f.yAxisLabel());
        assertEquals("score  log|det K|", f.xLabel(), "the values' label is kept for the way back");
        assertFalse(f.display().logX(), "no log axis on ranks");
        f.refreshStatistics();
        assertEquals(values, f.correlations(), "tau and rho are rank statistics: the same numbers");
        assertEquals(title, f.title());
        assertTrue(f.subtitle().contains("axes: ranks (ties averaged)"), f.subtitle());
        assertEquals(1, d.minX(), 0.0);
        assertEquals(50, d.maxX(), 0.0);

        f.display().setRanks(false);
        f.displayChanged();
        assertTrue(f.display().logX(), "the log choice is back with the values");
        assertEquals("score  log|det K|", f.xAxisLabel());
        assertEquals(d.valueX(7), d.x(7), 0.0);
    }

    @Test
    void aProxyOnRanksIsNamedAndTheCsvCarriesTheRanks() {
        ScatterFigure f = figure();
        f.setMeasure("synflow");
        f.display().setRanks(true);
        f.displayChanged();
        assertEquals("rank by synflow (1 = highest)", f.xAxisLabel());
        var csv = f.toCsv();
        int xr = csv.header().indexOf("x_rank");
        int yr = csv.header().indexOf("y_rank");
        assertTrue(xr > 0 && yr == xr + 1, csv.header().toString());
        for (int r = 0; r < csv.rows().size(); r++) {
            List<String> row = csv.rows().get(r);
            int i = f.data().plottedIndexOf(f.data().point(r));
            assertEquals(i < 0 ? "" : Double.toString(f.data().x(i)), row.get(xr), "row " + r);
            assertEquals(i < 0 ? "" : Double.toString(f.data().y(i)), row.get(yr), "row " + r);
        }
    }

    @Test
    void aLabelLongerThanItsAxisIsDrawnSmallerDownToSevenTenths() {
        assertEquals(1, FittingNumberAxis.scale(300, 400), 0.0);
        assertEquals(0.8, FittingNumberAxis.scale(500, 400), 1e-12);
        assertEquals(FittingNumberAxis.MIN_SCALE, FittingNumberAxis.scale(2000, 400), 0.0);
        // the scatter's linear axes are such axes; the styled font is what the chart keeps
        ScatterFigure f = figure();
        f.display().setRanks(true);
        f.displayChanged();
        org.jfree.chart.JFreeChart chart = ScatterChartFactory.create(f, new ScatterDataset(f.data()),
                org.naswot.figures.theme.ChartStyle.PRINT, org.naswot.figures.export.FigureLayout.PAPER);
        assertTrue(chart.getXYPlot().getRangeAxis() instanceof FittingNumberAxis);
        java.awt.Font styled = chart.getXYPlot().getRangeAxis().getLabelFont();
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(252, 189,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = img.createGraphics();
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 252, 189));
        g.dispose();
        assertEquals(styled, chart.getXYPlot().getRangeAxis().getLabelFont(), "drawing smaller changes no setting");
    }
}
