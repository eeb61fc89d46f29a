package org.naswot.space.nb201;

import java.util.Arrays;
import java.util.List;
import org.naswot.space.Architecture;

/**
 * A NAS-Bench-201 cell: one operation per edge, edges in arch-string order (1&lt;-0), (2&lt;-0), (2&lt;-1),
 * (3&lt;-0), (3&lt;-1), (3&lt;-2).
 *
 * @param index the benchmark's index, or -1 when unknown
 */
public record Nb201Architecture(List<Nb201Op> ops, int index) implements Architecture {

    public static final int EDGES = 6;
    /** Source node of each edge, in edge order. */
    static final int[] EDGE_FROM = {0, 0, 1, 0, 1, 2};
    /** Target node of each edge, in edge order. */
    static final int[] EDGE_TO = {1, 2, 2, 3, 3, 3};

    public Nb201Architecture {
        ops = List.copyOf(ops);
        if (ops.size() != EDGES) {
            throw new IllegalArgumentException("an NB201 cell has 6 edges, got " + ops.size());
        }
    }

    /** Parses an arch string without looking up its benchmark index (index -1). */
    public static Nb201Architecture parse(String text) {
        return new Nb201Architecture(Nb201ArchParser.parse(text), -1);
    }

    /** Base-5 code of the ops (edge 0 most significant): a dense id in 0..15624 independent of the benchmark. */
    public int code() {
        int c = 0;
        for (Nb201Op op : ops) {
            c = c * 5 + op.ordinal();
        }
        return c;
    }

    public static List<Nb201Op> opsOfCode(int code) {
        Nb201Op[] ops = new Nb201Op[EDGES];
        for (int e = EDGES - 1; e >= 0; e--) {
            ops[e] = Nb201Op.values()[code % 5];
            code /= 5;
        }
        return Arrays.asList(ops);
    }

    public Nb201Op op(int edge) {
        return ops.get(edge);
    }

    public static int edgeFrom(int edge) {
        return EDGE_FROM[edge];
    }

    public static int edgeTo(int edge) {
        return EDGE_TO[edge];
    }

    /** How many of the six edges carry each operation, every operation in the benchmark's op-list order. */
    public java.util.Map<String, Integer> operationCounts() {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (Nb201Op op : Nb201Op.values()) {
            out.put(op.label(), 0);
        }
        ops.forEach(op -> out.merge(op.label(), 1, Integer::sum));
        return out;
    }

    public int convolutionCount() {
        return (int) ops.stream().filter(Nb201Op::isConvolution).count();
    }

    public Nb201Architecture withIndex(int newIndex) {
        return new Nb201Architecture(ops, newIndex);
    }

    @Override
    public String space() {
        return Nb201Space.ID;
    }

    /** {@code |op~0|+|op~0|op~1|+|op~0|op~1|op~2|}. */
    @Override
    public String encoding() {
        StringBuilder sb = new StringBuilder();
        int edge = 0;
        for (int node = 1; node <= 3; node++) {
            if (node > 1) {
                sb.append('+');
            }
            sb.append('|');
            for (int from = 0; from < node; from++) {
                sb.append(ops.get(edge++).label()).append('~').append(from).append('|');
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return encoding();
    }
}
