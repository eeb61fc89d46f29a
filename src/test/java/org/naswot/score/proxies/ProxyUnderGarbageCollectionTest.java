package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.naswot.data.ImageBatch;
import org.naswot.data.InputKind;
import org.naswot.run.SpaceContext;
import org.naswot.score.ComputeDevice;
import org.naswot.space.Architecture;

/**
 * Every proxy gives the same value, to the last bit, while another thread keeps the garbage collector busy. DJL's
 * Number overloads (x.mul(0), loss.div(n), sum.div(9)) wrap the number in a Java buffer that a collection frees while
 * the backward pass still reads it: with them, snip/grad_norm/fisher/plain and synflow came out as 1e19..1e39 or NaN
 * here (and on a worker run, where the other workers' allocations trigger the collections).
 */
class ProxyUnderGarbageCollectionTest {

    @Test
    void valuesDoNotChangeWhenCollectionsRunDuringBackwardPasses() throws Exception {
        SpaceContext space = SuiteZeroFixtures.nb201();
        ImageBatch batch = space.batch("cifar10", InputKind.DATASET, 16, 1, null, n -> { });
        // avg-pool, conv and none edges; a cell with all three op kinds
        List<Architecture> cells = List.of(space.space().architecture(13193), space.space().architecture(7000));
        try (ProxyEvaluator evaluator = new ProxyEvaluator(space.builder(), batch, 10, ComputeDevice.select("cpu"))) {
            List<Map<String, Double>> quiet = new ArrayList<>();
            for (Architecture a : cells) {
                quiet.add(evaluator.computeAll(a, 5, ProxyRegistry.all()));
            }
            AtomicBoolean stop = new AtomicBoolean();
            Thread collector = new Thread(() -> {
                while (!stop.get()) {
                    long start = System.nanoTime();
                    System.gc();
                    // every 5 ms on a small heap; on the large heap of a whole test run a full collection takes long
                    // enough that back-to-back ones would stall the computation for many minutes: then pause three
                    // times as long as the collection took, so the proxies still meet collections throughout
                    long pauseMs = Math.max(5, 3 * (System.nanoTime() - start) / 1_000_000);
                    try {
                        Thread.sleep(pauseMs);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            collector.setDaemon(true);
            collector.start();
            try {
                for (int round = 0; round < 1; round++) {
                    for (int i = 0; i < cells.size(); i++) {
                        assertEquals(quiet.get(i), evaluator.computeAll(cells.get(i), 5, ProxyRegistry.all()),
                                "cell " + cells.get(i).index() + ", round " + round);
                    }
                }
            } finally {
                stop.set(true);
                collector.join();
            }
        }
    }
}
