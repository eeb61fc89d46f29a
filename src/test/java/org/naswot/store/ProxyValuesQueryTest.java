package org.naswot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.score.ScoreResult;

/** A whole run's proxy values in one query: NaN and infinities come back as stored, other architectures stay out. */
class ProxyValuesQueryTest {
    @TempDir
    Path tmp;

    @Test
    void valuesOfManyArchitecturesComeBackByIndexAndProxy() {
        try (ResultStore store = ResultStore.open(tmp.resolve("r.sqlite"))) {
            ScoreResult a = StoreFixtures.score(1);
            ScoreResult b = StoreFixtures.score(2);
            store.addProxyValue(StoreFixtures.settings(), a.index(), a.arch(), "snip", Double.NaN, 0);
            store.addProxyValue(StoreFixtures.settings(), a.index(), a.arch(), "epe_nas", Double.NEGATIVE_INFINITY, 0);
            store.addProxyValue(StoreFixtures.settings(), b.index(), b.arch(), "snip", 2.5, 0);
            store.addProxyValue(StoreFixtures.settings(), 3, "another architecture", "snip", 7, 0);
            Map<Integer, Map<String, Double>> v = store.proxyValues(StoreFixtures.settings(),
                    Map.of(a.index(), a.arch(), b.index(), b.arch(), 3, StoreFixtures.score(3).arch()));
            assertTrue(Double.isNaN(v.get(1).get("snip")), "NaN, not 0: " + v);
            assertEquals(Double.NEGATIVE_INFINITY, v.get(1).get("epe_nas"));
            assertEquals(Map.of("snip", 2.5), v.get(2));
            assertEquals(null, v.get(3), "a value of another architecture at the same index is not this one's");
            assertEquals(v.get(1).keySet(), store.proxyValues(StoreFixtures.settings(), a.index(), a.arch()).keySet());
        }
    }
}
