package org.naswot.figures.model;

import java.util.List;

/**
 * A cell as a directed acyclic graph, general enough for NB201 (ops on edges, nodes are feature maps), NB101 (ops on
 * vertices, plain edges) and DARTS-family cells (ops on edges, plain edges into the concatenated output).
 * Parallel edges are allowed: a DARTS node may apply two operations to the same state.
 */
public record CellGraph(List<Node> nodes, List<Edge> edges) implements ArchitectureFigure {

    public CellGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        for (Edge e : edges) {
            if (e.from() < 0 || e.from() >= nodes.size() || e.to() < 0 || e.to() >= nodes.size()) {
                throw new IllegalArgumentException("edge " + e + " refers to a node outside 0.." + (nodes.size() - 1));
            }
            if (e.from() == e.to()) {
                throw new IllegalArgumentException("self-loop at node " + e.from());
            }
        }
    }

    /**
     * @param label text drawn in the node (e.g. "0", "in", "conv3x3")
     * @param op    the node's operation for colouring (NB101), or null for a plain feature-map node
     */
    public record Node(String label, String op) {
    }

    /**
     * @param op    the edge's operation (NB201: "nor_conv_3x3", "none", ...), or null for a plain edge (NB101's edges,
     *              a DARTS cell's concatenation into its output); it decides the edge's colour
     * @param label the text drawn on the edge: the op's name, or a shorter form where a cell has many edges
     */
    public record Edge(int from, int to, String op, String label) {
        /** An edge labelled with its op's name. */
        public Edge(int from, int to, String op) {
            this(from, to, op, op);
        }
    }
}
