package org.naswot.onnx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a graph's "stages" end, for AZ-NAS: the tensors it reads as the features of a chain of blocks. AZ-NAS defines
 * its parts on a network's stem output and every block's (cell's, residual block's) output, each block reading the one
 * before ({@code extract_cell_features} on NB201; {@code extract_layer_features} on their ImageNet networks). In a
 * graph, such an output is a <em>merge cut</em>: a tensor every path from the input to the output passes through
 * (a cut), computed by a node joining two or more computed tensors (the cell's sum of edges, the residual Add). The
 * first feature, the stem's output, is the last cut before the first merge cut that is not a Relu's output: a block
 * of pre-activation edges (NB201, DARTS: ReLU-Conv-BN) starts with ReLUs of its input, which the exporter merges into
 * one Relu node whose output is then a cut too, but is the blocks' and not the stem's. On an export of an NB201
 * network this gives exactly TinyNetwork's stem and 17 cells. A post-activation network (ResNet: conv-BN-ReLU stem)
 * gets its stem's BN output as the first feature, not the ReLU's.
 * <p>
 * Steps are given in graph order (topological, as ONNX requires); a tensor is identified by the position of the step
 * computing it, -1 being the graph's input. Steps whose output reaches no graph output take no part.
 */
final class GraphStages {
    /** A step as this analysis sees it: the positions of the computed tensors it reads, and its operator. */
    record StepShape(List<Integer> reads, String opType) {
    }

    private GraphStages() {
    }

    /**
     * The positions of the feature tensors, in forward order (the stem's output first), or an empty list where the
     * graph has no merge cut (no chain of blocks to measure).
     */
    static List<Integer> features(List<StepShape> steps, int output) {
        int n = steps.size();
        boolean[] live = live(steps, output);
        // a live tensor is a cut iff no live edge jumps over its position in the topological order
        int[] spanning = new int[n + 2];
        for (int s = 0; s < n; s++) {
            if (!live[s + 1]) {
                continue;
            }
            for (int from : steps.get(s).reads()) {
                if (live[from + 1] && from + 1 < s) {
                    spanning[from + 2]++;
                    spanning[s + 1]--;
                }
            }
        }
        List<Integer> cuts = new ArrayList<>();
        int open = 0;
        for (int p = -1; p < n; p++) {
            open += spanning[p + 1];
            if (live[p + 1] && open == 0) {
                cuts.add(p);
            }
        }
        List<Integer> merges = new ArrayList<>();
        for (int p : cuts) {
            if (p >= 0 && steps.get(p).reads().stream().filter(r -> live[r + 1]).count() >= 2) {
                merges.add(p);
            }
        }
        if (merges.isEmpty()) {
            return List.of();
        }
        int stem = -1;
        for (int p : cuts) {
            if (p >= merges.get(0)) {
                break;
            }
            if (p < 0 || !steps.get(p).opType().equals("Relu")) {
                stem = p;
            }
        }
        List<Integer> out = new ArrayList<>();
        out.add(stem);
        out.addAll(merges);
        return out;
    }

    /** Per position + 1: the tensor depends on the input and some graph output depends on it. */
    static boolean[] live(List<StepShape> steps, int output) {
        int n = steps.size();
        boolean[] fromInput = new boolean[n + 1];
        fromInput[0] = true;
        for (int s = 0; s < n; s++) {
            for (int from : steps.get(s).reads()) {
                fromInput[s + 1] |= fromInput[from + 1];
            }
        }
        boolean[] toOutput = new boolean[n + 1];
        toOutput[output + 1] = true;
        for (int s = n - 1; s >= 0; s--) {
            if (toOutput[s + 1]) {
                for (int from : steps.get(s).reads()) {
                    toOutput[from + 1] = true;
                }
            }
        }
        boolean[] live = new boolean[n + 1];
        for (int p = 0; p <= n; p++) {
            live[p] = fromInput[p] && toOutput[p];
        }
        return live;
    }

    /** The positions of the computed tensors each step reads, from tensor names. */
    static List<StepShape> shapes(List<List<String>> inputs, List<String> outputs, List<String> opTypes, String input) {
        Map<String, Integer> position = new HashMap<>();
        position.put(input, -1);
        List<StepShape> out = new ArrayList<>();
        for (int s = 0; s < inputs.size(); s++) {
            List<Integer> reads = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String in : inputs.get(s)) {
                Integer p = position.get(in);
                if (p != null && seen.add(in)) {
                    reads.add(p);
                }
            }
            out.add(new StepShape(reads, opTypes.get(s)));
            position.put(outputs.get(s), s);
        }
        return out;
    }
}
