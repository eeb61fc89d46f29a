package org.naswot.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.naswot.score.proxies.ProxyContext;
import org.naswot.score.proxies.ProxyRegistry;
import org.naswot.score.proxies.ZeroCostProxy;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;
import org.naswot.testing.SharedData;

/** A failure is not a result: not stored, counted per proxy for the summary, and tried again by the next run. */
class FailedProxiesTest {

    /** Fails on its first {@code failures} calls, then works: an out-of-memory that a rerun does not meet. */
    private static final class Flaky implements ZeroCostProxy {
        private int failures;

        Flaky(int failures) {
            this.failures = failures;
        }

        @Override
        public String id() {
            return "flaky";
        }

        @Override
        public String description() {
            return "fails at first";
        }

        @Override
        public double compute(ProxyContext context) {
            if (failures-- > 0) {
                throw new IllegalStateException("out of memory (simulated)");
            }
            return 42;
        }
    }

    @Test
    void aFailedValueIsCountedNotStoredAndRetried() throws Exception {
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        Path db = Files.createTempDirectory("naswot-failed").resolve("results.sqlite");
        SpaceContext ctx = SpaceContext.open("nb201", data);
        Architecture a = ctx.space().architecture(17);
        ZeroCostProxy params = ProxyRegistry.get("params");
        try (ResultStore store = ResultStore.open(db);
             ScoringSession session = ScoringSession.open(new ScoringSession.Config("nb201", "cifar10",
                     InputKind.NOISE, 8, 3, 3, ReluCounting.REFERENCE, "cpu", null), ctx, n -> { })) {
            Flaky flaky = new Flaky(1);
            try (StoredProxies first = new StoredProxies(session, ctx, List.of(params, flaky), store)) {
                Map<String, Double> v = first.of(a);
                assertTrue(Double.isNaN(v.get("flaky")), "shown as missing");
                assertEquals(Map.of("flaky", 1), first.failedByProxy());
                assertEquals(1, first.computed(), "params computed");
            }
            try (StoredProxies second = new StoredProxies(session, ctx, List.of(params, flaky), store)) {
                Map<String, Double> v = second.of(a);
                assertEquals(42.0, v.get("flaky"), "the rerun tried again instead of reusing a failure");
                assertEquals(Map.of(), second.failedByProxy());
                assertEquals(1, second.reused(), "params reused");
            }
        }
    }
}
