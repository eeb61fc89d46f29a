package org.naswot.figures.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A log axis labels its ticks with plain values: 10^3.11 reads as 1,290. */
class SignificantFormatTest {
    private final ScatterChartFactory.SignificantFormat f = new ScatterChartFactory.SignificantFormat();

    @Test
    void threeSignificantDigitsGroupedWithoutExponentForOrdinaryMagnitudes() {
        assertEquals("1,290", f.format(Math.pow(10, 3.11)));
        assertEquals("0.0123", f.format(0.012345));
        assertEquals("100", f.format(100.0));
        assertEquals("2.50e+12", f.format(2.5e12));
        assertEquals("-45.7", f.format(-45.67));
    }
}
