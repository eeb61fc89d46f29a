package org.naswot.space.nb201;

import ai.djl.ndarray.NDArray;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.FactorizedReduce;
import org.naswot.nn.Identity;
import org.naswot.nn.Module;
import org.naswot.nn.ModuleList;
import org.naswot.nn.Pooling;
import org.naswot.nn.ReLUConvBN;
import org.naswot.nn.RunningSum;
import org.naswot.nn.Zero;

/**
 * The reference's {@code InferCell}: node i = sum over j&lt;i of op(node j), output node 3. Edge k is
 * {@code layers.k}. Edges leaving the cell input map cIn to cOut channels (NATS-Bench's size space changes
 * width inside cells); the others keep cOut. Every op runs, even on a node that only feeds {@code none}
 * edges: its ReLUs still count in K, as in the reference.
 */
public final class InferCell extends Module {
    private final Module[] edges = new Module[Nb201Architecture.EDGES];

    public InferCell(Nb201Architecture arch, int cIn, int cOut) {
        ModuleList layers = child("layers", new ModuleList());
        for (int e = 0; e < edges.length; e++) {
            int in = Nb201Architecture.edgeFrom(e) == 0 ? cIn : cOut;
            edges[e] = layers.add(operation(arch.op(e), in, cOut));
        }
    }

    private static Module operation(Nb201Op op, int in, int out) {
        return switch (op) {
            case NONE -> new Zero(out);
            case SKIP_CONNECT -> in == out ? new Identity() : new FactorizedReduce(in, out);
            case NOR_CONV_1X1 -> new ReLUConvBN(in, out, 1, 1, 0);
            case NOR_CONV_3X3 -> new ReLUConvBN(in, out, 3, 1, 1);
            case AVG_POOL_3X3 -> new Pooling(in, out);
        };
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        NDArray[] nodes = new NDArray[4];
        nodes[0] = x;
        int e = 0;
        for (int node = 1; node <= 3; node++) {
            RunningSum sum = new RunningSum();
            int firstZero = -1;
            for (int from = 0; from < node; from++, e++) {
                if (edges[e] instanceof Zero) {
                    // a + x * 0 is a (up to the sign of a zero, which no later code or value sees): a none edge
                    // is computed only when all of the node's edges are none
                    firstZero = firstZero < 0 ? e : firstZero;
                    continue;
                }
                sum.add(edges[e].forward(nodes[from], recorder));
            }
            nodes[node] = sum.value() != null ? sum.value()
                    : edges[firstZero].forward(nodes[Nb201Architecture.edgeFrom(firstZero)], recorder);
        }
        return nodes[3];
    }

}
