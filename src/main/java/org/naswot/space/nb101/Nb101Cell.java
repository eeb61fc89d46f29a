package org.naswot.space.nb101;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.MaxPool2d;
import org.naswot.nn.Module;
import org.naswot.nn.ModuleList;
import org.naswot.nn.RunningSum;

/**
 * One NAS-Bench-101 cell as the benchmark's model code builds it: each interior vertex sums its
 * predecessors (truncated to its channel count) and a 1x1 projection of the cell input if connected, applies
 * its op; the output concatenates the vertices feeding it and adds the projected input if connected.
 */
final class Nb101Cell extends Module {
    private final Nb101Architecture spec;
    private final int[] channels;
    private final Module[] vertexOps;
    private final Module[] inputOps;

    Nb101Cell(Nb101Architecture spec, int in, int out) {
        this.spec = spec;
        int n = spec.vertices();
        this.channels = VertexChannels.compute(in, out, spec);
        vertexOps = new Module[n];
        inputOps = new Module[n];
        ModuleList vertexList = child("vertex_op", new ModuleList());
        vertexList.skip();
        for (int t = 1; t < n - 1; t++) {
            vertexOps[t] = vertexList.add(operation(spec.ops().get(t), channels[t]));
        }
        ModuleList inputList = child("input_op", new ModuleList());
        inputList.skip();
        for (int t = 1; t < n; t++) {
            if (spec.edge(0, t)) {
                inputOps[t] = inputList.add(new ConvBnRelu(in, channels[t], 1, 0));
            } else {
                inputList.skip();
            }
        }
    }

    private static Module operation(Nb101Op op, int c) {
        return switch (op) {
            case CONV3X3 -> new ConvBnRelu(c, c, 3, 1, "conv3x3");
            case CONV1X1 -> new ConvBnRelu(c, c, 1, 0, "conv1x1");
            case MAXPOOL3X3 -> new MaxPool2d(3, 1, 1);
            default -> throw new IllegalArgumentException("no op for vertex label " + op);
        };
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        int n = spec.vertices();
        NDArray[] tensors = new NDArray[n];
        tensors[0] = x;
        NDList concat = new NDList();
        for (int t = 1; t < n - 1; t++) {
            RunningSum sum = new RunningSum();
            for (int src = 1; src < t; src++) {
                if (spec.edge(src, t)) {
                    sum.add(truncate(tensors[src], channels[t]));
                }
            }
            if (spec.edge(0, t)) {
                sum.add(inputOps[t].forward(x, recorder));
            }
            tensors[t] = vertexOps[t].forward(sum.value(), recorder);
            if (spec.edge(t, n - 1)) {
                concat.add(tensors[t]);
            }
        }
        if (concat.isEmpty()) {
            return inputOps[n - 1].forward(x, recorder);
        }
        NDArray out = concat.size() == 1 ? concat.get(0) : NDArrays.concat(concat, 1);
        if (spec.edge(0, n - 1)) {
            NDArray projected = inputOps[n - 1].forward(x, recorder);
            // the concatenation is this cell's own new array: add in place (one vertex's output is not)
            out = concat.size() == 1 ? out.add(projected) : out.addi(projected);
        }
        return out;
    }

    /** Drops the extra channel a wider predecessor may have (the reference's Truncate). */
    private static NDArray truncate(NDArray x, int channels) {
        long have = x.getShape().get(1);
        return have == channels ? x : x.get(new NDIndex(":, :{}", channels));
    }
}
