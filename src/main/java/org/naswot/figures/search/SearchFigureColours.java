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

    /** The i-th non-random setting's colour, or the style's muted grey for random sampling. */
    static Color of(int i, boolean random, ChartStyle style) {
        return random ? style.muted() : PALETTE[i % PALETTE.length];
    }
}
