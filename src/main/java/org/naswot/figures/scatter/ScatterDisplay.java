package org.naswot.figures.scatter;

/**
 * How the scatter draws its points, beyond what they are: values or ranks on the axes, log axes, axes clipped to
 * percentiles, marker size and opacity, a column that colours
 * (with {@link ColourMode#COLUMN}) or sizes them, and the trend line. Shared by the screen chart and every export, so a
 * saved figure shows the same encoding. One thread at a time.
 */
public final class ScatterDisplay {
    /** The marker's default opacity (as before these settings existed: 200 of 255). */
    public static final double DEFAULT_ALPHA = 200 / 255.0;
    private boolean logX;
    private boolean logY;
    private double markerScale = 1;
    private double alpha = DEFAULT_ALPHA;
    private boolean trend;
    private ScatterEncoding colourBy;
    private ScatterEncoding sizeBy;
    private org.naswot.figures.export.LegendPosition legend = org.naswot.figures.export.LegendPosition.BELOW;
    private boolean ranks;
    private ClipPercentiles clip;

    /** A log x axis as drawn: never on ranks, whatever was chosen (the choice itself is kept for the values). */
    public boolean logX() {
        return logX && !ranks;
    }

    public void setLogX(boolean on) {
        logX = on;
    }

    /** As {@link #logX()}. */
    public boolean logY() {
        return logY && !ranks;
    }

    /** Whether the axes show each architecture's rank (1 = highest) by x and by y instead of the values. */
    public boolean ranks() {
        return ranks;
    }

    public void setRanks(boolean on) {
        ranks = on;
    }

    /** The percentiles the axes are clipped to (points beyond drawn at the edge), or null: the axes fit every point. */
    public ClipPercentiles clip() {
        return clip;
    }

    public void setClip(ClipPercentiles percentiles) {
        clip = percentiles;
    }

    public void setLogY(boolean on) {
        logY = on;
    }

    /** Dot diameter as a multiple of the style's default, 0.25 to 4. */
    public double markerScale() {
        return markerScale;
    }

    public void setMarkerScale(double s) {
        markerScale = Math.max(0.25, Math.min(4, s));
    }

    /** Opacity of the dots, 0.05 to 1. */
    public double alpha() {
        return alpha;
    }

    public void setAlpha(double a) {
        alpha = Math.max(0.05, Math.min(1, a));
    }

    public int alpha255() {
        return (int) Math.round(alpha * 255);
    }

    public boolean trend() {
        return trend;
    }

    public void setTrend(boolean on) {
        trend = on;
    }

    /** The column that colours the points in {@link ColourMode#COLUMN}, or null. */
    public ScatterEncoding colourBy() {
        return colourBy;
    }

    public void setColourBy(ScatterEncoding e) {
        colourBy = e;
    }

    /** The column that sizes the points, or null (one size). */
    public ScatterEncoding sizeBy() {
        return sizeBy;
    }

    public void setSizeBy(ScatterEncoding e) {
        sizeBy = e;
    }

    /** Where the window's legend goes, and an export's unless its dialog names another (review X4). */
    public org.naswot.figures.export.LegendPosition legend() {
        return legend;
    }

    /** {@code AS_SHOWN} or null: below the plot, as before the choice existed. */
    public void setLegend(org.naswot.figures.export.LegendPosition where) {
        legend = where == null || where == org.naswot.figures.export.LegendPosition.AS_SHOWN
                ? org.naswot.figures.export.LegendPosition.BELOW : where;
    }

    /** How many plotted points a log axis cannot show (a coordinate at or below zero). */
    public int hiddenByLogAxes(ScatterData d) {
        if (!logX() && !logY()) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < d.plottedCount(); i++) {
            if (logX() && d.x(i) <= 0 || logY() && d.y(i) <= 0) {
                n++;
            }
        }
        return n;
    }
}
