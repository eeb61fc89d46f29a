package org.naswot.figures.paint;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A continuous viridis scale over [lower, upper], linear or logarithmic (for parameter counts spanning
 * decades). Also a JFreeChart {@link PaintScale}, so a {@code PaintScaleLegend} can draw its colour bar.
 */
public final class ColourScale implements PaintScale, java.io.Serializable {
    private final double lower;
    private final double upper;
    private final boolean log;
    /** Start of the colour map used: 0 for all of viridis, above 0 skips its darkest end. */
    private final double floor;

    public ColourScale(double lower, double upper, boolean log) {
        this(lower, upper, log, 0);
    }

    private ColourScale(double lower, double upper, boolean log, double floor) {
        if (!(upper >= lower)) {
            throw new IllegalArgumentException("upper < lower: " + lower + ", " + upper);
        }
        if (log && lower <= 0) {
            throw new IllegalArgumentException("a log scale needs positive bounds, got " + lower);
        }
        this.lower = lower;
        this.upper = upper;
        this.log = log;
        this.floor = floor;
    }

    /** The same scale drawn from {@code f} of viridis upwards (dark themes: the darkest purples would vanish). */
    public ColourScale withFloor(double f) {
        return new ColourScale(lower, upper, log, Math.max(0, Math.min(0.9, f)));
    }

    /** Where in viridis (0..1) value fraction {@code f} is drawn. */
    public double mapPosition(double f) {
        return floor + (1 - floor) * f;
    }

    /** Position of v in [0, 1]. */
    public double fraction(double v) {
        if (upper == lower) {
            return 0.5;
        }
        double f = log ? (Math.log(v) - Math.log(lower)) / (Math.log(upper) - Math.log(lower))
                : (v - lower) / (upper - lower);
        return Math.max(0, Math.min(1, f));
    }

    /** Table entry 0..255 for v. */
    public int bucket(double v) {
        return (int) Math.round(mapPosition(fraction(v)) * (ColourMaps.viridisSize() - 1));
    }

    public Color colour(double v) {
        return ColourMaps.viridis(mapPosition(fraction(v)));
    }

    public boolean isLog() {
        return log;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }
}
