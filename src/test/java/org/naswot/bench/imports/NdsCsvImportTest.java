package org.naswot.bench.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.naswot.common.UserFacingException;
import org.naswot.spaces.nds.NdsImporter;
import org.naswot.testing.SharedData;

class NdsCsvImportTest {
    @TempDir
    Path tmp;

    /** A valid NDS net (the importer checks each record's net). */
    private static String net(int depth) {
        return "{\"block_type\": \"res_basic_block\", \"ds\": [" + depth + "], \"ws\": [16], \"ss\": [1], "
                + "\"bot_muls\": null, \"num_gs\": null}";
    }

    private static String rec(String net, String errors) {
        return "{\"net\": " + net + ", \"params\": 2500000, \"flops\": 300000000, \"test_ep_top1\": [" + errors + "]}";
    }

    @Test
    void ndsListUsesLastTestError() throws Exception {
        Path f = tmp.resolve("DARTS.json");
        Files.writeString(f, "[" + rec(net(8), "50.0, 20.0, 6.5") + ", " + rec(net(12), "9.25")
                + "]");
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            ImportSummary s = DataImport.run(f, store, ImportProgress.NONE);
            assertEquals("nds", s.kind());
            assertEquals("nds-darts", s.space());
            assertEquals(93.5, store.value("nds-darts", "0", "cifar10", "test", 3, null, "accuracy").getAsDouble(),
                    1e-9);
            assertEquals(90.75, store.value("nds-darts", "1", "cifar10", "test", 1, null, "accuracy").getAsDouble(),
                    1e-9);
            assertEquals(2.5, store.allMetrics("nds-darts", 1).get("cifar10/params"), 1e-12);
            assertEquals(300.0, store.allMetrics("nds-darts", 1).get("cifar10/flops"), 1e-9);
        }
    }

    @Test
    void ndsTopMidIsIndexedTopFirstEvenWhenMidComesFirst() throws Exception {
        Path f = tmp.resolve("Amoeba_in.json");
        Files.writeString(f, "{\"mid\": [" + rec(net(3), "30") + "], \"top\": [" + rec(net(1), "10") + ", "
                + rec(net(2), "20") + "]}");
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            NdsImporter.importInto(store, f, ImportProgress.NONE);
            assertEquals(90.0, store.allMetrics("nds-amoeba_in", 0).get("imagenet/test/1/accuracy"), 1e-9);
            assertEquals(80.0, store.allMetrics("nds-amoeba_in", 1).get("imagenet/test/1/accuracy"), 1e-9);
            assertEquals(70.0, store.allMetrics("nds-amoeba_in", 2).get("imagenet/test/1/accuracy"), 1e-9);
        }
    }

    @Test
    void ndsRecordWithoutErrorsIsRejectedAndNothingStored() throws Exception {
        Path f = tmp.resolve("ENAS.json");
        Files.writeString(f, "[" + rec(net(1), "5") + ", {\"net\": {}}]");
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> NdsImporter.importInto(store, f, ImportProgress.NONE));
            assertEquals(f + ": record 1 has no numeric test_ep_top1 list", e.getMessage());
            assertTrue(store.allMetrics("nds-enas", 0).isEmpty());
        }
    }

    @Test
    void csvWithMappingQuotesAndNaN() throws Exception {
        Path f = tmp.resolve("scores.csv");
        Files.writeString(f, "id,name,acc,score\n7,\"a,b\",91.5,nan\n8,\"say \"\"hi\"\"\",80,-3.25\n");
        CsvMapping m = new CsvMapping("toy", "name", "id", "name", List.of(
                new CsvMapping.Column("acc", "cifar10", "valid", 200, null, "accuracy"),
                new CsvMapping.Column("score", "cifar10", null, null, null, "nwot")));
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            ImportSummary s = CsvImporter.importInto(store, f, m, ImportProgress.NONE);
            assertEquals(2, s.architectures());
            assertEquals(3, s.rows());
            assertEquals(91.5, store.value("toy", "a,b", "cifar10", "valid", 200, null, "accuracy").getAsDouble());
            assertEquals(-3.25, store.allMetrics("toy", 8).get("cifar10/nwot"));
            assertTrue(store.value("toy", "a,b", "cifar10", null, null, null, "nwot").isEmpty());
        }
    }

    @Test
    void csvBadNumberNamesLineAndColumn() throws Exception {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, "id,acc\n1,90\n2,ninety\n");
        CsvMapping m = new CsvMapping("toy", "id", "id", null,
                List.of(new CsvMapping.Column("acc", "cifar10", "test", null, null, "accuracy")));
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> CsvImporter.importInto(store, f, m, ImportProgress.NONE));
            assertEquals(f + ": line 3, column 'acc': 'ninety' is not a number", e.getMessage());
            assertTrue(store.sources().isEmpty());
        }
    }

    @Test
    void sharedNb201TableIsRecognisedAndMeetsNatsRows() {
        Path csv = SharedData.data("nb201/nb201_accuracies.csv");
        assertEquals(DataImport.Kind.CSV, DataImport.detect(csv));
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("b.sqlite"))) {
            NatsImporter.importInto(store, SharedData.data("nb201/nats-samples/NATS-tss-v1_0-3ffb9-simple"),
                    ImportProgress.NONE);
            ImportSummary s = DataImport.run(csv, store, ImportProgress.NONE);
            assertEquals(15625, s.architectures());
            // same arch row as the NATS import: the table's 200-epoch mean equals the pickle's ori-test mean
            var all = store.allMetrics("nb201", 0);
            assertEquals(all.get("cifar10/ori-test/200/accuracy"), all.get("cifar10/test/200/accuracy"), 1e-6);
            assertEquals(94.37, store.allMetrics("nb201", 6111).get("cifar10/test/200/accuracy"), 0.005);
            assertEquals(81.98266666, all.get("cifar10-valid/valid/200/accuracy_nb201v10"), 1e-6);
        }
    }

    @Test
    void detectRecognisesEachKind() throws Exception {
        assertEquals(DataImport.Kind.NATS,
                DataImport.detect(SharedData.data("nb201/nats-samples/NATS-sss-v1_0-50262-simple")));
        Path tf = Files.write(tmp.resolve("nasbench_only108.tfrecord"), new byte[0]);
        assertEquals(DataImport.Kind.NB101_TFRECORD, DataImport.detect(tf));
        Path json = Files.writeString(tmp.resolve("x.data"), "  [ ]");
        assertEquals(DataImport.Kind.NDS_JSON, DataImport.detect(json));
        Path other = Files.writeString(tmp.resolve("notes.txt"), "hello");
        UserFacingException e = assertThrows(UserFacingException.class, () -> DataImport.detect(other));
        assertTrue(e.getMessage().startsWith(other + ": unknown benchmark format"), e.getMessage());
    }
}
