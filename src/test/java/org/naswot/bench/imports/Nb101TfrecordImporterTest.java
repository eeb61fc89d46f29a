package org.naswot.bench.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

import com.google.protobuf.CodedOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.naswot.common.UserFacingException;
import org.naswot.spaces.nb101.Nb101TfrecordImporter;

class Nb101TfrecordImporterTest {
    private static final String ADJ = "0110000001000000010000000000";
    private static final String OPS = "input,conv3x3-bn-relu,maxpool3x3,output";

    @TempDir
    Path tmp;

    @Test
    void importsRepeatsAndMeans() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        double[] valid = {0.91, 0.92, 0.93};
        for (int r = 0; r < 3; r++) {
            frame(file, record("hashA", 108, valid[r], 0.90 + r * 0.001, 1_234_567, 1000 + r));
        }
        for (int r = 0; r < 3; r++) {
            frame(file, record("hashB", 108, 0.5, 0.4, 2_000_000, 500));
        }
        Path tf = tmp.resolve("nasbench_only108.tfrecord");
        Files.write(tf, file.toByteArray());
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            ImportSummary s = Nb101TfrecordImporter.importInto(store, tf, ImportProgress.NONE);
            assertEquals(2, s.architectures());
            assertEquals("nb101", s.space());
            assertEquals(64, s.sha256().length());
            assertEquals(92.0, value(store, "hashA", "valid", null), 1e-9);
            assertEquals(91.0, value(store, "hashA", "valid", 0), 1e-9);
            assertEquals(93.0, value(store, "hashA", "valid", 2), 1e-9);
            assertEquals(90.1, value(store, "hashA", "test", null), 1e-9);
            assertEquals(1.234567, store.value("nb101", "hashA", "cifar10", null, null, null, "params")
                    .getAsDouble(), 1e-12);
            assertEquals(1001.0, store.value("nb101", "hashA", "cifar10", null, 108, null, "train_time")
                    .getAsDouble(), 1e-9);
            assertTrue(store.value("nb101", "hashA", "cifar10", "valid", 108, 3, "accuracy").isEmpty());
        }
    }

    @Test
    void corruptedDataCrcNamesRecordOffsetAndLeavesStoreUnchanged() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        frame(file, record("hashA", 108, 0.9, 0.9, 1, 1));
        int secondOffset = file.size();
        frame(file, record("hashB", 108, 0.9, 0.9, 1, 1));
        byte[] bytes = file.toByteArray();
        bytes[secondOffset + 12 + 3] ^= 0x40; // flip one bit in the second record's data
        Path tf = tmp.resolve("bad.tfrecord");
        Files.write(tf, bytes);
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> Nb101TfrecordImporter.importInto(store, tf, ImportProgress.NONE));
            assertEquals(tf + ": record at byte offset " + secondOffset + ": data CRC mismatch", e.getMessage());
            assertTrue(store.value("nb101", "hashA", "cifar10", "valid", 108, 0, "accuracy").isEmpty());
            assertTrue(store.sources().isEmpty());
        }
    }

    @Test
    void corruptedLengthAndTruncationAreReported() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        frame(file, record("hashA", 108, 0.9, 0.9, 1, 1));
        byte[] good = file.toByteArray();
        byte[] badLength = good.clone();
        badLength[0] ^= 1;
        Path tf = tmp.resolve("x.tfrecord");
        Files.write(tf, badLength);
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> Nb101TfrecordImporter.importInto(store, tf, ImportProgress.NONE));
            assertTrue(e.getMessage().endsWith("record at byte offset 0: length CRC mismatch"), e.getMessage());
            Files.write(tf, Arrays.copyOf(good, good.length - 2));
            e = assertThrows(UserFacingException.class,
                    () -> Nb101TfrecordImporter.importInto(store, tf, ImportProgress.NONE));
            assertTrue(e.getMessage().contains("record at byte offset 0: truncated record"), e.getMessage());
        }
    }

    @Test
    void maskMatchesTensorFlowReference() {
                byte[] zeros = new byte[8];
        int masked = TfRecordReader.maskedCrc(zeros, 0, 8);
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(zeros);
        int raw = (int) c.getValue();
        assertEquals(((raw >>> 15) | (raw << 17)) + 0xa282ead8, masked);
        // bytes 29 03 98 07 follow a zero length in every TFRecord with an empty record
        assertEquals(0x07980329, masked, Integer.toHexString(masked));
    }

    private static double value(BenchmarkStore store, String hash, String split, Integer seed) {
        return store.value("nb101", hash, "cifar10", split, 108, seed, "accuracy").getAsDouble();
    }

    private static byte[] record(String hash, int epochs, double valid, double test, double params, double time)
            throws IOException {
        ByteArrayOutputStream eval = new ByteArrayOutputStream();
        CodedOutputStream e = CodedOutputStream.newInstance(eval);
        e.writeDouble(1, epochs);
        e.writeDouble(2, time);
        e.writeDouble(3, 1.0);
        e.writeDouble(4, valid);
        e.writeDouble(5, test);
        e.writeString(6, "/tmp/ckpt");
        e.flush();
        ByteArrayOutputStream half = new ByteArrayOutputStream();
        CodedOutputStream h = CodedOutputStream.newInstance(half);
        h.writeDouble(1, epochs / 2.0);
        h.writeDouble(4, 0.1); // a halfway evaluation, must not be taken as final
        h.flush();
        ByteArrayOutputStream metrics = new ByteArrayOutputStream();
        CodedOutputStream m = CodedOutputStream.newInstance(metrics);
        m.writeByteArray(1, half.toByteArray());
        m.writeByteArray(1, eval.toByteArray());
        m.writeDouble(2, params);
        m.writeDouble(3, time + 10);
        m.flush();
        String json = "[\"" + hash + "\", " + epochs + ", \"" + ADJ + "\", \"" + OPS + "\", \""
                + Base64.getEncoder().encodeToString(metrics.toByteArray()) + "\"]";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static void frame(ByteArrayOutputStream out, byte[] data) {
        byte[] len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(data.length).array();
        out.writeBytes(len);
        out.writeBytes(le(TfRecordReader.maskedCrc(len, 0, 8)));
        out.writeBytes(data);
        out.writeBytes(le(TfRecordReader.maskedCrc(data, 0, data.length)));
    }

    private static byte[] le(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }
}
