package org.naswot.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.naswot.score.proxies.ProxyRegistry;

/** The x-axis picker names each measure with its paper, and a logarithm's axis says so (review N20). */
class MeasureNamesTest {
    @Test
    void everyMeasureHasItsPaperAndLogarithmsAreSaid() {
        assertEquals("synflow \u00b7 Tanaka et al., 2020", MeasureNames.of("synflow"));
        for (String id : ProxyRegistry.ids()) {
            assertTrue(MeasureNames.of(id).startsWith(id), id);
        }
        assertTrue(MeasureNames.of(ScoreScatterModel.NWOT).contains("Mellor"));
        ScoreScatterModel m = new ScoreScatterModel();
        m.measureProperty().set("synflow");
        assertTrue(m.figure().xLabel().contains("logarithm"), m.figure().xLabel());
        m.measureProperty().set("snip");
        assertTrue(!m.figure().xLabel().contains("logarithm"), m.figure().xLabel());
    }
}
