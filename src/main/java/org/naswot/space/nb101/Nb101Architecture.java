package org.naswot.space.nb101;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;

/**
 * A NAS-Bench-101 cell: a DAG of at most 7 vertices (upper-triangular adjacency, vertex 0 the input, the
 * last the output) with an op per interior vertex. Text form: the row-major adjacency bits, a colon, and
 * the ops joined by '|', e.g. {@code 0110...:input|conv3x3-bn-relu|...|output}. Cells are kept pruned, as
 * the benchmark's ModelSpec does: vertices not on an input-to-output path are removed.
 *
 * @param index position in the backing cell table, or -1
 */
public record Nb101Architecture(boolean[][] matrix, List<Nb101Op> ops, int index) implements Architecture {

    public static final int MAX_VERTICES = 7;
    public static final int MAX_EDGES = 9;

    public Nb101Architecture {
        ops = List.copyOf(ops);
        boolean[][] copy = new boolean[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        matrix = copy;
    }

    /** Parses {@code bits:ops} (or bits and ops given separately via {@link #of}), validates and prunes. */
    public static Nb101Architecture parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        if (colon < 0) {
            throw new UserFacingException("malformed NAS-Bench-101 cell '" + t
                    + "': expected <row-major adjacency bits>:<ops joined by |>");
        }
        return of(t.substring(0, colon), t.substring(colon + 1), -1);
    }

    /** From the benchmark tables' two columns: adjacency bits (row-major) and ops joined by '|' or ','. */
    public static Nb101Architecture of(String adjacencyBits, String opsText, int index) {
        String bits = adjacencyBits.strip();
        int n = (int) Math.round(Math.sqrt(bits.length()));
        if (n * n != bits.length() || n < 2 || n > MAX_VERTICES) {
            throw new UserFacingException("malformed NAS-Bench-101 cell: adjacency '" + bits + "' has " + bits.length()
                    + " entries, expected n*n for 2 <= n <= 7");
        }
        boolean[][] m = new boolean[n][n];
        for (int i = 0; i < bits.length(); i++) {
            char c = bits.charAt(i);
            if (c != '0' && c != '1') {
                throw new UserFacingException("malformed NAS-Bench-101 adjacency at character " + (i + 1) + ": '" + c + "'");
            }
            m[i / n][i % n] = c == '1';
        }
        String[] names = opsText.strip().split("[|,]");
        List<Nb101Op> ops = new ArrayList<>();
        for (String name : names) {
            Nb101Op op = Nb101Op.fromLabel(name.strip());
            if (op == null) {
                throw new UserFacingException("unknown NAS-Bench-101 op '" + name.strip()
                        + "' (expected input, conv3x3-bn-relu, conv1x1-bn-relu, maxpool3x3, output)");
            }
            ops.add(op);
        }
        return of(m, ops, index);
    }

    public static Nb101Architecture of(boolean[][] matrix, List<Nb101Op> ops, int index) {
        int n = matrix.length;
        if (ops.size() != n) {
            throw new UserFacingException("NAS-Bench-101 cell has " + n + " vertices but " + ops.size() + " ops");
        }
        if (ops.get(0) != Nb101Op.INPUT || ops.get(n - 1) != Nb101Op.OUTPUT) {
            throw new UserFacingException("NAS-Bench-101 cell must start with 'input' and end with 'output'");
        }
        for (int i = 1; i < n - 1; i++) {
            if (ops.get(i) == Nb101Op.INPUT || ops.get(i) == Nb101Op.OUTPUT) {
                throw new UserFacingException("NAS-Bench-101 vertex " + i + " is '" + ops.get(i).label()
                        + "'; interior vertices take conv3x3-bn-relu, conv1x1-bn-relu or maxpool3x3");
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                if (matrix[i][j]) {
                    throw new UserFacingException("NAS-Bench-101 adjacency must be upper triangular (edge " + i + "->" + j + ")");
                }
            }
        }
        // like the benchmark's ModelSpec, the edge limit applies to the pruned cell
        Nb101Architecture pruned = prune(matrix, ops, index);
        int edges = 0;
        for (boolean[] row : pruned.matrix) {
            for (boolean b : row) {
                edges += b ? 1 : 0;
            }
        }
        if (edges > MAX_EDGES) {
            throw new UserFacingException("NAS-Bench-101 cell has " + edges + " edges after pruning; at most 9 are allowed");
        }
        return pruned;
    }

    /** Removes vertices not both reachable from the input and reaching the output (ModelSpec._prune). */
    private static Nb101Architecture prune(boolean[][] m, List<Nb101Op> ops, int index) {
        int n = m.length;
        boolean[] fromInput = new boolean[n];
        fromInput[0] = true;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                fromInput[j] |= fromInput[i] && m[i][j];
            }
        }
        boolean[] toOutput = new boolean[n];
        toOutput[n - 1] = true;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = i + 1; j < n; j++) {
                toOutput[i] |= toOutput[j] && m[i][j];
            }
        }
        if (!fromInput[n - 1]) {
            throw new UserFacingException("NAS-Bench-101 cell has no path from input to output");
        }
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (fromInput[i] && toOutput[i]) {
                keep.add(i);
            }
        }
        boolean[][] pm = new boolean[keep.size()][keep.size()];
        List<Nb101Op> pops = new ArrayList<>();
        for (int a = 0; a < keep.size(); a++) {
            pops.add(ops.get(keep.get(a)));
            for (int b = 0; b < keep.size(); b++) {
                pm[a][b] = m[keep.get(a)][keep.get(b)];
            }
        }
        return new Nb101Architecture(pm, pops, index);
    }

    public int vertices() {
        return matrix.length;
    }

    public boolean edge(int from, int to) {
        return matrix[from][to];
    }

    /** How many interior vertices carry each operation (input and output are no operations), pruned as kept. */
    public java.util.Map<String, Integer> operationCounts() {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (Nb101Op op : List.of(Nb101Op.CONV3X3, Nb101Op.CONV1X1, Nb101Op.MAXPOOL3X3)) {
            out.put(op.label(), 0);
        }
        for (Nb101Op op : ops) {
            if (op != Nb101Op.INPUT && op != Nb101Op.OUTPUT) {
                out.merge(op.label(), 1, Integer::sum);
            }
        }
        return out;
    }

    public Nb101Architecture withIndex(int newIndex) {
        return new Nb101Architecture(matrix, ops, newIndex);
    }

    @Override
    public String space() {
        return Nb101Space.ID;
    }

    @Override
    public String encoding() {
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : matrix) {
            for (boolean b : row) {
                sb.append(b ? '1' : '0');
            }
        }
        sb.append(':');
        for (int i = 0; i < ops.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(ops.get(i).label());
        }
        return sb.toString();
    }

    /** The benchmark's graph hash, the key of its records (nasbench graph_util.hash_module). */
    public String hash() {
        return Nb101Hash.of(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nb101Architecture a && a.index == index && Arrays.deepEquals(a.matrix, matrix)
                && a.ops.equals(ops);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(matrix) * 31 + ops.hashCode();
    }

    @Override
    public String toString() {
        return encoding();
    }
}
