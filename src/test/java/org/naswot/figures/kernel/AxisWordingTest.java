package org.naswot.figures.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernel figure's axis says a shorter true thing rather than a cut one ("images, or…" at 3.5 in, review). */
class AxisWordingTest {
    private static final List<String> WORDINGS = List.of("images, ordered by class", "images by class", "images");

    @Test
    void theLongestWordingThatFitsIsDrawnWhole() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        FontMetrics fm = g.getFontMetrics();
        assertEquals("images, ordered by class", HeatmapPainter.longestFitting(WORDINGS, fm, 1000));
        assertEquals("images by class",
                HeatmapPainter.longestFitting(WORDINGS, fm, fm.stringWidth("images by class") + 1));
        assertEquals("images", HeatmapPainter.longestFitting(WORDINGS, fm, fm.stringWidth("images") + 1));
        String cut = HeatmapPainter.longestFitting(WORDINGS, fm, fm.stringWidth("ima") + 1);
        assertTrue(fm.stringWidth(cut) <= fm.stringWidth("ima") + 1, "only the last resort is cut: " + cut);
        g.dispose();
    }
}
