package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Scalars for arithmetic inside a network or a loss. DJL's {@code NDArray.mul(Number)} (and add/sub/div) wraps the
 * number in an array over a Java buffer without copying, closes it after the operation, and the garbage collector
 * then frees that buffer; but when the operation is recorded for a backward pass, libtorch keeps the scalar and reads
 * it again during backward, by then possibly freed memory (proxy values off by orders of magnitude, or NaN, whenever a
 * collection ran in between: more often with other threads allocating). These scalars are allocated by libtorch
 * itself, which keeps them alive as long as any graph holds them. {@code ArchitectureRulesTest} forbids the Number
 * overloads where networks and proxies compute.
 */
public final class Constants {
    private Constants() {
    }

    /** A 0-dimensional array of {@code value}, of {@code like}'s type, device and manager, owned by libtorch. */
    public static NDArray scalar(NDArray like, double value) {
        return like.getManager().full(new Shape(), (float) value, like.getDataType());
    }
}
