package org.naswot.figures.scatter;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.naswot.figures.theme.ChartStyle;

/** Draws the scatter's trend line ({@link TrendLine}) across the visible x range, clipped to the data area. */
final class TrendLines {
    private TrendLines() {
    }

    static void draw(Graphics2D g2, ScatterFigure model, XYPlot plot, Rectangle2D area, ChartStyle style, double dot) {
        ScatterDisplay display = model.display();
        if (!display.trend()) {
            return;
        }
        TrendLine t = TrendLine.fit(model.data(), display.logX(), display.logY());
        if (t == null) {
            return;
        }
        ValueAxis xAxis = plot.getDomainAxis();
        ValueAxis yAxis = plot.getRangeAxis();
        double lo = xAxis.getLowerBound();
        double hi = xAxis.getUpperBound();
        if (t.logX() && lo <= 0) {
            lo = hi / 1e6;
        }
        // straight on the plot: two ends suffice, on the axes' own scales
        double x0 = xAxis.valueToJava2D(lo, area, plot.getDomainAxisEdge());
        double x1 = xAxis.valueToJava2D(hi, area, plot.getDomainAxisEdge());
        double y0 = yAxis.valueToJava2D(unscale(t.at(scale(lo, t.logX())), t.logY()), area, plot.getRangeAxisEdge());
        double y1 = yAxis.valueToJava2D(unscale(t.at(scale(hi, t.logX())), t.logY()), area, plot.getRangeAxisEdge());
        Shape clip = g2.getClip();
        g2.clip(area);
        g2.setPaint(style.foreground());
        g2.setStroke(new BasicStroke((float) Math.max(1.2, dot * 0.3), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 4f}, 0f));
        g2.draw(new Line2D.Double(x0, y0, x1, y1));
        g2.setClip(clip);
    }

    private static double scale(double v, boolean log) {
        return log ? Math.log10(v) : v;
    }

    private static double unscale(double v, boolean log) {
        return log ? Math.pow(10, v) : v;
    }
}
