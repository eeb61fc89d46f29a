package org.naswot.nn;

import ai.djl.ndarray.NDArray;

/**
 * Receives the input of every ReLU during a forward pass. {@code containerHooked} says whether the
 * reference code's hook would also fire on the ReLU's container (a ReLUConvBN), i.e. whether the
 * reference counts this ReLU's codes twice.
 */
@FunctionalInterface
public interface ActivationRecorder {

    ActivationRecorder NONE = (input, containerHooked) -> { };

    void record(NDArray input, boolean containerHooked);
}
