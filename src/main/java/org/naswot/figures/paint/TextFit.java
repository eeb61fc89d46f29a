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
        // two lines, broken between words, before anything is cut
        double max = width - 2 * pad;
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = heading.split(" ");
        int w = 0;
        for (; w < words.length && lines.size() < 1; w++) {
            String candidate = line.length() == 0 ? words[w] : line + " " + words[w];
            if (fm.stringWidth(candidate) > max && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                w--;
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        for (; w < words.length; w++) {
            line.append(line.length() == 0 ? "" : " ").append(words[w]);
        }
        lines.add(ellipsize(line.toString(), fm, max));
        double y = top;
        for (String h : lines) {
            g.drawString(h, (float) ((width - fm.stringWidth(h)) / 2), (float) (y + fm.getAscent()));
            y += fm.getHeight();
        }
        return y + 6;
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
