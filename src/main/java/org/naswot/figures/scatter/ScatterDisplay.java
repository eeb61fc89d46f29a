package org.naswot.figures.scatter;

/**
 * How the scatter draws its points, beyond what they are: log axes, marker size and opacity, a column that colours
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

    public boolean logX() {
        return logX;
    }

    public void setLogX(boolean on) {
        logX = on;
    }

    public boolean logY() {
        return logY;
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
        if (!logX && !logY) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < d.plottedCount(); i++) {
            if (logX && d.x(i) <= 0 || logY && d.y(i) <= 0) {
                n++;
            }
        }
        return n;
    }
}
