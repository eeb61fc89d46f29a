package org.naswot.figures.measures;

import java.util.Locale;

/** The end of a measure figure's caption that says how many selected architectures are marked. */
final class SelectionNote {
    private SelectionNote() {
    }

    /** "; the N selected in the accent colour", or "" when none is selected. */
    static String of(boolean[] selected) {
        int chosen = count(selected);
        return chosen == 0 ? "" : String.format(Locale.ROOT, "; the %,d selected in the accent colour", chosen);
    }

    /** How many are selected. */
    static int count(boolean[] selected) {
        int n = 0;
        for (boolean s : selected) {
            n += s ? 1 : 0;
        }
        return n;
    }
}
