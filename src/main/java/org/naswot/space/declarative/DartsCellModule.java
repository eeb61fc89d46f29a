package org.naswot.space.declarative;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import java.util.ArrayList;
import java.util.List;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Module;
import org.naswot.nn.ModuleList;
import org.naswot.nn.RunningSum;
import org.naswot.nn.ReLUConvBN;

/**
 * pycls' NAS {@code Cell} for a declarative DARTS space: {@code preprocess0} (a factorised reduce after a reduction
 * cell, else ReLUConvBN 1x1) and {@code preprocess1} (ReLUConvBN 1x1) bring both inputs to C channels; node k sums
 * its ops on its input states; the output concatenates every node. In a reduction cell, ops reading an input cell
 * stride 2. ReLUs whose output the reference's backward pass never reaches (an input cell no op reads) are marked, as
 * the built-in DARTS network does.
 */
final class DartsCellModule extends Module {
    private final Module preprocess0;
    private final Module preprocess1;
    private final Module[] ops;
    private final int[] inputs;
    private final int perNode;

    DartsCellModule(DartsArchitecture arch, boolean reduction, int cPrevPrev, int cPrev, int c, boolean reductionPrev) {
        preprocess0 = child("preprocess0", reductionPrev ? new HalvingFactorizedReduce(cPrevPrev, c)
                : new ReLUConvBN(cPrevPrev, c, 1, 1, 0));
        preprocess1 = child("preprocess1", new ReLUConvBN(cPrev, c, 1, 1, 0));
        ModuleList list = child("_ops", new ModuleList());
        List<CellInput> cell = arch.cell(reduction);
        ops = new Module[cell.size()];
        inputs = new int[cell.size()];
        perNode = arch.spec().inputsPerNode();
        for (int i = 0; i < ops.length; i++) {
            int stride = reduction && cell.get(i).from() < 2 ? 2 : 1;
            ops[i] = list.add(Blocks.dartsOp(arch.opSpec(reduction, i), c, stride));
            inputs[i] = cell.get(i).from();
        }
    }

    /** Channels of the output: C times the number of nodes, all concatenated. */
    static int outputChannels(int nodes, int c) {
        return nodes * c;
    }

    /** Whether each input state (0, 1) is read by an op; every node is concatenated, so every node is reached. */
    boolean reads(int state) {
        for (int in : inputs) {
            if (in == state) {
                return true;
            }
        }
        return false;
    }

    void markUnreached(boolean outputReached) {
        if (!outputReached) {
            markUnreachedByBackward();
            return;
        }
        if (!reads(0)) {
            preprocess0.markUnreachedByBackward();
        }
        if (!reads(1)) {
            preprocess1.markUnreachedByBackward();
        }
    }

    NDArray forward(NDArray s0, NDArray s1, ActivationRecorder recorder) {
        recorder.moduleStart(this);
        NDArray y = cellOutput(s0, s1, recorder);
        recorder.moduleOutput(this, y);
        return y;
    }

    private NDArray cellOutput(NDArray s0, NDArray s1, ActivationRecorder recorder) {
        List<NDArray> states = new ArrayList<>();
        states.add(preprocess0.forward(s0, recorder));
        states.add(preprocess1.forward(s1, recorder));
        int nodes = ops.length / perNode;
        for (int k = 0; k < nodes; k++) {
            if (perNode == 2) {
                // h1 + h2 in that order, as pycls adds them
                NDArray h1 = ops[2 * k].forward(states.get(inputs[2 * k]), recorder);
                NDArray h2 = ops[2 * k + 1].forward(states.get(inputs[2 * k + 1]), recorder);
                states.add(h1.add(h2));
            } else {
                RunningSum sum = new RunningSum();
                for (int j = k * perNode; j < (k + 1) * perNode; j++) {
                    sum.add(ops[j].forward(states.get(inputs[j]), recorder));
                }
                states.add(sum.value());
            }
        }
        NDList out = new NDList(nodes);
        for (int i = 2; i < states.size(); i++) {
            out.add(states.get(i));
        }
        return out.size() == 1 ? out.get(0).duplicate() : NDArrays.concat(out, 1);
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        return cellOutput(x, x, recorder);
    }
}
