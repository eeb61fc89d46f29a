package org.naswot.figures.scatter;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A linear axis whose label shrinks (down to {@link #MIN_SCALE} of its size) where it is longer than the data area's
 * side: a long label such as "rank by trained accuracy (1 = highest)" on a single-column figure otherwise ran past the
 * plot into the statistics line above it.
 */
final class FittingNumberAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    /** The smallest a label is drawn, as a share of its font size. */
    static final double MIN_SCALE = 0.7;
    /** The label's font while it is drawn smaller; null otherwise. */
    private transient Font drawing;

    FittingNumberAxis(String label) {
        super(label);
    }

    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                  RectangleEdge edge, AxisState state) {
        Font font = getLabelFont();
        if (label == null || label.isEmpty() || font == null) {
            return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
        }
        double side = RectangleEdge.isLeftOrRight(edge) ? dataArea.getHeight() : dataArea.getWidth();
        double scale = scale(g2.getFontMetrics(font).stringWidth(label), side);
        if (scale >= 1) {
            return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
        }
        // drawn smaller for this drawing only: the styled font stays, and no change event fires (a redraw loop)
        drawing = font.deriveFont((float) (font.getSize2D() * scale));
        try {
            return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
        } finally {
            drawing = null;
        }
    }

    /**
     * Over one value (one architecture, or all alike) the automatic range is 1e-8 wide and every tick read the same
     * ("9.1068E1" twenty times): such a range is widened to 5 % of the value each side, where ticks differ.
     */
    @Override
    protected void autoAdjustRange() {
        super.autoAdjustRange();
        org.jfree.data.Range r = getRange();
        double c = r.getCentralValue();
        if (r.getLength() < Math.max(1e-8, Math.abs(c) * 1e-6) * 1.5) {
            double pad = c == 0 ? 1 : Math.abs(c) * 0.05;
            setRange(new org.jfree.data.Range(c - pad, c + pad), false, false);
        }
    }

    @Override
    public Font getLabelFont() {
        return drawing != null ? drawing : super.getLabelFont();
    }

    /** The label's scale so that {@code width} fits {@code side}: 1 when it does, never below {@link #MIN_SCALE}. */
    static double scale(double width, double side) {
        if (width <= side || side <= 0) {
            return 1;
        }
        return Math.max(MIN_SCALE, side / width);
    }
}
