package org.naswot.nn;

import ai.djl.ndarray.NDArray;

/**
 * A forward hook that changes the computation, unlike a {@link ReluObserver}: it keeps ReLUs' outputs by the identity
 * of their input array and hands one back instead of letting the ReLU compute it again. In a cell, every ReLUConvBN
 * edge leaving a node rectifies that node again, and each is one of the reference's hooked modules; a kernel that
 * remembers the first such ReLU counts its codes once more and returns its output (the same values). It belongs to
 * the kernel: only the one who counts a repeated ReLU may skip it.
 */
public interface ReluReuse {

    /**
     * Called before a reached ReLU computes: the output of a ReLU remembered earlier in this pass on this very input
     * array (the same object, unchanged), already counted again, which the ReLU returns; null when none is kept, and
     * the ReLU computes and reports to the observer as usual.
     */
    NDArray repeatRelu(NDArray input, boolean containerHooked);

    /** Called after the observer has seen a ReLU's output (reached or not): the hook may remember it by its input. */
    void remember(NDArray input, NDArray rectified);
}
