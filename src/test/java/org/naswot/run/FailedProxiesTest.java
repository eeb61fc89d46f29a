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

    /** NaN on every call: a value the proxy leaves mathematically undefined. */
    private static final class Undefined implements ZeroCostProxy {
        private int calls;

        @Override
        public String id() {
            return "undefined";
        }

        @Override
        public String description() {
            return "always NaN";
        }

        @Override
        public double compute(ProxyContext context) {
            calls++;
            return Double.NaN;
        }
    }

    @Test
    void anUndefinedValueIsStoredAndCountedApartFromFailures() throws Exception {
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        Path db = Files.createTempDirectory("naswot-undefined").resolve("results.sqlite");
        SpaceContext ctx = SpaceContext.open("nb201", data);
        Architecture a = ctx.space().architecture(17);
        Undefined undefined = new Undefined();
        try (ResultStore store = ResultStore.open(db);
             ScoringSession session = ScoringSession.open(new ScoringSession.Config("nb201", "cifar10",
                     InputKind.NOISE, 8, 3, 3, ReluCounting.REFERENCE, "cpu", null), ctx, n -> { })) {
            for (int run = 0; run < 2; run++) {
                try (StoredProxies proxies = new StoredProxies(session, ctx, List.of(undefined), store)) {
                    double value = proxies.of(a).get("undefined");
                    assertTrue(Double.isNaN(value), "run " + run + ": " + value);
                    assertEquals(Map.of("undefined", 1), proxies.undefinedByProxy());
                    assertEquals(Map.of(), proxies.failedByProxy());
                }
            }
            assertEquals(1, undefined.calls, "a stored NaN is a value: reused, not recomputed");
            assertEquals(Map.of(), store.proxyFailures(session.settings()));
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
                assertTrue(store.proxyValues(session.settings(), a.index(), a.encoding()).keySet()
                        .equals(java.util.Set.of("params")), "the failure is not a value");
                String message = store.proxyFailures(session.settings()).get(a.index()).get("flaky");
                assertTrue(message.contains("out of memory (simulated)"), "the failure is stored with its message: "
                        + message);
            }
            try (StoredProxies second = new StoredProxies(session, ctx, List.of(params, flaky), store)) {
                Map<String, Double> v = second.of(a);
                assertEquals(42.0, v.get("flaky"), "the rerun tried again instead of reusing a failure");
                assertEquals(Map.of(), second.failedByProxy());
                assertEquals(1, second.reused(), "params reused");
                assertEquals(Map.of(), store.proxyFailures(session.settings()), "the value replaced the failure");
            }
        }
    }
}
