package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * What a forward pass reports to: every ReLU's output ({@link ReluObserver}), each layer and module, and, on the
 * kernel's side only, the one hook that may change the computation ({@link #reluReuse()}). Everything but the reuse
 * only observes.
 */
@FunctionalInterface
public interface ActivationRecorder extends ReluObserver {

    ActivationRecorder NONE = (rectified, containerHooked) -> { };

    /** The hook that may replace a ReLU's computation by a kept output; null (the default) for one that observes. */
    default ReluReuse reluReuse() {
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
