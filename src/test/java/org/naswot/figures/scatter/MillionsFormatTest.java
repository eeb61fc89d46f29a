package org.naswot.figures.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The parameters colour bar's ticks stay distinct below 1M (review: "0.04M" three times on NB101 and NB301). */
class MillionsFormatTest {
    @Test
    void ticksBelowOneMillionKeepTwoSignificantDigits() {
        ScatterChartFactory.MillionsFormat f = new ScatterChartFactory.MillionsFormat();
        List<String> ticks = Stream.of(35_000d, 40_000d, 45_000d, 150_000d, 1_500_000d).map(f::format).toList();
        assertEquals(List.of("0.035M", "0.04M", "0.045M", "0.15M", "1.5M"), ticks);
    }

    @Test
    void aNarrowRangeGetsTheDigitsThatKeepItsTicksApart() {
        // review P2: two cells of 0.56M and 0.58M parameters gave "0.56M" and "0.58M" twice each
        ScatterChartFactory.MillionsFormat f = new ScatterChartFactory.MillionsFormat(560_000, 580_000);
        List<String> ticks = Stream.of(560_000d, 562_000d, 564_000d, 566_000d, 568_000d, 570_000d, 580_000d)
                .map(f::format).toList();
        assertEquals(ticks.size(), ticks.stream().distinct().count(), ticks.toString());
        assertEquals("0.562M", ticks.get(1));
        // a wide range keeps the two-digit labels
        ScatterChartFactory.MillionsFormat wide = new ScatterChartFactory.MillionsFormat(35_000, 1_500_000);
        assertEquals(List.of("0.035M", "0.04M", "1.5M"),
                Stream.of(35_000d, 40_000d, 1_500_000d).map(wide::format).toList());
        ScatterChartFactory.MillionsFormat above = new ScatterChartFactory.MillionsFormat(1_500_000, 1_530_000);
        assertEquals(List.of("1.5M", "1.51M", "1.52M"),
                Stream.of(1_500_000d, 1_510_000d, 1_520_000d).map(above::format).toList());
    }
}
