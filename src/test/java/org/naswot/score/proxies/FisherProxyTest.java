package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.data.ImageBatch;
import org.naswot.data.InputKind;
import org.naswot.run.SpaceContext;
import org.naswot.score.ComputeDevice;

/**
 * Fisher's g_nk, read from output gates, checked against an independent quantity: a convolution has no bias, so
 * its output is linear in its weight and sum over images of g_nk = sum over channel k's weights of
 * weight x d(loss)/d(weight), which snip's gradients give.
 */
class FisherProxyTest {

    @Test
    void gateGradientsSumToWeightTimesGradientPerChannel() {
        SpaceContext space = SuiteZeroFixtures.nb201();
        ImageBatch batch = space.batch("cifar10", InputKind.DATASET, 8, 1, null, n -> { });
        try (ProxyEvaluator evaluator = new ProxyEvaluator(space.builder(), batch, 10, ComputeDevice.select("cpu"));
             ProxyContext context = evaluator.open(space.space().architecture(4811), 3)) {
            List<FisherProxy.LayerTerms> terms = context.lossPass().channels();
            List<WeightGradients.Layer> layers = context.lossGradients().layers();
            assertEquals(layers.size(), terms.size());
            int checked = 0;
            // the last layer is the classifier, whose bias also enters g_nk
            for (int l = 0; l < layers.size() - 1; l++) {
                FisherProxy.LayerTerms t = terms.get(l);
                float[] w = layers.get(l).weight();
                float[] g = layers.get(l).gradient();
                int perChannel = w.length / t.channels();
                assertEquals(perChannel, t.weightsPerChannel());
                for (int k = 0; k < t.channels(); k++) {
                    double expected = 0;
                    double scale = 0;
                    for (int j = k * perChannel; j < (k + 1) * perChannel; j++) {
                        expected += (double) w[j] * g[j];
                        scale += Math.abs((double) w[j] * g[j]);
                    }
                    double actual = 0;
                    for (int n = 0; n < t.images(); n++) {
                        actual += t.g()[n * t.channels() + k];
                    }
                    assertEquals(expected, actual, 1e-4 * scale + 1e-12, "layer " + l + " channel " + k);
                    checked += scale > 0 ? 1 : 0;
                }
            }
            assertTrue(checked > 100, "only " + checked + " channels had gradients");
            assertTrue(new FisherProxy().compute(context) > 0);
        }
    }
}
