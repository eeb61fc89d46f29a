package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;
import org.naswot.data.ImageBatch;
import org.naswot.data.InputKind;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.WeightInitializer;
import org.naswot.run.SpaceContext;
import org.naswot.score.ComputeDevice;
import org.naswot.space.Architecture;

class ZenProxyTest {

    /** Zen's BatchNorm term reads running variances: PyTorch's momentum update with the unbiased batch variance. */
    @Test
    void runningVarianceAfterTwoPassesIsTheMomentumAverageFromOne() {
        try (NDManager manager = NDManager.newBaseManager()) {
            BatchNorm2d bn = new BatchNorm2d(1);
            WeightInitializer.initialize(bn, manager, 1);
            float[] first = {1, 2, 3, 6};
            float[] second = {0, 10, -10, 4};
            bn.forward(manager.create(first, new Shape(4, 1, 1, 1)), ActivationRecorder.NONE);
            bn.forward(manager.create(second, new Shape(4, 1, 1, 1)), ActivationRecorder.NONE);
            double expected = 0.81 + 0.09 * unbiasedVariance(first) + 0.1 * unbiasedVariance(second);
            assertEquals(expected, bn.runningVar().value().getFloat(0), 1e-4);
        }
    }

    private static double unbiasedVariance(float[] v) {
        double mean = 0;
        for (float x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (float x : v) {
            ss += (x - mean) * (x - mean);
        }
        return ss / (v.length - 1);
    }

    @Test
    void usesOnlyTheBatchShapeAndDependsOnTheSeedAndCell() {
        SpaceContext space = SuiteZeroFixtures.nb201();
        ImageBatch images = space.batch("cifar10", InputKind.DATASET, 8, 1, null, n -> { });
        ImageBatch noise = space.batch("cifar10", InputKind.NOISE, 8, 1, null, n -> { });
        Architecture cell = space.space().architecture(4811);
        try (ProxyEvaluator onImages = new ProxyEvaluator(space.builder(), images, 10, ComputeDevice.select("cpu"));
             ProxyEvaluator onNoise = new ProxyEvaluator(space.builder(), noise, 10, ComputeDevice.select("cpu"))) {
            double zen = zen(onImages, cell, 1);
            assertTrue(Double.isFinite(zen));
            assertEquals(zen, zen(onNoise, cell, 1), 0.0);
            assertNotEquals(zen, zen(onImages, cell, 2));
            assertNotEquals(zen, zen(onImages, space.space().architecture(5480), 1));
        }
    }

    private static double zen(ProxyEvaluator evaluator, Architecture cell, long seed) {
        try (ProxyContext context = evaluator.open(cell, seed)) {
            return new ZenProxy().compute(context);
        }
    }
}
