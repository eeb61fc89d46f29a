package org.naswot.figures.scatter;

import java.util.Arrays;

/**
 * Axis ranges clipped to percentiles of the shown coordinates (review X2), and which points lie beyond them. Points
 * beyond are never dropped: the renderer draws them at the plot's edge with an outward triangle, and the caption
 * counts them. Statistics are computed on every point, whatever the axes show.
 */
public record AxisClip(double xLow, double xHigh, double yLow, double yHigh, ClipPercentiles percentiles,
                       int beyondCount) {

    /** The clip of the shown coordinates {@code x}, {@code y} (one entry per plotted point) at {@code p}. */
    static AxisClip of(double[] x, double[] y, ClipPercentiles p) {
        double[] sx = x.clone();
        double[] sy = y.clone();
        Arrays.sort(sx);
        Arrays.sort(sy);
        int n = x.length;
        double xl = ClipPercentiles.percentile(sx, n, p.low());
        double xh = ClipPercentiles.percentile(sx, n, p.high());
        double yl = ClipPercentiles.percentile(sy, n, p.low());
        double yh = ClipPercentiles.percentile(sy, n, p.high());
        int beyond = 0;
        for (int i = 0; i < n; i++) {
            beyond += side(x[i], xl, xh) != 0 || side(y[i], yl, yh) != 0 ? 1 : 0;
        }
        return new AxisClip(xl, xh, yl, yh, p, beyond);
    }

    /** -1 below {@code low}, +1 above {@code high}, 0 within. */
    static int side(double v, double low, double high) {
        return v < low ? -1 : v > high ? 1 : 0;
    }

    /** -1, 0 or +1: where x lies against the clipped x range. */
    public int sideX(double x) {
        return side(x, xLow, xHigh);
    }

    /** As {@link #sideX(double)} for y. */
    public int sideY(double y) {
        return side(y, yLow, yHigh);
    }

    public boolean beyond(double x, double y) {
        return sideX(x) != 0 || sideY(y) != 0;
    }

    /** For the caption, after "axes": "clipped: 3 beyond 1st to 99th pct., at the edge" (one line at 1280 px). */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "clipped: %,d beyond %s, at the edge", beyondCount,
                percentiles.shortDescribe());
    }

    /** "3 points beyond the axes, drawn at the edge" (1 point; 0 points). */
    public String beyondNote() {
        return String.format(java.util.Locale.ROOT, "%,d point%s beyond the axes, drawn at the edge", beyondCount,
                beyondCount == 1 ? "" : "s");
    }
}
