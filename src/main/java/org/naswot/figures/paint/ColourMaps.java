package org.naswot.figures.paint;

import java.awt.Color;

/**
 * Colour tables. Viridis (van der Walt and Smith, matplotlib) is perceptually uniform, readable in
 * greyscale and safe for the common colour-vision deficiencies; it is stored as a 256-entry table
 * interpolated from eleven published stops of matplotlib's map. Okabe-Ito is the colour-blind-safe
 * categorical palette of Okabe and Ito (2008).
 */
public final class ColourMaps {
    /** viridis at 0, 0.1, ..., 1 (matplotlib). */
    private static final int[] VIRIDIS_STOPS = {
        0x440154, 0x482576, 0x414487, 0x35608D, 0x2A788E, 0x21908C, 0x22A884, 0x43BF71, 0x7AD151, 0xBBDF27, 0xFDE725
    };
    private static final int[] VIRIDIS = table(VIRIDIS_STOPS, 256);

    /** Okabe-Ito without black: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple. */
    public static final Color[] OKABE_ITO = {
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73), new Color(0xF0E442),
        new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7), new Color(0x000000)
    };

    private ColourMaps() {
    }

    /** Number of entries of the viridis table. */
    public static int viridisSize() {
        return VIRIDIS.length;
    }

    /** Viridis RGB (0xRRGGBB) for t in [0, 1]; t is clamped, NaN gives the lowest colour. */
    public static int viridisRgb(double t) {
        if (!(t > 0)) {
            return VIRIDIS[0];
        }
        if (t >= 1) {
            return VIRIDIS[VIRIDIS.length - 1];
        }
        return VIRIDIS[(int) Math.round(t * (VIRIDIS.length - 1))];
    }

    public static Color viridis(double t) {
        return new Color(viridisRgb(t));
    }

    /** The table entry {@code i} (0..255). */
    public static int viridisEntry(int i) {
        return VIRIDIS[i];
    }

    /** A categorical colour: Okabe-Ito, cycling. */
    public static Color category(int i) {
        return OKABE_ITO[Math.floorMod(i, OKABE_ITO.length - 1)];
    }

    private static int[] table(int[] stops, int size) {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            double pos = (double) i / (size - 1) * (stops.length - 1);
            int a = Math.min((int) Math.floor(pos), stops.length - 2);
            double f = pos - a;
            out[i] = lerp(stops[a], stops[a + 1], f);
        }
        return out;
    }

    private static int lerp(int c0, int c1, double f) {
        int r = (int) Math.round(((c0 >> 16) & 255) * (1 - f) + ((c1 >> 16) & 255) * f);
        int g = (int) Math.round(((c0 >> 8) & 255) * (1 - f) + ((c1 >> 8) & 255) * f);
        int b = (int) Math.round((c0 & 255) * (1 - f) + (c1 & 255) * f);
        return (r << 16) | (g << 8) | b;
    }

    /** Hex form #RRGGBB, for CSS and SVG. */
    public static String hex(Color c) {
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }
}
