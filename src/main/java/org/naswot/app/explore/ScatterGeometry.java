package org.naswot.app.explore;

import java.awt.geom.Rectangle2D;
import javafx.geometry.Point2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.naswot.figures.scatter.FastScatterRenderer;
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

    /**
     * Whether (x, y) is on the data area, its right and bottom edges included (the tips of the markers of points
     * beyond clipped axes lie on them; {@link Rectangle2D#contains} leaves those edges out) and a pixel beyond.
     */
    static boolean onDataArea(Rectangle2D area, double x, double y) {
        return x >= area.getMinX() - 1 && x <= area.getMaxX() + 1 && y >= area.getMinY() - 1 && y <= area.getMaxY() + 1;
    }

    /**
     * Index of the plotted point nearest to (x, y) within {@code radius} pixels, or -1. A point beyond clipped axes is
     * found anywhere on the triangle drawn for it at the edge (tip to base), nearest its middle where markers overlap.
     */
    static int nearest(XYPlot plot, Rectangle2D area, ScatterData d, double x, double y, double radius) {
        // where the renderer draws each point: a point beyond clipped axes is found at the edge it is drawn on
        PlotPositions at = PlotPositions.of(d, plot, area);
        double dot = plot.getRenderer() instanceof FastScatterRenderer r ? r.drawnDot() : radius / 2;
        int best = -1;
        double bestD = radius * radius;
        for (int i = 0; i < d.plottedCount(); i++) {
            java.awt.Shape marker = at.edgeMarker(i, dot);
            if (marker != null && onMarker(marker, x, y)) {
                Rectangle2D b = marker.getBounds2D();
                // under any dot's distance: the pointer is on this marker
                double dd = Math.pow(b.getCenterX() - x, 2) + Math.pow(b.getCenterY() - y, 2) - 1e9;
                if (dd < bestD) {
                    bestD = dd;
                    best = i;
                }
                continue;
            }
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

    /** Whether (x, y) is inside the triangle or on its outline (two pixels wide, about what is drawn). */
    private static boolean onMarker(java.awt.Shape marker, double x, double y) {
        return marker.contains(x, y) || new java.awt.BasicStroke(2.5f).createStrokedShape(marker).contains(x, y);
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
