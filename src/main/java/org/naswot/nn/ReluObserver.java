package org.naswot.nn;

import ai.djl.ndarray.NDArray;

/**
 * Sees every ReLU's output during a forward pass and changes nothing. It receives the rectified tensor: relu(x) &gt; 0
 * exactly where x &gt; 0, so the positive entries are the binary codes the reference takes from the input (which also
 * makes the in-place {@code lastact} ReLU, whose hook sees the rectified tensor, no special case).
 * {@code containerHooked} says whether the reference code's hook would also fire on the ReLU's container
 * (a ReLUConvBN), i.e. whether the reference counts this ReLU's codes twice.
 */
@FunctionalInterface
public interface ReluObserver {

    void record(NDArray rectified, boolean containerHooked);

    /**
     * A ReLU that runs but whose output does not reach the network's output, so no gradient flows through it: the
     * reference's hook gates on a flag its backward hook sets, and so never counts such a ReLU (nor its ReLUConvBN
     * container) in its kernel, while Eq. 1 counts every ReLU that runs. By default the same as {@link #record}; an
     * observer that wraps another must pass this on as it is.
     */
    default void recordUnreached(NDArray rectified, boolean containerHooked) {
        record(rectified, containerHooked);
    }
}
