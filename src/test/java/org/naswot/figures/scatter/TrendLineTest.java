package org.naswot.figures.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.figures.model.ScorePoint;

/** The trend line is the least-squares fit on the axes as shown (log10 where an axis is logarithmic). */
class TrendLineTest {

    private static ScatterData data(double[] xs, double[] ys) {
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            points.add(new ScorePoint(i, "a" + i, xs[i], ys[i], 1000, ""));
        }
        ScatterData d = new ScatterData();
        d.appendAll(points);
        return d;
    }

    @Test
    void aKnownDataSetGivesItsSlopeInterceptAndR2() {
        // y = 2x + 1 plus residuals (+1, -1, -1, +1) that are orthogonal to x - mean(x): the fit is exactly 2x + 1
        double[] xs = {1, 2, 3, 4};
        double[] ys = {4, 4, 6, 10};
        TrendLine t = TrendLine.fit(data(xs, ys), false, false);
        assertEquals(2.0, t.slope(), 1e-12);
        assertEquals(1.0, t.intercept(), 1e-12);
        // R² = 1 - SSres/SStot = 1 - 4 / 24
        assertEquals(1 - 4.0 / 24, t.r2(), 1e-12);
        assertEquals(4, t.n());
        assertTrue(t.describe().startsWith("trend y = 2\u00b7x + 1 (R\u00b2 = 0.83"), t.describe());
    }

    @Test
    void onLogAxesTheFitIsOnLogarithmsAndLeavesOutWhatTheAxisCannotShow() {
        // y = 10 x^3: a straight line of slope 3 and intercept 1 on log-log axes; the x = -1 point is left out
        double[] xs = {1, 10, 100, -1};
        double[] ys = {10, 1e4, 1e7, 50};
        TrendLine t = TrendLine.fit(data(xs, ys), true, true);
        assertEquals(3.0, t.slope(), 1e-12);
        assertEquals(1.0, t.intercept(), 1e-12);
        assertEquals(3, t.n());
        assertTrue(t.describe().contains("log\u2081\u2080y = 3\u00b7log\u2081\u2080x + 1"), t.describe());
    }

    @Test
    void noLineThroughOnePointOrAVerticalCloud() {
        assertNull(TrendLine.fit(data(new double[] {1}, new double[] {2}), false, false));
        assertNull(TrendLine.fit(data(new double[] {3, 3, 3}, new double[] {1, 2, 3}), false, false));
    }

    @Test
    void theLegendNamesTheTrendOnlyWhenItIsOn() {
        ScatterFigure f = new ScatterFigure();
        f.appendAll(List.of(new ScorePoint(0, "a", 1, 4, 10, ""), new ScorePoint(1, "b", 2, 4, 10, ""),
                new ScorePoint(2, "c", 3, 6, 10, ""), new ScorePoint(3, "d", 4, 10, 10, "")));
        FastScatterRenderer r = new FastScatterRenderer(f, org.naswot.figures.theme.ChartStyle.LIGHT, 4);
        assertTrue(labels(r).stream().noneMatch(l -> l.startsWith("trend")));
        f.display().setTrend(true);
        assertTrue(labels(r).stream().anyMatch(l -> l.startsWith("trend y = 2\u00b7x + 1")), labels(r).toString());
    }

    private static List<String> labels(FastScatterRenderer r) {
        List<String> out = new ArrayList<>();
        org.jfree.chart.LegendItemCollection items = r.getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }
}
