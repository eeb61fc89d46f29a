package org.naswot.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.testing.SharedData;

class BatchFilesTest {

    @TempDir
    Path tmp;

    @Test
    void loadsTheGoldenBatchWithItsSiblingLabels() {
        ImageBatch batch = BatchFiles.loadNpy(SharedData.golden("batch.npy"), 3, 32);
        assertEquals(128, batch.size());
        assertArrayEquals(Npy.read(SharedData.golden("batch.npy")).floats(), batch.pixels());
        assertArrayEquals(new int[] {6, 9, 9, 4, 1, 1, 2, 7, 8, 3}, java.util.Arrays.copyOf(batch.labels(), 10));
        assertTrue(batch.description().contains("batch.npy"), batch.description());
    }

    @Test
    void batchWithoutLabelsGetsMinusOne() {
        Path file = tmp.resolve("mine.npy");
        Npy.write(file, NpyArray.ofFloats(new int[] {2, 3, 4, 4}, new float[2 * 3 * 16]));
        ImageBatch batch = BatchFiles.loadNpy(file);
        assertArrayEquals(new int[] {-1, -1}, batch.labels());
        assertEquals(4, batch.width());
    }

    @Test
    void wrongDtypeRankOrImageSizeIsReported() throws IOException {
        Path doubles = tmp.resolve("d.npy");
        Npy.write(doubles, NpyArray.ofDoubles(new int[] {1, 3, 2, 2}, new double[12]));
        UserFacingException e = assertThrows(UserFacingException.class, () -> BatchFiles.loadNpy(doubles));
        assertTrue(e.getMessage().contains("d.npy") && e.getMessage().contains("<f8"), e.getMessage());

        Path flat = tmp.resolve("flat.npy");
        Npy.write(flat, NpyArray.ofFloats(new int[] {12}, new float[12]));
        e = assertThrows(UserFacingException.class, () -> BatchFiles.loadNpy(flat));
        assertTrue(e.getMessage().contains("[12]"), e.getMessage());

        Path small = tmp.resolve("small.npy");
        Npy.write(small, NpyArray.ofFloats(new int[] {1, 3, 2, 2}, new float[12]));
        e = assertThrows(UserFacingException.class, () -> BatchFiles.loadNpy(small, 3, 32));
        assertTrue(e.getMessage().contains("[B, 3, 32, 32]") && e.getMessage().contains("[1, 3, 2, 2]"), e.getMessage());
    }
}
