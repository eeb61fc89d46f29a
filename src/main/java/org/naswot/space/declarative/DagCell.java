package org.naswot.space.declarative;

import ai.djl.ndarray.NDArray;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Module;
import org.naswot.nn.ModuleList;
import org.naswot.nn.RunningSum;
import org.naswot.nn.Zero;

/**
 * NB201's {@code InferCell} for any number of nodes: node j = sum over i &lt; j of op(node i), the output is the last
 * node; edge e is {@code layers.e}. Edges leaving the cell input map cIn to cOut channels, the others keep cOut. Every
 * op runs, as in the reference, so its ReLUs count in K even where it only feeds zero edges.
 */
final class DagCell extends Module {
    private final Module[] edges;
    private final int nodes;

    DagCell(DagArchitecture arch, int cIn, int cOut) {
        this.nodes = arch.spec().nodes();
        this.edges = new Module[arch.spec().dagEdges()];
        ModuleList layers = child("layers", new ModuleList());
        for (int e = 0; e < edges.length; e++) {
            int in = DagArchitecture.edgeFrom(e) == 0 ? cIn : cOut;
            edges[e] = layers.add(Blocks.dagOp(arch.opSpec(e), in, cOut));
        }
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        NDArray[] states = new NDArray[nodes];
        states[0] = x;
        int e = 0;
        for (int node = 1; node < nodes; node++) {
            RunningSum sum = new RunningSum();
            int firstZero = -1;
            for (int from = 0; from < node; from++, e++) {
                if (edges[e] instanceof Zero) {
                    // a + x * 0 is a (up to the sign of a zero, which no later code sees): a zero edge is computed
                    // only when all of the node's edges are zero, as InferCell does
                    firstZero = firstZero < 0 ? e : firstZero;
                    continue;
                }
                sum.add(edges[e].forward(states[from], recorder));
            }
            states[node] = sum.value() != null ? sum.value()
                    : edges[firstZero].forward(states[DagArchitecture.edgeFrom(firstZero)], recorder);
        }
        return states[nodes - 1];
    }
}
