package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The scoring rate reads as a number that is not zero on a slow space (NB101 under load read "0.0 per second"). */
class RateTextTest {

    @Test
    void belowOnePerSecondTheSecondsPerArchitectureAreGiven() {
        assertEquals("6.3 per second", ScoringTask.rateText(6.25));
        assertEquals("1.0 per second", ScoringTask.rateText(1.0));
        assertEquals("2.0 s per architecture", ScoringTask.rateText(0.5));
        assertEquals("25.0 s per architecture", ScoringTask.rateText(0.04));
    }
}
