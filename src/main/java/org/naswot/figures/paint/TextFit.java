package org.naswot.figures.paint;

import java.awt.FontMetrics;

/** Fitting text into the room a painter has for it. */
public final class TextFit {
    private TextFit() {
    }

    /**
     * Draws {@code heading} centred across {@code width} at {@code top} in {@code font} (nothing when empty) and
     * returns where the content below it starts.
     */
    public static double drawHeading(java.awt.Graphics2D g, String heading, java.awt.Font font, java.awt.Paint paint,
                                     double width, double pad, double top) {
        if (heading == null || heading.isEmpty()) {
            return top;
        }
        FontMetrics fm = g.getFontMetrics(font);
        g.setFont(font);
        g.setPaint(paint);
        String h = ellipsize(heading, fm, width - 2 * pad);
        g.drawString(h, (float) ((width - fm.stringWidth(h)) / 2), (float) (top + fm.getAscent()));
        return top + fm.getHeight() + 6;
    }

    /** {@code s}, or its longest prefix that fits {@code max} pixels with an ellipsis appended; "" for null. */
    public static String ellipsize(String s, FontMetrics fm, double max) {
        if (s == null) {
            return "";
        }
        if (fm.stringWidth(s) <= max) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "\u2026") > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "\u2026";
    }
}
