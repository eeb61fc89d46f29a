package org.naswot.figures.cell;

import java.util.ArrayList;
import java.util.List;
import org.naswot.figures.model.CellGraph;
import org.naswot.figures.model.CellPair;
import org.naswot.space.nb201.Nb201Architecture;
import org.naswot.space.nds.DartsGenotype;
import org.naswot.space.nds.GenotypeEdge;

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

    /** Labels of a DARTS cell's inputs and output, as the DARTS paper's figures write them (c_{k-2}, c_{k-1}, c_k). */
    public static final String PREVIOUS_PREVIOUS = "c\u2096\u208b\u2082";
    public static final String PREVIOUS = "c\u2096\u208b\u2081";
    public static final String OUTPUT = "c\u2096";

    /** A DARTS-family network's normal and reduction cell. */
    public static CellPair fromGenotype(DartsGenotype genotype) {
        return new CellPair(fromDartsCell(genotype.normal(), genotype.normalConcat()),
                fromDartsCell(genotype.reduce(), genotype.reduceConcat()));
    }

    /**
     * One DARTS-family cell: node 0 and 1 are the inputs (states 0 and 1, the outputs of the cells two back and one
     * back), nodes 2..n+1 the intermediate states (labelled 0..n-1 as in the DARTS paper), the last node the cell's
     * output. Pairs 2k and 2k+1 become op-labelled edges into state k+2; each state in {@code concat} gets a plain
     * edge into the output, so states left out of the concatenation (consumed by later nodes) do not feed it.
     */
    public static CellGraph fromDartsCell(List<GenotypeEdge> pairs, List<Integer> concat) {
        int steps = DartsGenotype.steps(pairs);
        List<CellGraph.Node> nodes = new ArrayList<>();
        nodes.add(new CellGraph.Node(PREVIOUS_PREVIOUS, null));
        nodes.add(new CellGraph.Node(PREVIOUS, null));
        for (int k = 0; k < steps; k++) {
            nodes.add(new CellGraph.Node(Integer.toString(k), null));
        }
        int output = nodes.size();
        nodes.add(new CellGraph.Node(OUTPUT, null));
        List<CellGraph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            GenotypeEdge e = pairs.get(i);
            edges.add(new CellGraph.Edge(e.input(), i / 2 + 2, e.op(), OpStyles.shortLabel(e.op())));
        }
        for (int state : concat) {
            edges.add(new CellGraph.Edge(state, output, null, null));
        }
        return new CellGraph(nodes, edges);
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
