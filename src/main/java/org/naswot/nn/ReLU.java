package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/** ReLU that reports its output to the recorder (the "hook" of the reference code). */
public final class ReLU extends Module {
    private final boolean insideReluConvBn;
    private boolean reachedByBackward = true;

    /** @param insideReluConvBn true for the ReLU of a ReLUConvBN, whose container the reference also hooks */
    public ReLU(boolean insideReluConvBn) {
        this.insideReluConvBn = insideReluConvBn;
    }

    /** See {@link Module#markUnreachedByBackward()}. */
    void setUnreachedByBackward() {
        reachedByBackward = false;
    }

    /** False for a ReLU whose output does not reach the network's output (see {@link Module#markUnreachedByBackward()}). */
    public boolean reachedByBackward() {
        return reachedByBackward;
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        ReluReuse reuse = recorder.reluReuse();
        if (!reachedByBackward) {
            NDArray y = Activation.relu(x);
            recorder.recordUnreached(y, insideReluConvBn);
            if (reuse != null) {
                reuse.remember(x, y);
            }
            return y;
        }
        NDArray again = reuse == null ? null : reuse.repeatRelu(x, insideReluConvBn);
        if (again != null) {
            return again;
        }
        NDArray y = Activation.relu(x);
        recorder.record(y, insideReluConvBn);
        if (reuse != null) {
            reuse.remember(x, y);
        }
        return y;
    }
}
