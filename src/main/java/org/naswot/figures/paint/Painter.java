package org.naswot.figures.paint;

import java.awt.Graphics2D;

/**
 * Draws a view onto any {@link Graphics2D}: the screen (through FXGraphics2D on a JavaFX canvas), a
 * {@link java.awt.image.BufferedImage}, SVG (JFreeSVG) or PDF (OrsonPDF). One drawing code path for all
 * targets, so exported figures are exactly what the view shows.
 */
@FunctionalInterface
public interface Painter {

    /** Paints into the rectangle (0, 0, width, height) of {@code g}, in user units (pixels on screen, points in print). */
    void paint(Graphics2D g, double width, double height);

    /** Paints into {@code area} of {@code g} (an export's figure area), leaving {@code g} as it was. */
    default void paintIn(Graphics2D g, java.awt.geom.Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.translate(area.getX(), area.getY());
            paint(g2, area.getWidth(), area.getHeight());
        } finally {
            g2.dispose();
        }
    }
}
