package org.naswot.figures.scatter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.text.TextUtils;
import org.junit.jupiter.api.Test;

/** Review M4: at 1024 px the scatter's title wrapped with an orphan "(n = 60)" on a line of its own. */
class TitleWrapTest {

    @Test
    void theSampleSizeStaysWithItsStatisticAtEveryWidth() {
        RankCorrelations c = new RankCorrelations(0.498, 0.673, 60, 0, 0);
        String title = "NASWOT score vs test accuracy  \u2014  " + c.describe();
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 15);
        g.setFont(font);
        try {
            // from the width of "Spearman ρ = 0.673 (n = 60)", the widest piece that must not break
            for (float width = 260; width <= 900; width += 7) {
                // as JFreeChart's TextTitle wraps its text
                TextBlock block = TextUtils.createTextBlock(title, font, Color.BLACK, width, new G2TextMeasurer(g));
                for (Object o : block.getLines()) {
                    TextLine line = (TextLine) o;
                    String text = line.getFirstTextFragment().getText().strip();
                    assertTrue(!text.startsWith("(n") && !text.startsWith("=") && !text.matches("^[0-9.]+.*"),
                            "a line starts '" + text + "' at " + width + " pt");
                }
            }
        } finally {
            g.dispose();
        }
    }
}
