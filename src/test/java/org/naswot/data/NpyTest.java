package org.naswot.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.testing.SharedData;

class NpyTest {

    @TempDir
    Path tmp;

    @Test
    void readsGoldenBatchAsFloat32Nchw() {
        NpyArray batch = Npy.read(SharedData.golden("batch.npy"));
        assertEquals("<f4", batch.dtype());
        assertArrayEquals(new int[] {128, 3, 32, 32}, batch.shape());
        assertEquals(128 * 3 * 32 * 32, batch.floats().length);
        // Normalised CIFAR values lie within about (0 - 0.49) / 0.25 .. (1 - 0.45) / 0.24.
        for (float v : batch.floats()) {
            assertTrue(v > -2.1f && v < 2.2f, "value " + v);
        }
    }

    @Test
    void readsGoldenKernelDiagonal() {
        NpyArray k = Npy.read(SharedData.golden("K_repo_0.npy"));
        assertEquals("<f8", k.dtype());
        assertArrayEquals(new int[] {128, 128}, k.shape());
        for (int i = 0; i < 128; i++) {
            assertEquals(651264.0, k.doubles()[i * 128 + i]);
        }
        // symmetric, and off-diagonal agreements are at most the diagonal
        assertEquals(k.doubles()[3 * 128 + 70], k.doubles()[70 * 128 + 3]);
        assertTrue(k.doubles()[1] < 651264.0);
    }

    @Test
    void readsGoldenLabelsAsInt64() {
        NpyArray labels = Npy.read(SharedData.golden("batch_labels.npy"));
        assertEquals("<i8", labels.dtype());
        assertArrayEquals(new int[] {128}, labels.shape());
        assertArrayEquals(new long[] {6, 9, 9, 4, 1, 1, 2, 7, 8, 3}, Arrays.copyOf(labels.longs(), 10));
    }

    @Test
    void readsGoldenNpzInFileOrder() {
        List<Npy.Entry> entries = Npy.readNpz(SharedData.golden("arch_0.npz"));
        assertEquals(219, entries.size());
        assertEquals("stem.0.weight", entries.get(0).name());
        assertArrayEquals(new int[] {16, 3, 3, 3}, entries.get(0).array().shape());
        assertEquals("stem.1.weight", entries.get(1).name());
        Npy.Entry last = entries.get(entries.size() - 1);
        assertEquals("classifier.bias", last.name());
        assertArrayEquals(new int[] {1}, last.array().shape());
        Npy.Entry tracked = entries.stream().filter(e -> e.name().equals("stem.1.num_batches_tracked")).findFirst()
                .orElseThrow();
        assertEquals(0, tracked.array().rank());
        assertEquals(1, tracked.array().size());
        // conv weights are U(-1/sqrt(fan_in), 1/sqrt(fan_in)); stem fan_in = 27
        float bound = (float) (1 / Math.sqrt(27));
        for (float w : entries.get(0).array().floats()) {
            assertTrue(Math.abs(w) <= bound);
        }
    }

