package org.naswot.spaces.nb101;

import java.util.ArrayList;
import java.util.List;
import org.naswot.figures.model.CellGraph;

/** NB101's cell diagram: ops on vertices, plain edges from the upper-triangular adjacency matrix. */
public final class Nb101Diagram {
    private Nb101Diagram() {
    }

    /**
     * An NB101 cell from its upper-triangular adjacency matrix and one op per vertex
     * ({@code input}, {@code conv3x3-bn-relu}, {@code conv1x1-bn-relu}, {@code maxpool3x3}, {@code output}).
     */
    public static CellGraph of(int[][] adjacency, List<String> ops) {
        int n = ops.size();
        if (adjacency.length != n) {
            throw new IllegalArgumentException(adjacency.length + "x? adjacency for " + n + " ops");
        }
        List<CellGraph.Node> nodes = new ArrayList<>();
        for (String op : ops) {
            nodes.add(new CellGraph.Node(label(op), op));
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
    public static CellGraph of(String adjacencyRowMajor, String opsPipeSeparated) {
        List<String> ops = List.of(opsPipeSeparated.split("\\|"));
        int n = ops.size();
        if (adjacencyRowMajor.length() != n * n) {
            throw new IllegalArgumentException("adjacency string of " + adjacencyRowMajor.length() + " for " + n + " ops");
        }
        int[][] adj = new int[n][n];
        for (int i = 0; i < n * n; i++) {
            adj[i / n][i % n] = adjacencyRowMajor.charAt(i) == '1' ? 1 : 0;
        }
        return of(adj, ops);
    }

    static String label(String op) {
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
