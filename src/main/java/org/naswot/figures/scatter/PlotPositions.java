package org.naswot.figures.scatter;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * Where each plotted point is drawn on the canvas: at its coordinates, or, when the axes are clipped
 * ({@link ScatterData#clip()}) and it lies beyond them, at the data area's edge on its side. The renderer draws there
 * and the window's hover and brushing find it there, so a pinned point is the same architecture everywhere.
 */
public final class PlotPositions {
    private final double[] x;
    private final double[] y;
    /** Per point, the canvas direction it lies beyond the axes in (-1, 0, +1 on each); null when nothing is clipped. */
    private final byte[] outX;
    private final byte[] outY;

    private PlotPositions(double[] x, double[] y, byte[] outX, byte[] outY) {
        this.x = x;
        this.y = y;
        this.outX = outX;
        this.outY = outY;
    }

    /** Every plotted point's position in {@code area} on {@code plot}'s axes. */
    public static PlotPositions of(ScatterData d, XYPlot plot, Rectangle2D area) {
        int n = d.plottedCount();
        double[] x = new double[n];
        double[] y = new double[n];
        AxisClip clip = d.clip();
        byte[] ox = clip == null ? null : new byte[n];
        byte[] oy = clip == null ? null : new byte[n];
        double[] at = new double[4];
        for (int i = 0; i < n; i++) {
            place(d, clip, plot, area, i, at);
            x[i] = at[0];
            y[i] = at[1];
            if (clip != null) {
                ox[i] = (byte) at[2];
                oy[i] = (byte) at[3];
            }
        }
        return new PlotPositions(x, y, ox, oy);
    }

    /** Plotted point {@code i}'s canvas position {x, y}, as {@link #of} places it. */
    public static double[] of(ScatterData d, XYPlot plot, Rectangle2D area, int i) {
        double[] at = new double[4];
        place(d, d.clip(), plot, area, i, at);
        return new double[] {at[0], at[1]};
    }

    /** {x, y, outward x, outward y} of point i into {@code at}. */
    private static void place(ScatterData d, AxisClip clip, XYPlot plot, Rectangle2D area, int i, double[] at) {
        ValueAxis xa = plot.getDomainAxis();
        ValueAxis ya = plot.getRangeAxis();
        int sideX = clip == null ? 0 : clip.sideX(d.x(i));
        int sideY = clip == null ? 0 : clip.sideY(d.y(i));
        at[0] = xa.valueToJava2D(sideX == 0 ? d.x(i) : edge(xa, sideX), area, plot.getDomainAxisEdge());
        at[1] = ya.valueToJava2D(sideY == 0 ? d.y(i) : edge(ya, sideY), area, plot.getRangeAxisEdge());
        // the canvas direction of "beyond": right or left, up or down, whichever way the axis runs
        at[2] = sideX == 0 ? 0 : Math.signum(at[0] - area.getCenterX());
        at[3] = sideY == 0 ? 0 : Math.signum(at[1] - area.getCenterY());
    }

    private static double edge(ValueAxis axis, int side) {
        return side < 0 ? axis.getLowerBound() : axis.getUpperBound();
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** Whether point i lies beyond the clipped axes (drawn at the edge with an outward triangle). */
    public boolean pinned(int i) {
        return outX != null && (outX[i] != 0 || outY[i] != 0);
    }

    /**
     * The outward triangle pinned point {@code i} is drawn as with dots of diameter {@code dot}, or null for a point
     * drawn as a dot: the hover and brushing find a pinned point anywhere on it, not only at its tip.
     */
    public java.awt.Shape edgeMarker(int i, double dot) {
        return pinned(i) ? EdgeMarkers.triangle(x[i], y[i], outX(i), outY(i), EdgeMarkers.size(dot)) : null;
    }

    /** The canvas direction point i lies beyond the axes in: -1, 0 or +1 across. */
    public int outX(int i) {
        return outX == null ? 0 : outX[i];
    }

    /** As {@link #outX(int)}, down the canvas. */
    public int outY(int i) {
        return outY == null ? 0 : outY[i];
    }
}
