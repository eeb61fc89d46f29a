package org.naswot.figures.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.naswot.figures.theme.ChartStyle;

/** Review P3: in an overlay, a run's orange dots must not look like the top-k rings. */
class TopKRingColourTest {

    private static double distance(Color a, Color b) {
        int dr = a.getRed() - b.getRed();
        int dg = a.getGreen() - b.getGreen();
        int db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    @Test
    void ringsOfOverlaidRunsDifferClearlyFromEveryRunColour() {
        for (ChartStyle style : new ChartStyle[] {ChartStyle.LIGHT, ChartStyle.DARK, ChartStyle.PRINT}) {
            Color ring = FastScatterRenderer.topKRingColour(ColourMode.GROUP, style);
            for (int group = 0; group < 7; group++) {
                Color run = FastScatterRenderer.groupColour(group);
                assertTrue(distance(ring, run) > 120, style.name() + ": ring " + ring + " vs run " + group + " " + run);
            }
        }
    }

    @Test
    void otherColouringsKeepTheAccentRing() {
        for (ColourMode mode : ColourMode.values()) {
            if (mode != ColourMode.GROUP) {
                assertEquals(ChartStyle.LIGHT.accent(), FastScatterRenderer.topKRingColour(mode, ChartStyle.LIGHT));
            }
        }
    }
}
