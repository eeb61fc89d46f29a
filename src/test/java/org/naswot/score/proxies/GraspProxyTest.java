package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.data.ImageBatch;
import org.naswot.data.InputKind;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Module;
import org.naswot.nn.Parameter;
import org.naswot.run.SpaceContext;
import org.naswot.score.ComputeDevice;

/**
 * GraSP's double back-propagation checked against finite differences in double precision: H is symmetric, so
 * sum theta x Hg = g . H theta = d/de [g . grad L((1 + e) theta)] at e = 0 (all conv/linear weights scaled).
 */
class GraspProxyTest {
    private static final double EPS = 1e-5;

    @Test
    void hessianGradientProductMatchesFiniteDifferences() {
        SpaceContext space = SuiteZeroFixtures.nb201();
        ImageBatch batch = space.batch("cifar10", InputKind.DATASET, 16, 1, null, n -> { });
        try (ProxyEvaluator evaluator = new ProxyEvaluator(space.builder(), batch, 10, ComputeDevice.select("cpu"))) {
            // |avg~0|+|skip~0|none~1|+|avg~0|conv3x3~1|skip~2|: differences converge (1e-3: 0.27222, 1e-5 and 1e-6:
            // 0.2705863). Some cells' do not (4811's grow as 1/e in double precision: a non-smooth point at e = 0).
            try (ProxyContext context = evaluator.open(space.space().architecture(5480), 5)) {
                double exact = new GraspProxy().compute(context);
                double[] g = gradients(context, 1);
                double difference = -(dot(g, gradients(context, 1 + EPS)) - dot(g, gradients(context, 1 - EPS))) / (2 * EPS);
                assertEquals(difference, exact, 1e-4 * Math.abs(difference));
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** All conv/linear weight gradients, concatenated, of the network in double precision, weights scaled. */
    private static double[] gradients(ProxyContext context, double factor) {
        Module network = context.freshNetwork();
        for (Parameter p : network.stateDict().values()) {
            p.replaceValue(p.value().toType(DataType.FLOAT64, false));
        }
        List<Parameter> weights = PrunableWeights.of(network);
        for (Parameter p : weights) {
            p.replaceValue(p.value().mul(factor));
        }
        List<NDArray> values = WeightGradients.values(weights);
        try (GradientScope scope = new GradientScope()) {
            values.forEach(v -> v.setRequiresGradient(true));
            NDArray logits = network.forward(context.input().toType(DataType.FLOAT64, false), ActivationRecorder.NONE);
            Backward.run(scope, WeightGradients.crossEntropy(logits,
                    context.manager().create(context.batch().labels()), context.classes()), values);
        }
        return values.stream().flatMapToDouble(v -> java.util.Arrays.stream(v.getGradient().toDoubleArray())).toArray();
    }
}
