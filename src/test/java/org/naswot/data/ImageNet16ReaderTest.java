package org.naswot.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.naswot.common.UserFacingException;

class ImageNet16ReaderTest {
    private static final int[] LABELS = {1, 121, 120, 1000, 57};

    @TempDir
    Path tmp;

    /** Pixel bytes of image i: every value used, including 0x80..0xff where latin-1 decoding matters. */
    private static byte[] pixels() {
        byte[] b = new byte[LABELS.length * ImageNet16Reader.PIXELS];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 7 + i / ImageNet16Reader.PIXELS);
        }
        return b;
    }

    @Test
    void python2PickleKeepsFirst120Classes() throws Exception {
        check(write("train_data_batch_1", batchPickle(true)));
    }

    @Test
    void python3BytesPickleReadsTheSame() throws Exception {
        check(write("valid_data", batchPickle(false)));
    }

    private void check(Path file) {
        ImageNet16Reader.Images im = ImageNet16Reader.read(file);
        assertEquals(3, im.count());
        assertArrayEquals(new int[] {0, 119, 56}, im.labels());
        byte[] all = pixels();
        int p = ImageNet16Reader.PIXELS;
        assertArrayEquals(Arrays.copyOfRange(all, 0, p), Arrays.copyOfRange(im.pixels(), 0, p));
        assertArrayEquals(Arrays.copyOfRange(all, 2 * p, 3 * p), Arrays.copyOfRange(im.pixels(), p, 2 * p));
        assertArrayEquals(Arrays.copyOfRange(all, 4 * p, 5 * p), Arrays.copyOfRange(im.pixels(), 2 * p, 3 * p));

        ImageBatch b = im.toBatch(new int[] {1}, new double[] {100, 0, 0}, new double[] {2, 1, 1}, "test");
        assertEquals(119, b.labels()[0]);
        assertEquals(((all[2 * p] & 0xff) - 100) / 2.0, b.pixels()[0], 1e-6);
        assertEquals(all[2 * p + 256] & 0xff, b.pixels()[256], 1e-6); // first green value
    }

    @Test
    void wrongShapeIsReported() throws Exception {
        Path f = write("bad", batchPickle(true).replace("M\u0000\u0003", "M\u0001\u0003"));
        UserFacingException e = assertThrows(UserFacingException.class, () -> ImageNet16Reader.read(f));
        assertTrue(e.getMessage().startsWith(f + ": 'data' is ndarray[5, 769]"), e.getMessage());
    }

    @Test
    void truncatedFileIsReported() throws Exception {
        String full = batchPickle(true);
        Path f = write("cut", full.substring(0, full.length() / 2));
        UserFacingException e = assertThrows(UserFacingException.class, () -> ImageNet16Reader.read(f));
        assertTrue(e.getMessage().startsWith(f + ": not a readable ImageNet16 batch pickle"), e.getMessage());
    }

    private Path write(String name, String latin1) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, latin1.getBytes(StandardCharsets.ISO_8859_1));
        return f;
    }

    /**
     * The opcodes Python writes for {'data': ndarray uint8 [N, 768], 'labels': [...]}: protocol 2, the array
     * via numpy.core.multiarray._reconstruct + BUILD(version, shape, dtype, fortran, raw). py2 = the raw data
     * as a Python 2 str (BINSTRING, what the published files contain), otherwise as bytes (BINBYTES).
     * Built as a latin-1 string so each char is one byte.
     */
    private static String batchPickle(boolean py2) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        StringBuilder s = new StringBuilder("\u0080\u0002}(");
        s.append("U\u0004data");
        s.append("cnumpy.core.multiarray\n_reconstruct\ncnumpy\nndarray\nK\u0000\u0085U\u0001b\u0087R(");
        s.append("K\u0001K").append((char) LABELS.length).append("M\u0000\u0003\u0086");
        s.append("cnumpy\ndtype\nU\u0002u1K\u0000K\u0001\u0087R(K\u0003U\u0001|NNNJ\u00ff\u00ff\u00ff\u00ff"
                + "J\u00ff\u00ff\u00ff\u00ffK\u0000tb");
        s.append('\u0089'); // NEWFALSE: C order
        byte[] px = pixels();
        s.append(py2 ? 'T' : 'B');
        for (byte b : ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(px.length).array()) {
            s.append((char) (b & 0xff));
        }
        s.append(new String(px, StandardCharsets.ISO_8859_1));
        s.append("tb");
        s.append("U\u0006labels](");
        for (int l : LABELS) {
            s.append("M").append((char) (l & 0xff)).append((char) (l >> 8));
        }
        s.append("eu.");
        o.writeBytes(s.toString().getBytes(StandardCharsets.ISO_8859_1));
        return new String(o.toByteArray(), StandardCharsets.ISO_8859_1);
    }
}
