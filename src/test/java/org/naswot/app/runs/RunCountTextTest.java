package org.naswot.app.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Runs tab's count line reads as English for one run too (the window said "1 runs."). */
class RunCountTextTest {

    @Test
    void oneRunIsSingularAndAFilterSaysHowManyOfAllAreShown() {
        assertEquals("1 run.", RunsViewModel.countText(1, 1));
        assertEquals("7 runs.", RunsViewModel.countText(7, 7));
        assertEquals("6 of 7 runs shown.", RunsViewModel.countText(6, 7));
        assertEquals("0 of 1 run shown.", RunsViewModel.countText(0, 1));
    }
}
