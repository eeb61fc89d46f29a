package org.naswot.figures.scatter;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.naswot.figures.paint.ColourScale;

/**
 * A colour bar's axis where every plotted point has the same value (one architecture, or equal parameter counts): one
 * tick, "all 0.001M". An axis needs a range, and ticks over a range widened around one value read as two different
 * numbers ("0.001M … 0.0010001M") for what is one.
 */
final class SingleValueAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private final double value;
    private final String text;

    /** The axis named {@code label} around {@code value}, whose one tick reads "all " + {@code shown}. */
    SingleValueAxis(String label, double value, String shown) {
        super(label);
        this.value = value;
        this.text = "all " + shown;
        double pad = Math.max(1e-9, Math.abs(value) * 1e-3);
        setRange(value - pad, value + pad);
    }

    /**
     * The bar's colours over this axis's (widened) range: the one colour {@code scale} gives the value everywhere, so
     * the bar shows only what the points are drawn in.
     */
    PaintScale oneColour(ColourScale scale) {
        return new OneColour(getLowerBound(), getUpperBound(), scale.getPaint(value));
    }

    private record OneColour(double lower, double upper, Paint paint) implements PaintScale, java.io.Serializable {
        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double v) {
            return paint;
        }
    }

    /** The tick's text: "all " and the value. */
    String text() {
        return text;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        // as NumberAxis anchors its labels on each side
        TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT
                : edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT
                : edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        return List.of(new NumberTick(value, text, anchor, TextAnchor.CENTER, 0.0));
    }
}
