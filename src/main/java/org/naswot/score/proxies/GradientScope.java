package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Records operations for a backward pass on the calling thread, in place of DJL's GradientCollector: that one allows
 * a single collector in the whole process (a second thread's is refused), while libtorch's grad mode, all that either
 * switches on, is per thread. So proxies can be computed on several threads at once.
 */
final class GradientScope implements AutoCloseable {
    private final boolean before;

    GradientScope() {
        before = JniUtils.isGradMode();
        JniUtils.setGradMode(true);
    }

    /** Back-propagates {@code target} (gradient of ones), accumulating into the leaves' {@code .grad}. */
    void backward(NDArray target) {
        backward(target, false);
    }

    /** As {@link #backward(NDArray)}; with {@code createGraph} the gradients are differentiable again. */
    void backward(NDArray target, boolean createGraph) {
        try (NDArray ones = target.onesLike()) {
            JniUtils.backward((PtNDArray) target, (PtNDArray) ones, createGraph, createGraph);
        }
    }

    /**
     * Back-propagates {@code target} with {@code gradient} as d(objective)/d(target), keeping the graph for another
     * backward pass (PyTorch's {@code backward(gradient, retain_graph=True)}).
     */
    void backwardRetainingGraph(NDArray target, NDArray gradient) {
        JniUtils.backward((PtNDArray) target, (PtNDArray) gradient, true, false);
    }

    /** Sets {@code leaf}'s accumulated gradient to zeros. */
    static void zeroGradient(NDArray leaf) {
        JniUtils.zeroGrad((PtNDArray) leaf);
    }

    @Override
    public void close() {
        JniUtils.setGradMode(before);
    }
}
