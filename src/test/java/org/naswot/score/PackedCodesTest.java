package org.naswot.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The packed XOR-popcount distances equal a direct count over the bytes, for any shape and weight. */
class PackedCodesTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "3, 63", "4, 64", "5, 65", "7, 200", "16, 1000", "13, 4096", "128, 777"})
    void distancesEqualDirectCounts(int images, int units) {
        SplittableRandom r = new SplittableRandom(images * 31L + units);
        byte[] codes = new byte[images * units];
        // skewed densities, as real ReLU codes have
        double density = r.nextDouble();
        for (int i = 0; i < codes.length; i++) {
            codes[i] = (byte) (r.nextDouble() < density ? 1 : 0);
        }
        long[] expected = new long[images * images];
        for (int a = 0; a < images; a++) {
            for (int b = 0; b < images; b++) {
                long d = 0;
                for (int u = 0; u < units; u++) {
                    d += codes[a * units + u] != codes[b * units + u] ? 1 : 0;
                }
                expected[a * images + b] = 3 * d;
            }
        }
        ByteBuffer buffer = ByteBuffer.allocateDirect(codes.length).order(ByteOrder.nativeOrder());
        buffer.put(codes).flip();
        long[] distances = new long[images * images];
        PackedCodes packed = PackedCodes.pack(buffer, images, units);
        packed.addDistances(distances, 1);
        packed.addDistances(distances, 2);
        PackedCodes.symmetric(distances, images);
        assertArrayEquals(expected, distances);
    }

    @org.junit.jupiter.api.Test
    void refusesABufferShorterThanTheCodes() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(10);
        assertThrows(IllegalArgumentException.class, () -> PackedCodes.pack(buffer, 2, 6));
    }
}
