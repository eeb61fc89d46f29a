package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Sees every ReLU during a forward pass. It receives the ReLU's output: relu(x) &gt; 0 exactly where x &gt; 0,
 * so the positive entries are the binary codes the reference takes from the input (which also makes the
 * in-place {@code lastact} ReLU, whose hook sees the rectified tensor, no special case).
 * {@code containerHooked} says whether the reference code's hook would also fire on the ReLU's container
 * (a ReLUConvBN), i.e. whether the reference counts this ReLU's codes twice.
 */
@FunctionalInterface
public interface ActivationRecorder {

    ActivationRecorder NONE = (rectified, containerHooked) -> { };

    void record(NDArray rectified, boolean containerHooked);

    /**
     * {@link #record} with the ReLU's input, which a recorder may remember to serve {@link #repeatRelu}. By default
     * the input is ignored.
     */
    default void record(NDArray input, NDArray rectified, boolean containerHooked) {
        record(rectified, containerHooked);
    }

    /**
     * A ReLU that runs but whose output does not reach the network's output, so no gradient flows through it: the
     * reference's hook gates on a flag its backward hook sets, and so never counts such a ReLU (nor its ReLUConvBN
     * container) in its kernel, while Eq. 1 counts every ReLU that runs. By default the same as {@link #record}; a
     * recorder that wraps another must pass this on as it is.
     */
    default void recordUnreached(NDArray input, NDArray rectified, boolean containerHooked) {
        record(input, rectified, containerHooked);
    }

    /**
     * A ReLU whose very input array (the same object, unchanged) a ReLU recorded earlier in this pass: in a cell, every
     * ReLUConvBN edge leaving a node rectifies that node again, and each is one of the reference's hooked modules. A
     * recorder that remembers that ReLU counts its codes once more and returns its output, which the ReLU then returns
     * instead of computing it again (the same values); null (the default) when it keeps none, and the ReLU computes
     * and records as usual.
     */
    default NDArray repeatRelu(NDArray input, boolean containerHooked) {
        return null;
    }

    /**
     * Sees each convolution, linear, BatchNorm and pooling layer with its input and output shapes (e.g. to
     * count FLOPs); ReLUs report through {@link #record}. Ignored by default.
     */
    default void layer(Module layer, Shape input, Shape output) {
    }

    /**
     * Sees the feature map [N,C,H,W] entering global average pooling (Zen-score's "before global average pool"
     * output); copy what is needed, the array may be freed after the forward pass. Ignored by default.
     */
    default void pooledFeatures(NDArray features) {
    }

    /** Sees every module as its forward begins (e.g. to time it); ignored by default. */
    default void moduleStart(Module module) {
    }

    /**
     * Sees every module's output as it is returned (MeCo hooks all modules); the array may be freed after the
     * forward pass. Ignored by default.
     */
    default void moduleOutput(Module module, NDArray output) {
    }
}
