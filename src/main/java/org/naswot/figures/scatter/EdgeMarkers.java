package org.naswot.figures.scatter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;

/**
 * The points beyond clipped axes (review X2): each drawn at the plot's edge as an open triangle pointing out, in its
 * colour, so a clipped plot hides no point and none is mistaken for one inside the range.
 */
final class EdgeMarkers {
    private EdgeMarkers() {
    }

    /** Draws the pinned points of {@code at}, each in its colour bucket's colour (opaque). */
    static void draw(Graphics2D g2, PlotPositions at, Color[] palette, int[] key, double dot) {
        int n = key.length;
        double size = size(dot);
        g2.setStroke(new BasicStroke((float) stroke(dot)));
        for (int i = 0; i < n; i++) {
            if (!at.pinned(i)) {
                continue;
            }
            Color c = palette[key[i]];
            g2.setPaint(new Color(c.getRed(), c.getGreen(), c.getBlue()));
            g2.draw(triangle(at.x(i), at.y(i), at.outX(i), at.outY(i), size));
        }
    }

    /** A marker's height (tip to base) for dots of diameter {@code dot}. */
    static double size(double dot) {
        return Math.max(5, dot * 1.8);
    }

    /** The width of a marker's outline. */
    static double stroke(double dot) {
        return Math.max(1.1, dot * 0.3);
    }

    /** Where the smallest circle through a marker's three corners lies inward of its tip, as a share of its height. */
    static final double ENCLOSING = 0.68;

    /**
     * {centre x, centre y, radius} of the smallest circle round pinned point {@code i}'s marker, outline included:
     * a ring about the point goes round it, not over it (review: a top-10 ring hid which way the triangle points).
     */
    static double[] enclosing(PlotPositions at, int i, double dot) {
        double size = size(dot);
        int dx = at.outX(i);
        int dy = at.outY(i);
        double len = Math.hypot(dx, dy);
        double ux = len == 0 ? 1 : dx / len;
        double uy = len == 0 ? 0 : dy / len;
        // tip at distance c from the centre, base corners at hypot(size - c, 0.6 size): equal for c = 0.68 size
        double c = ENCLOSING * size;
        return new double[] {at.x(i) - ux * c, at.y(i) - uy * c, c + stroke(dot) / 2};
    }

    /**
     * A triangle of height {@code size} whose tip is at (x, y) and points along (dx, dy) (each -1, 0 or +1; both
     * set: a corner, pointing diagonally out).
     */
    static Path2D triangle(double x, double y, int dx, int dy, double size) {
        double len = Math.hypot(dx, dy);
        double ux = len == 0 ? 1 : dx / len;
        double uy = len == 0 ? 0 : dy / len;
        double bx = x - ux * size;
        double by = y - uy * size;
        double half = size * 0.6;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y);
        p.lineTo(bx - uy * half, by + ux * half);
        p.lineTo(bx + uy * half, by - ux * half);
        p.closePath();
        return p;
    }
}
