package org.naswot.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.bench.imports.BenchmarkStore;
import org.naswot.bench.imports.ImportProgress;
import org.naswot.bench.imports.NatsImporter;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.testing.SharedData;

/** SpaceContext's accuracy lookups for nats-sss come from benchmarks.sqlite; nb201's from its table. */
class NatsSssAccuracyTest {
    private static final Path SSS = SharedData.data("nb201/nats-samples/NATS-sss-v1_0-50262-simple");

    @TempDir
    Path tmp;

    @Test
    void importedSampleAnswersForArchitectureZero() {
        DataDirectory data = new DataDirectory(tmp);
        try (BenchmarkStore store = BenchmarkStore.openDefault(data)) {
            NatsImporter.importInto(store, SSS, ImportProgress.NONE);
        }
        SpaceContext ctx = SpaceContext.open("nats-sss", data);
        assertEquals("8:8:8:8:8", ctx.space().architecture(0).encoding());
        assertEquals("cifar10-valid/x-valid/90", ctx.defaultAccuracyColumn());
        ctx.requireAccuracyColumn(ctx.defaultAccuracyColumn());
        assertEquals(79.79, ctx.accuracy(0, "cifar10/ori-test/90"), 1e-9);
        double valid = ctx.accuracy(0, "cifar10-valid/x-valid/90");
        assertTrue(valid > 70 && valid < 80, "x-valid accuracy " + valid);
        // budgets are separate series: 12 epochs is lower than 90
        assertTrue(ctx.accuracy(0, "cifar10/ori-test/12") < 79.79);
        // only architecture 0 has records in the sample; out of range is unknown too
        assertTrue(Double.isNaN(ctx.accuracy(1, "cifar10/ori-test/90")));
        assertTrue(Double.isNaN(ctx.accuracy(-1, "cifar10/ori-test/90")));
        assertTrue(Double.isNaN(ctx.accuracy(0, "cifar10/ori-test/200")));

        UserFacingException bad = assertThrows(UserFacingException.class, () -> ctx.requireAccuracyColumn("cifar10"));
        assertTrue(bad.getMessage().contains("not dataset/split/budget"), bad.getMessage());
    }

    @Test
    void nothingImportedIsAClearMessage() {
        SpaceContext ctx = SpaceContext.open("nats-sss", new DataDirectory(tmp));
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> ctx.requireAccuracyColumn("cifar10-valid/x-valid/90"));
        assertTrue(e.getMessage().startsWith("no nats-sss accuracies imported in " + tmp.resolve("benchmarks.sqlite")),
                e.getMessage());
        assertTrue(e.getMessage().contains("naswot data import NATS-sss-v1_0-50262-simple.tar"), e.getMessage());
        assertTrue(Double.isNaN(ctx.accuracy(0, "cifar10-valid/x-valid/90")));
        assertTrue(!tmp.resolve("benchmarks.sqlite").toFile().exists(), "lookups must not create the store");
    }

    @Test
    void nb201KeepsItsTable() {
        SpaceContext ctx = SpaceContext.open("nb201", new DataDirectory(SharedData.dataDir()));
        assertEquals("cifar10valid_valid_200ep_nb201v10", ctx.defaultAccuracyColumn());
        ctx.requireAccuracyColumn("cifar10_test_200ep_nats");
        assertEquals(94.37, ctx.accuracy(6111, "cifar10_test_200ep_nats"), 0.005);
        assertThrows(UserFacingException.class, () -> ctx.requireAccuracyColumn("cifar10-valid/x-valid/90"));
    }
}
