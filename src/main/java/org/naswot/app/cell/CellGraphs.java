package org.naswot.app.cell;

import java.util.ArrayList;
import java.util.List;
import org.naswot.app.model.CellGraph;
import org.naswot.space.nb201.Nb201Architecture;

/** Adapters from search-space encodings to {@link CellGraph}. */
public final class CellGraphs {
    private CellGraphs() {
    }

    /**
     * An NB201 cell from its arch string: nodes 0..3 (0 is the cell input, 3 the output), one edge per
     * pair i &lt; j carrying its operation, 'none' edges included.
     */
    public static CellGraph fromNb201(String arch) {
        Nb201Architecture a = Nb201Architecture.parse(arch);
        List<CellGraph.Node> nodes = List.of(new CellGraph.Node("0", null), new CellGraph.Node("1", null),
                new CellGraph.Node("2", null), new CellGraph.Node("3", null));
        List<CellGraph.Edge> edges = new ArrayList<>();
        for (int e = 0; e < Nb201Architecture.EDGES; e++) {
            edges.add(new CellGraph.Edge(Nb201Architecture.edgeFrom(e), Nb201Architecture.edgeTo(e), a.op(e).label()));
        }
        return new CellGraph(nodes, edges);
    }

    /**
     * An NB101 cell from its upper-triangular adjacency matrix and one op per vertex
     * ({@code input}, {@code conv3x3-bn-relu}, {@code conv1x1-bn-relu}, {@code maxpool3x3}, {@code output}).
     */
    public static CellGraph fromNb101(int[][] adjacency, List<String> ops) {
        int n = ops.size();
        if (adjacency.length != n) {
            throw new IllegalArgumentException(adjacency.length + "x? adjacency for " + n + " ops");
        }
        List<CellGraph.Node> nodes = new ArrayList<>();
        for (String op : ops) {
            nodes.add(new CellGraph.Node(nb101Label(op), op));
        }
        List<CellGraph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (adjacency[i].length != n) {
                throw new IllegalArgumentException("adjacency row " + i + " has " + adjacency[i].length + " entries");
            }
            for (int j = 0; j < n; j++) {
                if (adjacency[i][j] != 0) {
                    if (j <= i) {
                        throw new IllegalArgumentException("NB101 adjacency must be upper triangular: (" + i + "," + j + ")");
                    }
                    edges.add(new CellGraph.Edge(i, j, null));
                }
            }
        }
        return new CellGraph(nodes, edges);
    }

    /** From the row-major 0/1 string and the '|'-separated ops of NAS-Bench-Suite-Zero's CSV. */
    public static CellGraph fromNb101(String adjacencyRowMajor, String opsPipeSeparated) {
        List<String> ops = List.of(opsPipeSeparated.split("\\|"));
        int n = ops.size();
        if (adjacencyRowMajor.length() != n * n) {
            throw new IllegalArgumentException("adjacency string of " + adjacencyRowMajor.length() + " for " + n + " ops");
        }
        int[][] adj = new int[n][n];
        for (int i = 0; i < n * n; i++) {
            adj[i / n][i % n] = adjacencyRowMajor.charAt(i) == '1' ? 1 : 0;
        }
        return fromNb101(adj, ops);
    }

    static String nb101Label(String op) {
        return switch (op) {
            case "input" -> "in";
            case "output" -> "out";
            case "conv3x3-bn-relu" -> "conv 3\u00d73";
            case "conv1x1-bn-relu" -> "conv 1\u00d71";
            case "maxpool3x3" -> "max-pool 3\u00d73";
            default -> op;
        };
    }
}
