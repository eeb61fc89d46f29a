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
}
