package org.naswot.figures.paint;

import java.awt.Graphics2D;

/** Two painters side by side; the left one gets {@code fraction} of the width. */
public record SplitPainter(Painter left, Painter right, double fraction) implements Painter {
    @Override
    public void paint(Graphics2D g, double width, double height) {
        double lw = Math.floor(width * fraction);
        Graphics2D a = (Graphics2D) g.create();
        a.clip(new java.awt.geom.Rectangle2D.Double(0, 0, lw, height));
        left.paint(a, lw, height);
        a.dispose();
        Graphics2D b = (Graphics2D) g.create();
        b.translate(lw, 0);
        b.clip(new java.awt.geom.Rectangle2D.Double(0, 0, width - lw, height));
        right.paint(b, width - lw, height);
        b.dispose();
    }
}
