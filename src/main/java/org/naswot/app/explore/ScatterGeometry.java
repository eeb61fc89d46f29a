package org.naswot.app.explore;

import java.awt.geom.Rectangle2D;
import javafx.geometry.Point2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.naswot.figures.scatter.PlotPositions;
import org.naswot.figures.scatter.ScatterData;

/** Between canvas pixels and plotted values: where a point is drawn, which point is under the pointer, zooming. */
final class ScatterGeometry {
    private ScatterGeometry() {
    }

    /** Canvas position of plotted point {@code i} in the data area. */
    static Point2D positionOf(XYPlot plot, Rectangle2D area, ScatterData data, int i) {
        double[] at = PlotPositions.of(data, plot, area, i);
        return new Point2D(at[0], at[1]);
    }

    /** Index of the plotted point nearest to (x, y) within {@code radius} pixels, or -1. */
    static int nearest(XYPlot plot, Rectangle2D area, ScatterData d, double x, double y, double radius) {
        // where the renderer draws each point: a point beyond clipped axes is found at the edge it is drawn on
        PlotPositions at = PlotPositions.of(d, plot, area);
        int best = -1;
        double bestD = radius * radius;
        for (int i = 0; i < d.plottedCount(); i++) {
            double dx = at.x(i) - x;
            if (Math.abs(dx) > radius) {
                continue;
            }
            double dy = at.y(i) - y;
            double dd = dx * dx + dy * dy;
            if (dd <= bestD) {
                bestD = dd;
                best = i;
            }
        }
        return best;
    }

    /** Scales both axes' ranges by {@code factor} about the data point under (x, y), clamped to the data area. */
    /** As below, in the data area of the last rendering; nothing before the chart was drawn once. */
    static void zoomAt(org.jfree.chart.ChartRenderingInfo info, XYPlot plot, double x, double y, double factor) {
        if (info != null && !info.getPlotInfo().getDataArea().isEmpty()) {
            zoomAt(plot, info.getPlotInfo().getDataArea(), x, y, factor);
        }
    }

    static void zoomAt(XYPlot plot, Rectangle2D area, double x, double y, double factor) {
        double px = Math.max(area.getMinX(), Math.min(area.getMaxX(), x));
        double py = Math.max(area.getMinY(), Math.min(area.getMaxY(), y));
        zoomAxis(plot.getDomainAxis(), plot.getDomainAxis().java2DToValue(px, area, plot.getDomainAxisEdge()), factor);
        zoomAxis(plot.getRangeAxis(), plot.getRangeAxis().java2DToValue(py, area, plot.getRangeAxisEdge()), factor);
    }

    private static void zoomAxis(ValueAxis axis, double anchor, double factor) {
        Range r = axis.getRange();
        double lo = anchor - (anchor - r.getLowerBound()) * factor;
        double hi = anchor + (r.getUpperBound() - anchor) * factor;
        if (hi > lo) {
            axis.setRange(lo, hi);
        }
    }

    /** Keeps a zoom: the ranges of axes that are not auto-ranged. */
    static void copyRanges(XYPlot from, XYPlot to) {
        if (!from.getDomainAxis().isAutoRange()) {
            to.getDomainAxis().setRange(from.getDomainAxis().getRange());
        }
        if (!from.getRangeAxis().isAutoRange()) {
            to.getRangeAxis().setRange(from.getRangeAxis().getRange());
        }
    }
}
