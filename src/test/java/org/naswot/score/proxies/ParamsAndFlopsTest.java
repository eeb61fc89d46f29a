package org.naswot.score.proxies;

import org.naswot.run.proxies.SuiteZeroComparison;
import org.naswot.bench.SuiteZeroTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.naswot.data.ImageBatch;
import org.naswot.run.SpaceContext;
import org.naswot.score.ComputeDevice;
import org.naswot.space.Architecture;

/** Parameter and FLOP counts against NAS-Bench-Suite-Zero's columns and the NATS-Bench record of cell 0. */
class ParamsAndFlopsTest {
    private static SpaceContext space;
    private static SuiteZeroTable table;

    @BeforeAll
    static void setUp() {
        space = SuiteZeroFixtures.nb201();
        table = SuiteZeroFixtures.table();
    }

    /** Only the shape of the batch matters to these counts. */
    private static ProxyEvaluator evaluator(int classes, int size) {
        ImageBatch shape = new ImageBatch(new float[3 * size * size], 1, 3, size, size, new int[1], "shape only");
        return new ProxyEvaluator(space.builder(), shape, classes, ComputeDevice.select("cpu"));
    }

    @Test
    void cellZeroMatchesNatsBench() {
        // NATS-Bench tss record of cell 0 (cifar10): params 0.129306 M, flop 15.64737 M
        try (ProxyEvaluator e = evaluator(10, 32); ProxyContext c = e.open(space.space().architecture(0), 1)) {
            assertEquals(0.129306, new ParamsProxy().compute(c), 1e-12);
            assertEquals(15.64737, new FlopsProxy().compute(c), 1e-9);
        }
    }

    @Test
    void paramsEqualSuiteZeroForEveryCellOfEveryDataset() {
        check("cifar10", 10, 32, 1, false);
        check("cifar100", 100, 32, 1, false);
        check("ImageNet16-120", 120, 16, 1, false);
    }

    @Test
    void naslibFlopsEqualSuiteZero() {
        check("cifar10", 10, 32, 1, true);
        check("cifar100", 100, 32, 7, true);
        check("ImageNet16-120", 120, 16, 7, true);
    }

    private static void check(String dataset, int classes, int size, int every, boolean flops) {
        List<SuiteZeroTable.Row> rows = SuiteZeroFixtures.everyKth(table.rows(dataset), every);
        // 725 cells each for cifar10/cifar100, 724 for ImageNet16-120
        assertTrue(table.rows(dataset).size() >= 724, dataset);
        ZeroCostProxy proxy = flops ? new FlopsProxy(FlopCounter.Convention.NASLIB) : new ParamsProxy();
        try (ProxyEvaluator e = evaluator(classes, size)) {
            for (SuiteZeroTable.Row row : rows) {
                Architecture a = space.space().architecture(row.index());
                assertEquals(row.arch(), a.encoding());
                try (ProxyContext c = e.open(a, 1)) {
                    // the table prints 6 decimals of millions: counts are exact up to that rounding
                    assertEquals(table.value(row, flops ? "flops" : "params"), proxy.compute(c), 5e-7,
                            dataset + " cell " + row.index());
                }
            }
        }
    }
}
