package org.naswot.space.nds.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import java.util.ArrayList;
import java.util.List;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Module;
import org.naswot.nn.ModuleList;
import org.naswot.nn.ReLUConvBN;
import org.naswot.space.nds.GenotypeEdge;

/**
 * pycls' NAS {@code Cell}: {@code preprocess0} (FactorizedReduce after a reduction cell, else ReLUConvBN 1x1) and
 * {@code preprocess1} (ReLUConvBN 1x1) bring both inputs to C channels; node k = op(2k)(state) + op(2k+1)(state);
 * the output concatenates the {@code concat} states. In a reduction cell, ops reading an input cell stride 2.
 */
final class DartsCell extends Module {
    private final Module preprocess0;
    private final Module preprocess1;
    private final Module[] ops;
    private final int[] inputs;
    private final int[] concat;

    DartsCell(List<GenotypeEdge> edges, List<Integer> concat, int cPrevPrev, int cPrev, int c, boolean reduction,
              boolean reductionPrev) {
        preprocess0 = child("preprocess0", reductionPrev ? new ReducingFactorizedReduce(cPrevPrev, c)
                : new ReLUConvBN(cPrevPrev, c, 1, 1, 0));
        preprocess1 = child("preprocess1", new ReLUConvBN(cPrev, c, 1, 1, 0));
        ModuleList list = child("_ops", new ModuleList());
        ops = new Module[edges.size()];
        inputs = new int[edges.size()];
        for (int i = 0; i < ops.length; i++) {
            GenotypeEdge e = edges.get(i);
            int stride = reduction && e.input() < 2 ? 2 : 1;
            ops[i] = list.add(CellOperations.create(e.op(), c, stride));
            inputs[i] = e.input();
        }
        this.concat = concat.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The states (0, 1: the preprocessed inputs; 2..: the nodes) on which the cell's output depends: those concatenated
     * and, transitively, those that an op of such a node reads. pycls computes every node, concatenated or not, so a
     * state outside this set ("a loose end left out of the concat", e.g. {@code normal_concat: [6]}) is computed but
     * leads nowhere, and the reference's backward pass never reaches the ops that make it.
     */
    boolean[] statesReachingOutput() {
        int states = ops.length / 2 + 2;
        boolean[] reached = new boolean[states];
        for (int s : concat) {
            reached[s] = true;
        }
        for (int s = states - 1; s >= 2; s--) {
            if (reached[s]) {
                reached[inputs[2 * (s - 2)]] = true;
                reached[inputs[2 * (s - 2) + 1]] = true;
            }
        }
        return reached;
    }

    /**
     * Marks the ReLUs the reference's backward pass does not reach: all of them when the cell's output itself leads
     * nowhere, else those of the ops making states outside {@link #statesReachingOutput()} and of a preprocessing
     * step whose state no such op reads.
     */
    void markUnreached(boolean outputReached) {
        if (!outputReached) {
            markUnreachedByBackward();
            return;
        }
        boolean[] reached = statesReachingOutput();
        if (!reached[0]) {
            preprocess0.markUnreachedByBackward();
        }
        if (!reached[1]) {
            preprocess1.markUnreachedByBackward();
        }
        for (int k = 0; k < ops.length / 2; k++) {
            if (!reached[k + 2]) {
                ops[2 * k].markUnreachedByBackward();
                ops[2 * k + 1].markUnreachedByBackward();
            }
        }
    }

    /** Channels of the output: C times the number of concatenated states (pycls' {@code multiplier}). */
    static int outputChannels(List<Integer> concat, int c) {
        return concat.size() * c;
    }

    /** Runs the cell on the two previous cells' outputs; the caller frees the intermediates (a scope). */
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
        for (int k = 0; k < ops.length / 2; k++) {
            NDArray h1 = ops[2 * k].forward(states.get(inputs[2 * k]), recorder);
            NDArray h2 = ops[2 * k + 1].forward(states.get(inputs[2 * k + 1]), recorder);
            states.add(h1.add(h2));
        }
        NDList out = new NDList(concat.length);
        for (int i : concat) {
            out.add(states.get(i));
        }
        // one node: a new handle on it, still in the graph (duplicate(), DJL's clone, detaches: gradient proxies
        // would lose every weight before this cell)
        return out.size() == 1 ? out.get(0).reshape(out.get(0).getShape()) : NDArrays.concat(out, 1);
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        return cellOutput(x, x, recorder);
    }
}
