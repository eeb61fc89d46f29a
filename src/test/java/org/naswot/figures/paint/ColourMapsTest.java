package org.naswot.figures.paint;

import org.naswot.figures.paint.ColourMaps;
import org.naswot.figures.paint.ColourScale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColourMapsTest {

    @Test
    void viridisEndpointsAreMatplotlibs() {
        assertEquals(0x440154, ColourMaps.viridisRgb(0));
        assertEquals(0xFDE725, ColourMaps.viridisRgb(1));
        assertEquals(0x21908C, ColourMaps.viridisRgb(0.5), "the middle stop");
        assertEquals(256, ColourMaps.viridisSize());
    }

    @Test
    void viridisClampsAndTreatsNanAsLowest() {
        assertEquals(0x440154, ColourMaps.viridisRgb(-3));
        assertEquals(0x440154, ColourMaps.viridisRgb(Double.NaN));
        assertEquals(0xFDE725, ColourMaps.viridisRgb(7));
    }

    @Test
    void viridisLightnessIncreasesMonotonically() {
        double previous = -1;
        for (int i = 0; i < ColourMaps.viridisSize(); i++) {
            int c = ColourMaps.viridisEntry(i);
            double lum = 0.2126 * ((c >> 16) & 255) + 0.7152 * ((c >> 8) & 255) + 0.0722 * (c & 255);
            assertTrue(lum >= previous - 0.5, "luminance drops at entry " + i);
            previous = lum;
        }
    }

    @Test
    void logColourScaleMapsDecadesEvenly() {
        ColourScale s = new ColourScale(1e4, 1e6, true);
        assertEquals(0, s.fraction(1e4), 1e-12);
        assertEquals(0.5, s.fraction(1e5), 1e-12);
        assertEquals(1, s.fraction(1e6), 1e-12);
        assertEquals(255, s.bucket(5e7));
    }
}
