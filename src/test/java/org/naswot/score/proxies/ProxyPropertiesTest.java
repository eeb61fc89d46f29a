package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.naswot.common.UserFacingException;
import org.naswot.data.ImageBatch;
import org.naswot.data.InputKind;
import org.naswot.run.ArchitectureSeeds;
import org.naswot.run.SpaceContext;
import org.naswot.score.ComputeDevice;
import org.naswot.space.Architecture;

/** Every proxy on a few real NB201 cells: finite, reproducible, and sensitive to what it should be. */
class ProxyPropertiesTest {
    private static SpaceContext space;
    private static ImageBatch batch;
    private static ProxyEvaluator evaluator;

    @BeforeAll
    static void setUp() {
        space = SuiteZeroFixtures.nb201();
        batch = space.batch("cifar10", InputKind.DATASET, 16, 1, null, n -> { });
        evaluator = new ProxyEvaluator(space.builder(), batch, 10, ComputeDevice.select("cpu"));
    }

    @AfterAll
    static void tearDown() {
        evaluator.close();
    }

    private static Map<String, Double> all(int index, long seed) {
        Architecture a = space.space().architecture(index);
        return evaluator.computeAll(a, ArchitectureSeeds.of(seed, a), ProxyRegistry.all());
    }

    @Test
    void everyProxyIsFiniteAndDeterministic() {
        for (int index : new int[] {0, 4811, 982}) {
            Map<String, Double> first = all(index, 1);
            Map<String, Double> again = all(index, 1);
            assertEquals(ProxyRegistry.ids(), List.copyOf(first.keySet()));
            for (String id : first.keySet()) {
                assertTrue(Double.isFinite(first.get(id)), id + " of cell " + index + " is " + first.get(id));
                assertEquals(first.get(id), again.get(id), 0.0, id + " of cell " + index + " is not reproducible");
            }
        }
    }

    @Test
    void weightDependentProxiesChangeWithTheSeedAndCountsDoNot() {
        Map<String, Double> a = all(4811, 1);
        Map<String, Double> b = all(4811, 2);
        for (String id : List.of("synflow", "snip", "grad_norm", "jacov", "fisher", "epe_nas", "zen", "vkdnw",
                "ntk_cond")) {
            assertTrue(Math.abs(a.get(id) - b.get(id)) > 1e-9 * Math.abs(a.get(id)), id + " ignores the weights");
        }
        for (String id : List.of("params", "flops", "flops_naslib")) {
            assertEquals(a.get(id), b.get(id), 0.0, id);
        }
    }

    @Test
    void cellWithoutAPathToItsOutputHasNoFlowAndNoGradients() {
        // |none~0|+|skip~0|avg~1|+|none~0|skip~1|none~2|: node 1 is zero, so every cell outputs zeros
        Map<String, Double> v = all(8274, 1);
        assertEquals(Double.NEGATIVE_INFINITY, v.get("synflow"));
        assertEquals(0.0, v.get("snip"));
        assertEquals(0.0, v.get("grad_norm"));
        assertEquals(Double.NEGATIVE_INFINITY, v.get("jacov"));
        try (ProxyContext c = evaluator.open(space.space().architecture(8274), 1)) {
            assertEquals(0.0, new GraspProxy().compute(c));
        }
        assertEquals(Double.NEGATIVE_INFINITY, v.get("epe_nas"));
        assertEquals(Double.NEGATIVE_INFINITY, v.get("zen"), "log of zero feature differences");
        // the classifier's output is its bias, so its channels still have activation x gradient (as in NASLib)
        assertTrue(v.get("fisher") > 0);
        // only the classifier's bias moves the logits: a rank-1 Fisher matrix, whose deciles are all 0
        assertEquals(0.0, v.get("vkdnw"));
        // no weight gradient at all: the NTK is 0 and its condition number 0/0, read as 100000
        assertEquals(-100000.0, v.get("ntk_cond"));
    }

    @Test
    void lossProxiesNeedLabels() {
        ImageBatch noise = space.batch("cifar10", InputKind.NOISE, 4, 1, null, n -> { });
        Architecture a = space.space().architecture(0);
        try (ProxyEvaluator e = new ProxyEvaluator(space.builder(), noise, 10, ComputeDevice.select("cpu"));
             ProxyContext c = e.open(a, 1)) {
            assertThrows(UserFacingException.class, () -> new SnipProxy().compute(c));
            assertThrows(UserFacingException.class, () -> new FisherProxy().compute(c));
            assertThrows(UserFacingException.class, () -> new GraspProxy().compute(c));
            assertThrows(UserFacingException.class, () -> new EpeNasProxy().compute(c));
            assertTrue(Double.isFinite(new SynflowProxy().compute(c)), "synflow uses no data");
        }
    }

    @Test
    void registryDescribesEachProxyOnOneLine() {
        for (ZeroCostProxy p : ProxyRegistry.all()) {
            assertEquals(p, ProxyRegistry.get(p.id()));
            assertTrue(!p.description().isBlank() && !p.description().contains("\n"), p.id());
        }
        // grasp leaks native memory on every call (see GraspProxy), so it is deliberately not offered
        assertThrows(UserFacingException.class, () -> ProxyRegistry.get("grasp"));
        assertThrows(UserFacingException.class, () -> ProxyRegistry.get("no_such_proxy"));
    }
}
