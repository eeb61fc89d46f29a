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
