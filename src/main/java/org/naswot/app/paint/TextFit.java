package org.naswot.app.paint;

import java.awt.FontMetrics;

/** Fitting text into the room a painter has for it. */
public final class TextFit {
    private TextFit() {
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