    @Test
    void roundTripsEveryDtype() {
        NpyArray f = NpyArray.ofFloats(new int[] {2, 3}, new float[] {1.5f, -0f, Float.NaN, 3e-38f, 7, -1e30f});
        NpyArray d = NpyArray.ofDoubles(new int[] {3}, new double[] {Math.PI, Double.NEGATIVE_INFINITY, -2});
        NpyArray l = NpyArray.ofLongs(new int[] {2, 1, 2}, new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE});
        NpyArray i4 = new NpyArray(new int[] {2}, "<i4", null, null, new long[] {-7, Integer.MAX_VALUE});
        NpyArray u1 = new NpyArray(new int[] {3}, "|u1", null, null, new long[] {0, 128, 255});
        NpyArray scalar = NpyArray.ofFloats(new int[0], new float[] {42f});
        for (NpyArray a : List.of(f, d, l, i4, u1, scalar)) {
            Path file = tmp.resolve("a" + a.dtype().charAt(1) + a.rank() + ".npy");
            Npy.write(file, a);
            NpyArray back = Npy.read(file);
            assertEquals(a.dtype(), back.dtype());
            assertArrayEquals(a.shape(), back.shape());
            if (a.floats() != null) {
                for (int k = 0; k < a.size(); k++) {
                    assertEquals(Float.floatToRawIntBits(a.floats()[k]), Float.floatToRawIntBits(back.floats()[k]));
                }
            } else if (a.doubles() != null) {
                assertArrayEquals(a.doubles(), back.doubles());
            } else {
                assertArrayEquals(a.longs(), back.longs());
            }
        }
    }

    @Test
    void writesTheSameBytesAsNumpy() throws IOException {
        // NumPy's own header layout: v1.0, dict padded with spaces to a 64-byte preamble
        byte[] original = Files.readAllBytes(SharedData.golden("batch_labels.npy"));
        byte[] rewritten = Npy.toBytes(Npy.read(original, "batch_labels.npy"));
        assertArrayEquals(original, rewritten);
        byte[] kernel = Files.readAllBytes(SharedData.golden("logits_0.npy"));
        assertArrayEquals(kernel, Npy.toBytes(Npy.read(kernel, "logits_0.npy")));
        assertEquals(0, Npy.toBytes(NpyArray.ofFloats(new int[] {1}, new float[] {1})).length % 4);
    }

    @Test
    void readsDeflatedAndStoredNpzMembers() throws IOException {
        Path npz = tmp.resolve("mixed.npz");
        NpyArray first = NpyArray.ofFloats(new int[] {4}, new float[] {1, 2, 3, 4});
        NpyArray second = NpyArray.ofLongs(new int[] {2}, new long[] {9, 8});
        try (OutputStream out = Files.newOutputStream(npz); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setMethod(ZipOutputStream.DEFLATED);
            zip.putNextEntry(new ZipEntry("zeta.npy"));
            zip.write(Npy.toBytes(first));
            zip.closeEntry();
            byte[] bytes = Npy.toBytes(second);
            ZipEntry stored = new ZipEntry("alpha.npy");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(bytes.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bytes);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(bytes);
            zip.closeEntry();
        }
        List<Npy.Entry> entries = Npy.readNpz(npz);
        assertEquals(List.of("zeta", "alpha"), entries.stream().map(Npy.Entry::name).toList());
        assertArrayEquals(first.floats(), entries.get(0).array().floats());
        assertArrayEquals(second.longs(), entries.get(1).array().longs());
    }

    @Test
    void badMagicNamesTheFile() throws IOException {
        Path file = tmp.resolve("fake.npy");
        Files.writeString(file, "just some text that is long enough");
        UserFacingException e = assertThrows(UserFacingException.class, () -> Npy.read(file));
        assertTrue(e.getMessage().contains("fake.npy") && e.getMessage().contains("magic"), e.getMessage());
    }

    @Test
    void truncatedDataIsReported() throws IOException {
        byte[] full = Npy.toBytes(NpyArray.ofDoubles(new int[] {10}, new double[10]));
        Path file = tmp.resolve("cut.npy");
        Files.write(file, Arrays.copyOf(full, full.length - 3));
        UserFacingException e = assertThrows(UserFacingException.class, () -> Npy.read(file));
        assertTrue(e.getMessage().contains("cut.npy") && e.getMessage().contains("truncated"), e.getMessage());
        Files.write(file, Arrays.copyOf(full, 20));
        e = assertThrows(UserFacingException.class, () -> Npy.read(file));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void unsupportedDtypeAndFortranOrderAreReported() {
        byte[] bytes = Npy.toBytes(NpyArray.ofFloats(new int[] {2}, new float[2]));
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] bigEndian = text.replace("'<f4'", "'>f4'").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        UserFacingException e = assertThrows(UserFacingException.class, () -> Npy.read(bigEndian, "be.npy"));
        assertTrue(e.getMessage().contains(">f4"), e.getMessage());
        byte[] fortran = text.replace("False", "True ").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        e = assertThrows(UserFacingException.class, () -> Npy.read(fortran, "f.npy"));
        assertTrue(e.getMessage().contains("Fortran"), e.getMessage());
    }

    @Test
    void notAZipIsReported() throws IOException {
        Path file = tmp.resolve("weights.npz");
        Files.write(file, Npy.toBytes(NpyArray.ofFloats(new int[] {1}, new float[1])));
        UserFacingException e = assertThrows(UserFacingException.class, () -> Npy.readNpz(file));
        assertTrue(e.getMessage().contains("weights.npz"), e.getMessage());
    }
}
