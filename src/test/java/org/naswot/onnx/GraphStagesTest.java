package org.naswot.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where GraphStages ends the stem and each block, on small graphs written step by step. */
class GraphStagesTest {
    private final List<List<String>> inputs = new ArrayList<>();
    private final List<String> outputs = new ArrayList<>();
    private final List<String> ops = new ArrayList<>();

    /** Appends a step {@code op} reading {@code reads} (tensor names; "w" is a constant) and returns its position. */
    private int step(String out, String op, String... reads) {
        inputs.add(List.of(reads));
        outputs.add(out);
        ops.add(op);
        return outputs.size() - 1;
    }

    private List<Integer> features() {
        return GraphStages.features(GraphStages.shapes(inputs, outputs, ops, "x"), outputs.size() - 1);
    }

    @Test
    void aPlainChainHasNoBlocks() {
        step("c", "Conv", "x", "w");
        step("r", "Relu", "c");
        step("y", "Gemm", "r", "w");
        assertEquals(List.of(), features());
    }

    /**
     * A stem (Conv, BN), then a pre-activation cell whose edges' ReLUs the exporter merged into one Relu node (a cut
     * too, but the cell's), its sum of edges, a residual block, then the head: the stem's BN and the two sums.
     */
    @Test
    void stemThenEveryMergeCutAndNotTheMergedRelu() {
        step("c0", "Conv", "x", "w");
        int stem = step("s", "BatchNormalization", "c0", "w");
        step("r", "Relu", "s");
        step("a", "Conv", "r", "w");
        step("b", "Conv", "r", "w");
        step("partial", "Add", "a", "w");
        int cell = step("cell", "Add", "partial", "b");
        step("ra", "Relu", "cell");
        step("ca", "Conv", "ra", "w");
        step("pool", "AveragePool", "cell");
        step("short", "Conv", "pool", "w");
        int block = step("block", "Add", "ca", "short");
        step("bn", "BatchNormalization", "block", "w");
        step("relu", "Relu", "bn");
        step("y", "Gemm", "relu", "w");
        assertEquals(List.of(stem, cell, block), features());
    }

    /** An inner sum that a skip edge jumps over is no block output; a branch leading nowhere takes no part. */
    @Test
    void onlyCutsCountAndDeadBranchesAreIgnored() {
        int stem = step("s", "Conv", "x", "w");
        step("e1", "Conv", "s", "w");
        step("inner", "Add", "e1", "s");
        step("dead", "Conv", "inner", "w");
        step("e2", "Conv", "inner", "w");
        int out = step("out", "Add", "e2", "s");
        step("y", "Gemm", "out", "w");
        assertEquals(List.of(stem, out), features());
    }
}
