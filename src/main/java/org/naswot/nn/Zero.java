package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** The "none" operation: zeros with the output's channel count (the reference computes x * 0). */
public final class Zero extends Module {
    private final int outChannels;

    /** @param outChannels channels of the result; -1 keeps the input's */
    public Zero(int outChannels) {
        this.outChannels = outChannels;
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        Shape s = x.getShape();
        if (outChannels < 0 || outChannels == s.get(1)) {
            return x.zerosLike();
        }
        return x.getManager().zeros(new Shape(s.get(0), outChannels, s.get(2), s.get(3)), x.getDataType());
    }
}
