package org.naswot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.naswot.testing.SharedData;

class DecimalParserTest {

    private static void assertSameAsJdk(String s) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(DecimalParser.parse(s)), s);
    }

    @Test
    void agreesBitForBitWithParseDoubleOnEveryNumberOfTheBenchmarkTable() throws IOException {
        String text = Files.readString(SharedData.data("nb201/nb201_accuracies.csv"));
        int checked = 0;
        for (CsvRecords.Record r : CsvRecords.parse(text, "nb201").subList(1, 15626)) {
            // column 0 is the index, 1 the arch string, 2..15 numbers, 16 the NATS unique string
            for (int c = 0; c <= 15; c++) {
                String f = r.fields()[c];
                if (c != 1 && !f.isEmpty()) {
                    assertSameAsJdk(f);
                    checked++;
                }
            }
        }
        assertEquals(15625 * 15 - 341, checked);
    }

    @Test
    void agreesOnEdgeCasesAndRandomDecimals() {
        for (String s : new String[] {"0", "-0", "+5", "5.", ".5", "-.25", "1e3", "NaN", "-Infinity", "0x1p3",
                "9007199254740993", "123456789012345678", "0.1", "94.37333333", "1.0000000000000000000000001"}) {
            assertSameAsJdk(s);
        }
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            long whole = rng.nextLong(1_000_000);
            String frac = Long.toString(rng.nextLong(1_000_000_000_000L));
            assertSameAsJdk((rng.nextBoolean() ? "-" : "") + whole + "." + frac);
        }
        assertThrows(NumberFormatException.class, () -> DecimalParser.parse("-"));
        assertThrows(NumberFormatException.class, () -> DecimalParser.parse("."));
        assertThrows(NumberFormatException.class, () -> DecimalParser.parse("1.2.3"));
        assertThrows(NumberFormatException.class, () -> DecimalParser.parse("12a"));
    }
}
