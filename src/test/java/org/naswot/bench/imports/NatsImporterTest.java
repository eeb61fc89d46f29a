package org.naswot.bench.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.naswot.common.UserFacingException;
import org.naswot.testing.SharedData;

class NatsImporterTest {
    private static final Path TSS = SharedData.data("nb201/nats-samples/NATS-tss-v1_0-3ffb9-simple");
    private static final Path SSS = SharedData.data("nb201/nats-samples/NATS-sss-v1_0-50262-simple");
    private static final String ARCH0 =
            "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|";

    @TempDir
    Path tmp;

    @Test
    void tssSampleMatchesPublishedValues() {
        List<long[]> progress = new ArrayList<>();
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            ImportSummary s = NatsImporter.importInto(store, TSS, (d, t) -> progress.add(new long[] {d, t}));
            assertEquals("nb201", s.space());
            assertEquals(1, s.architectures());
            assertEquals(1, progress.size());
            assertEquals(1, progress.get(0)[0]);

            assertEquals(85.62, get(store, "cifar10", "ori-test", 200, 777, "accuracy"), 1e-9);
            assertEquals(86.18, get(store, "cifar10", "ori-test", 200, 888, "accuracy"), 1e-9);
            assertEquals(85.79, get(store, "cifar10", "ori-test", 200, 999, "accuracy"), 1e-9);
            assertEquals(85.8633, get(store, "cifar10", "ori-test", 200, null, "accuracy"), 1e-4);
            assertEquals(81.9827, get(store, "cifar10-valid", "x-valid", 200, null, "accuracy"), 1e-4);
            assertEquals(0.129306, store.value("nb201", ARCH0, "cifar10", null, null, null, "params").getAsDouble(),
                    1e-12);
            assertEquals(15.64737, store.value("nb201", ARCH0, "cifar10", null, null, null, "flops").getAsDouble(),
                    1e-9);
            assertTrue(store.value("nb201", ARCH0, "cifar10", null, null, null, "latency").getAsDouble() > 0);
            // ImageNet16-120 is stored lower-case and has its own parameter count (120 classes)
            assertEquals(0.136456, store.value("nb201", ARCH0, "ImageNet16-120", null, null, null, "params")
                    .getAsDouble(), 1e-12);
            // the 12-epoch budget is a separate series, not the final accuracy
            double at12 = get(store, "cifar10", "ori-test", 12, null, "accuracy");
            assertTrue(at12 < 85.0, "12-epoch accuracy " + at12);

            // meta.pickle.pbz2 registers every architecture string with its index
            assertEquals(ARCH0, store.archString("nb201", 0).orElseThrow());
            assertTrue(store.archString("nb201", 15624).isPresent());

            Map<String, Double> all = store.allMetrics("nb201", 0);
            assertEquals(85.8633, all.get("cifar10/ori-test/200/accuracy"), 1e-4);
            assertEquals(85.62, all.get("cifar10/ori-test/200/seed777/accuracy"), 1e-9);
            assertEquals(0.129306, all.get("cifar10/params"), 1e-12);
            assertTrue(store.allMetrics("nb201", 1).isEmpty());
        }
    }

    @Test
    void sssSampleImportsAllBudgets() {
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            ImportSummary s = NatsImporter.importInto(store, SSS, ImportProgress.NONE);
            assertEquals("nats-sss", s.space());
            assertEquals(79.79, store.value("nats-sss", "8:8:8:8:8", "cifar10", "ori-test", 90, 777, "accuracy")
                    .getAsDouble(), 1e-9);
            assertEquals(79.79, store.value("nats-sss", "8:8:8:8:8", "cifar10", "ori-test", 90, null, "accuracy")
                    .getAsDouble(), 1e-9);
            assertTrue(store.value("nats-sss", "8:8:8:8:8", "cifar10", "ori-test", 12, null, "accuracy").isPresent());
            assertEquals(0.011714, store.value("nats-sss", "8:8:8:8:8", "cifar10", null, null, null, "params")
                    .getAsDouble(), 1e-12);
            assertEquals(1, store.sources().size());
            assertTrue(store.archString("nats-sss", 32767).isPresent());
        }
    }

    @Test
    void tarArchiveGivesSameValuesAsDirectory() throws Exception {
        Path tar = tmp.resolve("NATS-tss-v1_0-3ffb9-simple.tar");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            for (String f : new String[] {"meta.pickle.pbz2", "000000.pickle.pbz2"}) {
                byte[] bytes = Files.readAllBytes(TSS.resolve(f));
                TarArchiveEntry e = new TarArchiveEntry("NATS-tss-v1_0-3ffb9-simple/" + f);
                e.setSize(bytes.length);
                out.putArchiveEntry(e);
                out.write(bytes);
                out.closeArchiveEntry();
            }
        }
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            ImportSummary s = NatsImporter.importInto(store, tar, ImportProgress.NONE);
            assertEquals(1, s.architectures());
            assertEquals(85.8633, get(store, "cifar10", "ori-test", 200, null, "accuracy"), 1e-4);
        }
    }

    @Test
    void reimportReplacesInsteadOfDuplicating() {
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            ImportSummary first = NatsImporter.importInto(store, TSS, ImportProgress.NONE);
            int before = store.allMetrics("nb201", 0).size();
            ImportSummary second = NatsImporter.importInto(store, TSS, ImportProgress.NONE);
            assertEquals(before, store.allMetrics("nb201", 0).size());
            assertEquals(first.rows(), second.rows());
            assertEquals(2, store.sources().size());
        }
    }

    @Test
    void truncatedArchitectureFileLeavesStoreUnchanged() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("NATS-tss-v1_0-3ffb9-simple"));
        byte[] good = Files.readAllBytes(TSS.resolve("000000.pickle.pbz2"));
        Files.write(dir.resolve("000000.pickle.pbz2"), good);
        Files.write(dir.resolve("000001.pickle.pbz2"), Arrays.copyOf(good, good.length / 2));
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> NatsImporter.importInto(store, dir, ImportProgress.NONE));
            assertTrue(e.getMessage().contains("000001.pickle.pbz2"), e.getMessage());
            assertTrue(store.allMetrics("nb201", 0).isEmpty());
            assertTrue(store.sources().isEmpty());
            assertFalse(store.value("nb201", ARCH0, "cifar10", null, null, null, "params").isPresent());
        }
    }

    @Test
    void directoryWithoutArchitectureFilesIsRejected() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        try (OutputStream o = Files.newOutputStream(dir.resolve("readme.txt"))) {
            o.write('x');
        }
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> NatsImporter.importInto(store, dir, ImportProgress.NONE));
            assertTrue(e.getMessage().contains("no NNNNNN.pickle.pbz2"), e.getMessage());
        }
    }

    private static double get(BenchmarkStore store, String dataset, String split, int budget, Integer seed,
                              String metric) {
        return store.value("nb201", ARCH0, dataset, split, budget, seed, metric).orElseThrow();
    }
}
