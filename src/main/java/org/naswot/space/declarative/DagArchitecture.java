package org.naswot.space.declarative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.naswot.space.Architecture;

/**
 * A cell of a declarative DAG space: one op per edge, edges in NB201's order (1&lt;-0), (2&lt;-0), (2&lt;-1), (3&lt;-0),
 * ...; the text form is NB201's, {@code |op~0|+|op~0|op~1|+...}, so an NB201 arch string reads as itself.
 *
 * @param index the architecture's index in its space (its code in the enumeration, or its draw), or -1
 */
public record DagArchitecture(DeclarativeSpec spec, int[] ops, int index) implements Architecture {

    public DagArchitecture {
        ops = ops.clone();
    }

    public int op(int edge) {
        return ops[edge];
    }

    public OpSpec opSpec(int edge) {
        return spec.ops().get(ops[edge]);
    }

    /** Source node of edge {@code e} (edges grouped by target node, sources ascending). */
    public static int edgeFrom(int e) {
        int target = edgeTo(e);
        return e - target * (target - 1) / 2;
    }

    /** Target node of edge {@code e}. */
    public static int edgeTo(int e) {
        int target = 1;
        while (target * (target + 1) / 2 <= e) {
            target++;
        }
        return target;
    }

    /** How many edges carry each of the descriptor's operations, in its order. */
    public java.util.Map<String, Integer> operationCounts() {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        spec.opNames().forEach(name -> out.put(name, 0));
        for (int op : ops) {
            out.merge(spec.opNames().get(op), 1, Integer::sum);
        }
        return out;
    }

    public DagArchitecture withIndex(int newIndex) {
        return new DagArchitecture(spec, ops, newIndex);
    }

    @Override
    public String space() {
        return spec.id();
    }

    @Override
    public String encoding() {
        List<List<CellInput>> nodes = new ArrayList<>();
        int e = 0;
        for (int node = 1; node < spec.nodes(); node++) {
            List<CellInput> in = new ArrayList<>();
            for (int from = 0; from < node; from++) {
                in.add(new CellInput(ops[e++], from));
            }
            nodes.add(in);
        }
        return CellText.format(nodes, spec.opNames());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DagArchitecture a && a.spec.id().equals(spec.id()) && Arrays.equals(a.ops, ops);
    }

    @Override
    public int hashCode() {
        return spec.id().hashCode() * 31 + Arrays.hashCode(ops);
    }

    @Override
    public String toString() {
        return encoding();
    }
}
