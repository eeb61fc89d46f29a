package org.naswot.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.figures.model.ScorePoint;

/**
 * A space without accuracies (a declarative space before an import): the window's scatter plots each score against
 * its rank and says so, with no correlation in the title; the first accuracy turns it back into score vs accuracy.
 */
class ScoreRankScatterTest {

    private static ScorePoint noAccuracy(int i, double score) {
        return new ScorePoint(i, "a" + i, score, Double.NaN, 1000, "this run");
    }

    @Test
    void scoresWithoutAccuraciesArePlottedAgainstTheirRank() {
        ScoreScatterModel model = new ScoreScatterModel();
        model.appendAll(List.of(noAccuracy(0, 1500), noAccuracy(1, 1400)));
        model.appendAll(List.of(noAccuracy(2, 1600)));
        model.refreshStatistics();
        assertTrue(model.showsRanks());
        assertEquals(3, model.data().plottedCount());
        // percentiles: 1400 lowest (0), 1500 middle (50), 1600 best (100), in the order the points came
        assertEquals(50, model.data().point(0).accuracy(), 0.0);
        assertEquals(0, model.data().point(1).accuracy(), 0.0);
        assertEquals(100, model.data().point(2).accuracy(), 0.0);
        assertTrue(model.yLabelProperty().get().contains("rank") && model.yLabelProperty().get().contains("no accuracies"),
                model.yLabelProperty().get());
        assertFalse(model.getTitle().contains("\u03c4"), "no tau of a score against its own rank: " + model.getTitle());

        model.appendAll(List.of(new ScorePoint(3, "a3", 1550, 91.0, 1000, "this run")));
        assertFalse(model.showsRanks());
        assertEquals(1, model.data().plottedCount(), "only the point with an accuracy is plotted against accuracy");
        assertTrue(model.yLabelProperty().get().contains("accuracy"), model.yLabelProperty().get());

        model.clear();
        model.appendAll(List.of(noAccuracy(5, 1)));
        assertTrue(model.showsRanks());
    }
}
