package org.naswot.figures.paint;

import java.awt.RenderingHints;

/** Rendering hints of our own that a caller sets on the Graphics2D it hands a painter. */
public final class FigureHints {
    private FigureHints() {
    }

    /**
     * {@code Boolean.TRUE}: draw value matrices (kernel heatmaps) as one lossless image even on a vector target. A
     * vector PDF draws a 128-image kernel as up to 16,384 rectangles (about 300 KB a page); lecture slides of 80 steps
     * reached 20-40 MB that way. Single figures stay vector unless a caller asks.
     */
    public static final RenderingHints.Key MATRIX_AS_IMAGE = new RenderingHints.Key(0x6e617377) {
        @Override
        public boolean isCompatibleValue(Object value) {
            return value instanceof Boolean;
        }

        @Override
        public String toString() {
            return "NASWOT matrices as images";
        }
    };
}
