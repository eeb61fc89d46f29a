package org.naswot.nn;

import ai.djl.ndarray.NDArray;

/**
 * A cell node's sum as the reference's {@code sum()} forms it: ((a + b) + c) ..., in term order. In place once the
 * sum is a new array of its own; the first term may be another node's output (e.g. a skip connection's), which must
 * not change, so the second term makes a new array.
 */
public final class RunningSum {
    private NDArray value;
    private boolean own;

    public void add(NDArray term) {
        if (value == null) {
            value = term;
        } else if (own) {
            value.addi(term);
        } else {
            value = value.add(term);
            own = true;
        }
    }

    /** The sum so far; null before the first term. */
    public NDArray value() {
        return value;
    }
}
