package org.naswot.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.figures.model.ScorePoint;

/** A zero-cost proxy on the scatter's x axis: labels follow it, its infinities and NaN are left out and counted. */
class ScatterMeasureTest {

    @Test
    void aProxysNonFiniteValuesAreLeftOutOfThePlotButRankedAsTheCommandLineRanksThem() {
        ScoreScatterModel m = new ScoreScatterModel();
        m.measureProperty().set("epe_nas");
        assertTrue(m.xLabelProperty().get().startsWith("epe_nas"));
        assertTrue(m.getTitle().startsWith("epe_nas vs trained accuracy"));
        m.appendAll(List.of(new ScorePoint(1, "a", 1, 80, 1), new ScorePoint(2, "b", 2, 85, 1),
                new ScorePoint(3, "c", 3, 90, 1), new ScorePoint(4, "d", Double.NEGATIVE_INFINITY, 70, 1),
                new ScorePoint(5, "e", Double.NaN, 75, 1), new ScorePoint(6, "f", Double.POSITIVE_INFINITY, 60, 1),
                new ScorePoint(7, "g", 4, Double.NaN, 1)));
        m.refreshStatistics();
        assertEquals(3, m.data().plottedCount());
        assertTrue(m.getSubtitle().contains("3 with epe_nas \u00b1\u221e or NaN left out"), m.getSubtitle());
        assertTrue(m.getSubtitle().contains("1 without accuracy"), m.getSubtitle());
        // as score-space --proxies and the Proxies table: NaN pairs left out, infinities ranked at the ends
        double[] x = {1, 2, 3, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] y = {80, 85, 90, 70, 60};
        assertEquals(org.naswot.search.stats.Correlations.of(x, y).tau(), m.getCorrelations().kendall(), 0.0);
        assertEquals(5, m.getCorrelations().n());
        assertTrue(m.getTitle().contains("\u00b1\u221e rank at the ends"), m.getTitle());
        assertEquals("epe_nas", m.toCsv().header().get(2));

        m.measureProperty().set(ScoreScatterModel.NWOT);
        assertEquals("score  log|det K|", m.xLabelProperty().get());
        assertTrue(m.getSubtitle().contains("singular K"), "the score's own wording: " + m.getSubtitle());
    }
}
