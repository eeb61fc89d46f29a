package org.naswot.figures.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.junit.jupiter.api.Test;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.theme.ChartStyle;

/**
 * With Axes = Ranks and the axes clipped, the caption under the scatter's title stayed on two lines at 1280x820: it
 * fits one line at the chart's width there (about 900 px) and still says all it said.
 */
class CaptionFitTest {
    /** The chart's width in a 1280-pixel window (the side panel takes the rest), less the chart's padding. */
    private static final float CHART_WIDTH_AT_1280 = 900;
    /** The percentiles in the caption, one unbreakable piece. */
    private static final String RANGE = "1st\u00a0to\u00a099th\u00a0pct.";

    /** 1,000 points, a few far beyond the 1st and 99th percentiles, on ranks and clipped. */
    private static ScatterFigure rankedAndClipped() {
        ScatterFigure f = new ScatterFigure();
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            double x = i % 97 == 5 ? 1e6 + i : 1000 + i;
            points.add(new ScorePoint(i, "a" + i, x, 60 + 0.01 * ((i * 37) % 1000), 100_000 + i, ""));
        }
        f.appendAll(points);
        f.refreshStatistics();
        f.display().setRanks(true);
        f.display().setClip(ClipPercentiles.DEFAULT);
        f.displayChanged();
        return f;
    }

    @Test
    void ranksAndClippingFitOneLineAtTheWidthOfA1280PixelWindow() {
        ScatterFigure f = rankedAndClipped();
        AxisClip clip = f.data().clip();
        assertTrue(clip != null && clip.beyondCount() >= 10, "points beyond the axes: " + clip);
        String caption = f.subtitle();
        // nothing dropped: what the axes show, the percentiles, how many points lie beyond and where they are drawn
        for (String said : List.of("1,000 scored", "ringed: top 10 by score", "axes: ranks", "ties averaged",
                "clipped", RANGE, clip.beyondCount() + " beyond", "at the edge")) {
            assertTrue(caption.contains(said), "'" + said + "' in: " + caption);
        }
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        Font font = ChartStyle.LIGHT.subtitle();
        g.setFont(font);
        try {
            // as JFreeChart's TextTitle wraps the caption
            TextBlock block = TextUtils.createTextBlock(caption, font, Color.BLACK, CHART_WIDTH_AT_1280,
                    new G2TextMeasurer(g));
            assertEquals(1, block.getLines().size(), g.getFontMetrics().stringWidth(caption) + " px: " + caption);
            // narrower (a 1024-pixel window) it wraps, but never inside the percentile range ("1st–" | "99th")
            for (float width = 400; width < CHART_WIDTH_AT_1280; width += 9) {
                TextBlock narrow = TextUtils.createTextBlock(caption, font, Color.BLACK, width, new G2TextMeasurer(g));
                boolean whole = false;
                for (Object line : narrow.getLines()) {
                    whole |= ((org.jfree.chart.text.TextLine) line).getFirstTextFragment().getText().contains(RANGE);
                }
                assertTrue(whole, "the range on one line at " + width + " px");
            }
        } finally {
            g.dispose();
        }
    }

    @Test
    void clippedValuesAndRanksAloneSayTheSameInTheSameWords() {
        ScatterFigure f = rankedAndClipped();
        int beyond = f.data().clip().beyondCount();
        assertTrue(f.subtitle().endsWith(" \u00b7 axes: ranks (ties averaged), clipped: " + beyond
                + " beyond " + RANGE + ", at the edge"), f.subtitle());
        f.display().setRanks(false);
        f.displayChanged();
        assertTrue(f.subtitle().endsWith(" \u00b7 axes clipped: " + f.data().clip().beyondCount()
                + " beyond " + RANGE + ", at the edge"), f.subtitle());
        f.display().setRanks(true);
        f.display().setClip(null);
        f.displayChanged();
        assertTrue(f.subtitle().endsWith(" \u00b7 axes: ranks (ties averaged)"), f.subtitle());
    }
}
