package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.naswot.nn.Constants;

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
    static void run(GradientScope scope, NDArray objective, List<NDArray> differentiated) {
        scope.backward(withGraph(objective, differentiated));
    }

    /**
     * As {@link #run}, but the gradients left in {@code differentiated} are themselves differentiable (PyTorch's
     * {@code create_graph=True}), for a Hessian-vector product. Must run inside an open GradientScope.
     */
    static void runCreatingGraph(GradientScope scope, NDArray objective, List<NDArray> differentiated) {
        scope.backward(withGraph(objective, differentiated), true);
    }

    private static NDArray withGraph(NDArray objective, List<NDArray> differentiated) {
        NDArray total = objective;
        for (NDArray x : differentiated) {
            NDArray sum = x.sum();
            total = total.add(sum.mul(Constants.scalar(sum, 0)));
        }
        return total;
    }
}
