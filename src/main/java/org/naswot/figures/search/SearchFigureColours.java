package org.naswot.figures.search;

import java.awt.Color;
import org.naswot.figures.theme.ChartStyle;

/** One colour per search setting, and short axis labels (Okabe-Ito, readable in print and for colour-blind readers); random sampling grey. */
final class SearchFigureColours {
    private static final Color[] PALETTE = {new Color(0xD55E00), new Color(0x0072B2), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9)};

    private SearchFigureColours() {
    }

    /** An axis-sized accuracy label: "CIFAR-10 validation" of "CIFAR-10 validation (NB201 v1.0, ...)". */
    static String shortLabel(String accuracyLabel) {
        int paren = accuracyLabel.indexOf(" (");
        return paren > 0 ? accuracyLabel.substring(0, paren) : accuracyLabel;
    }

    /** The i-th setting's colour: the palette's for a search, shades of the style's muted grey for random sampling. */
    static Color of(int i, boolean random, ChartStyle style) {
        if (!random) {
            return PALETTE[i % PALETTE.length];
        }
        Color m = style.muted();
        float[] hsb = Color.RGBtoHSB(m.getRed(), m.getGreen(), m.getBlue(), null);
        float shift = (i % 3) * 0.18f * (style.isDark() ? 1 : -1); // darker shades on light paper, lighter on dark
        return Color.getHSBColor(hsb[0], hsb[1], Math.max(0f, Math.min(1f, hsb[2] + shift)));
    }
}
