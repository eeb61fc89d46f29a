package org.naswot.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.space.SpaceCatalog;
import org.naswot.space.SpaceDescriptor;

/** BatchSource draws ImageNet16-120 batches from train_data_batch_* pickles. */
class ImageNet16BatchTest {
    private static final int PIXELS = 768;
    private static final SpaceDescriptor.Dataset IMAGENET16 = SpaceCatalog.builtIn().get("nb201")
            .dataset("imagenet16-120");

    @TempDir
    Path tmp;

    /** Image i of file f: its first byte is f*16+i (so each image is recognisable), the rest varied. */
    private static byte[] pixels(int file, int count) {
        byte[] b = new byte[count * PIXELS];
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < PIXELS; p++) {
                b[i * PIXELS + p] = (byte) (p == 0 ? file * 16 + i : p * 13 + i * 7 + file);
            }
        }
        return b;
    }

    private void writeFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("imagenet16"));
        // labels above 120 are dropped; 120 becomes class 119
        Files.write(dir.resolve("train_data_batch_1"), pickle(pixels(1, 4), new int[] {1, 500, 120, 7}));
        Files.write(dir.resolve("train_data_batch_2"), pickle(pixels(2, 3), new int[] {3, 121, 60}));
        Files.write(dir.resolve("train_data_batch_10"), pickle(pixels(10, 2), new int[] {1000, 2}));
        Files.write(dir.resolve("val_data"), pickle(pixels(9, 1), new int[] {5})); // not a training file
    }

    @Test
    void seededBatchOfKeptImagesNormalisedExactly() throws Exception {
        writeFiles();
        DataDirectory data = new DataDirectory(tmp);
        DrawnBatch drawn = BatchSource.create(data, IMAGENET16, InputKind.DATASET, 6, 7);
        ImageBatch b = drawn.batch();
        assertEquals(6, b.size());
        assertEquals(3, b.channels());
        assertEquals(16, b.height());
        assertEquals(16, b.width());
        assertTrue(b.description().contains("6 images from 6 training images"), b.description());
        // the 6 kept images: file 1 images 0, 2, 3; file 2 images 0, 2; file 10 image 1 (labels - 1)
        int[][] kept = {{1, 0, 0}, {1, 2, 119}, {1, 3, 6}, {2, 0, 2}, {2, 2, 59}, {10, 1, 1}};
        Normalisation norm = Normalisation.of(IMAGENET16);
        Set<Integer> seen = new HashSet<>();
        for (int n = 0; n < 6; n++) {
            float[] image = b.image(n);
            int match = -1;
            for (int k = 0; k < kept.length; k++) {
                byte[] src = Arrays.copyOfRange(pixels(kept[k][0], kept[k][1] + 1), kept[k][1] * PIXELS,
                        (kept[k][1] + 1) * PIXELS);
                float[] expected = new float[PIXELS];
                norm.apply(src, expected, 0);
                if (Arrays.equals(expected, image)) {
                    match = k;
                }
            }
            assertTrue(match >= 0, "image " + n + " is bit-identical to a normalised kept image");
            assertEquals(kept[match][2], b.labels()[n]);
            assertTrue(seen.add(match), "drawn without replacement");
        }
        // exact float32 arithmetic: ((float) byte / 255f - mean) / std
        float mean = (float) (122.68 / 255.0);
        float std = (float) (63.22 / 255.0);
        assertEquals(((float) 16 / 255f - mean) / std, norm.value(0, 16));

        DrawnBatch again = BatchSource.create(data, IMAGENET16, InputKind.DATASET, 6, 7);
        assertArrayEquals(b.pixels(), again.batch().pixels(), "same seed, same batch");
        DrawnBatch other = BatchSource.create(data, IMAGENET16, InputKind.DATASET, 3, 8);
        DrawnBatch first = BatchSource.create(data, IMAGENET16, InputKind.DATASET, 3, 7);
        assertFalse(Arrays.equals(other.imageIndices(), first.imageIndices()), "another seed draws another batch");
    }

    @Test
    void tooFewImagesOrNoFilesAreUserErrors() throws Exception {
        DataDirectory data = new DataDirectory(tmp);
        UserFacingException missing = assertThrows(UserFacingException.class,
                () -> BatchSource.create(data, IMAGENET16, InputKind.DATASET, 4, 1));
        assertTrue(missing.getMessage().startsWith("ImageNet16-120 images not found in " + tmp.resolve("imagenet16")),
                missing.getMessage());
        assertTrue(missing.getMessage().contains("train_data_batch_1"), missing.getMessage());
        writeFiles();
        UserFacingException few = assertThrows(UserFacingException.class,
                () -> BatchSource.create(data, IMAGENET16, InputKind.DATASET, 7, 1));
        assertTrue(few.getMessage().startsWith("only 6 ImageNet16-120 images"), few.getMessage());
        // noise needs no files
        assertEquals(16, BatchSource.create(new DataDirectory(tmp.resolve("none")), IMAGENET16, InputKind.NOISE, 2, 1)
                .batch().width());
    }

    /**
     * {'data': ndarray uint8 [N, 768], 'labels': [...]} as Python 2 writes it (protocol 2, the array via
     * numpy.core.multiarray._reconstruct + BUILD, the raw data as a BINSTRING), like ImageNet16ReaderTest.
     */
    private static byte[] pickle(byte[] px, int[] labels) {
        int n = labels.length;
        StringBuilder s = new StringBuilder("\u0080\u0002}(");
        s.append("U\u0004data");
        s.append("cnumpy.core.multiarray\n_reconstruct\ncnumpy\nndarray\nK\u0000\u0085U\u0001b\u0087R(");
        s.append("K\u0001K").append((char) n).append("M\u0000\u0003\u0086");
        s.append("cnumpy\ndtype\nU\u0002u1K\u0000K\u0001\u0087R(K\u0003U\u0001|NNNJ\u00ff\u00ff\u00ff\u00ff"
                + "J\u00ff\u00ff\u00ff\u00ffK\u0000tb");
        s.append('\u0089');
        s.append('T');
        for (byte x : ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(px.length).array()) {
            s.append((char) (x & 0xff));
        }
        s.append(new String(px, StandardCharsets.ISO_8859_1));
        s.append("tb");
        s.append("U\u0006labels](");
        for (int l : labels) {
            s.append("M").append((char) (l & 0xff)).append((char) (l >> 8));
        }
        s.append("eu.");
        return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
