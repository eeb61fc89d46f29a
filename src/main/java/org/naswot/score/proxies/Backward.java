package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.List;

/** Back-propagation that tolerates objectives with no path to the differentiated arrays. */
final class Backward {
    private Backward() {
    }

    /**
     * Back-propagates {@code objective} to {@code differentiated} (arrays marked as requiring gradients).
     * A zero-weighted sum of those arrays is added first, which changes no gradient but guarantees a graph:
     * a cell whose output is a {@code none} edge has none otherwise (the reference computes x * 0 and gets
     * zero gradients; the zeros here carry no graph and libtorch would refuse the backward call).
     */
    static void run(GradientCollector collector, NDArray objective, List<NDArray> differentiated) {
        collector.backward(withGraph(objective, differentiated));
    }

    /**
     * As {@link #run}, but the gradients left in {@code differentiated} are themselves differentiable (PyTorch's
     * {@code create_graph=True}), for a Hessian-vector product. DJL's collector does not offer this; its engine's
     * JNI call does. Must run inside an open GradientCollector (grad mode on).
     */
    static void runCreatingGraph(NDArray objective, List<NDArray> differentiated) {
        NDArray total = withGraph(objective, differentiated);
        JniUtils.backward((PtNDArray) total, (PtNDArray) total.onesLike(), true, true);
    }

    private static NDArray withGraph(NDArray objective, List<NDArray> differentiated) {
        NDArray total = objective;
        for (NDArray x : differentiated) {
            total = total.add(x.sum().mul(0));
        }
        return total;
    }
}
