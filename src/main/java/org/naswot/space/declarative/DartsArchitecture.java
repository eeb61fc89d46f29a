package org.naswot.space.declarative;

import java.util.ArrayList;
import java.util.List;
import org.naswot.space.Architecture;

/**
 * A network of a declarative DARTS space: its normal and reduction cell, each a list of (op, input) pairs, node k's
 * {@code inputsPerNode} pairs in a row; inputs 0 and 1 are the two previous cells, k+2 node k. The order of a node's
 * pairs is kept as given (it orders the weights, as in the DARTS genotype). Text form:
 * {@code normal:|sep_conv_3x3~0|skip_connect~1|+|...| reduce:|max_pool_3x3~0|...|}.
 *
 * @param index the draw that gave it, or -1
 */
public record DartsArchitecture(DeclarativeSpec spec, List<CellInput> normal, List<CellInput> reduce,
                                int index) implements Architecture {
    static final String NORMAL = "normal:";
    static final String REDUCE = "reduce:";

    public DartsArchitecture {
        normal = List.copyOf(normal);
        reduce = List.copyOf(reduce);
    }

    public List<CellInput> cell(boolean reduction) {
        return reduction ? reduce : normal;
    }

    /** The op of pair {@code i} of a cell. */
    public OpSpec opSpec(boolean reduction, int i) {
        return spec.ops().get(cell(reduction).get(i).op());
    }

    /** How many pairs of the normal and the reduction cell together use each of the descriptor's operations. */
    public java.util.Map<String, Integer> operationCounts() {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        spec.opNames().forEach(name -> out.put(name, 0));
        for (boolean reduction : new boolean[] {false, true}) {
            opNames(reduction).forEach(name -> out.merge(name, 1, Integer::sum));
        }
        return out;
    }

    public DartsArchitecture withIndex(int newIndex) {
        return new DartsArchitecture(spec, normal, reduce, newIndex);
    }

    @Override
    public String space() {
        return spec.id();
    }

    @Override
    public String encoding() {
        return NORMAL + format(normal) + " " + REDUCE + format(reduce);
    }

    private String format(List<CellInput> cell) {
        List<List<CellInput>> nodes = new ArrayList<>();
        int p = spec.inputsPerNode();
        for (int k = 0; k < cell.size() / p; k++) {
            nodes.add(cell.subList(k * p, k * p + p));
        }
        return CellText.format(nodes, spec.opNames());
    }

    /** Names and ops as the window's legends give them. */
    public List<String> opNames(boolean reduction) {
        return cell(reduction).stream().map(in -> spec.opNames().get(in.op())).toList();
    }

    /** Two cells' text runs to hundreds of characters: views name it by its space and index, as NDS networks. */
    @Override
    public String shownName() {
        return index >= 0 ? spec.id() + " #" + index : encoding();
    }

    @Override
    public boolean namedByEncoding() {
        return index < 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DartsArchitecture a && a.spec.id().equals(spec.id()) && a.normal.equals(normal)
                && a.reduce.equals(reduce);
    }

    @Override
    public int hashCode() {
        return spec.id().hashCode() * 31 + normal.hashCode() * 7 + reduce.hashCode();
    }

    @Override
    public String toString() {
        return encoding();
    }
}
