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
        java.util.List<String> wrapped = wrap(heading, fm, max);
        if (wrapped.isEmpty()) {
            return top;
        }
        java.util.List<String> lines = new java.util.ArrayList<>(wrapped.subList(0, Math.min(1, wrapped.size())));
        if (wrapped.size() > 1) {
            lines.add(ellipsize(String.join(" ", wrapped.subList(1, wrapped.size())), fm, max));
        } else {
            lines.set(0, ellipsize(lines.get(0), fm, max));
        }
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

    /** {@code text} broken between words into lines of at most {@code max} pixels (a longer word stands alone). */
    public static java.util.List<String> wrap(String text, FontMetrics fm, double max) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) > max && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
