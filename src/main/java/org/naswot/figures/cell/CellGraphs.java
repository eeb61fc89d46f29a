package org.naswot.figures.cell;

import java.util.ArrayList;
import java.util.List;
import org.naswot.figures.model.CellGraph;

/**
 * Cell graphs every DARTS-style space draws alike (NDS, NAS-Bench-301, declarative DARTS cells); each space builds its
 * own diagram in its module ({@code SpaceModule.diagram}) and uses these for the shared shapes.
 */
public final class CellGraphs {
    private CellGraphs() {
    }

    /** Labels of a DARTS cell's inputs and output, as the DARTS paper's figures write them (c_{k-2}, c_{k-1}, c_k). */
    public static final String PREVIOUS_PREVIOUS = "c\u2096\u208b\u2082";
    public static final String PREVIOUS = "c\u2096\u208b\u2081";
    public static final String OUTPUT = "c\u2096";

    /**
     * One DARTS-family cell: node 0 and 1 are the inputs (states 0 and 1, the outputs of the cells two back and one
     * back), nodes 2..n+1 the intermediate states (labelled 0..n-1 as in the DARTS paper), the last node the cell's
     * output. Ops 2k and 2k+1 (applied to states inputs[2k] and inputs[2k+1]) become op-labelled edges into state k+2;
     * each state in {@code concat} gets a plain edge into the output, so states left out of the concatenation
     * (consumed by later nodes) do not feed it.
     */
    public static CellGraph fromDartsCell(List<String> ops, List<Integer> inputs, List<Integer> concat) {
        if (ops.size() != inputs.size() || ops.size() % 2 != 0) {
            throw new IllegalArgumentException(ops.size() + " ops for " + inputs.size()
                    + " inputs: a DARTS cell has two per node");
        }
        int steps = ops.size() / 2;
        List<CellGraph.Node> nodes = new ArrayList<>();
        nodes.add(new CellGraph.Node(PREVIOUS_PREVIOUS, null));
        nodes.add(new CellGraph.Node(PREVIOUS, null));
        for (int k = 0; k < steps; k++) {
            nodes.add(new CellGraph.Node(Integer.toString(k), null));
        }
        int output = nodes.size();
        nodes.add(new CellGraph.Node(OUTPUT, null));
        List<CellGraph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            edges.add(new CellGraph.Edge(inputs.get(i), i / 2 + 2, ops.get(i), OpStyles.shortLabel(ops.get(i))));
        }
        for (int state : concat) {
            edges.add(new CellGraph.Edge(state, output, null, null));
        }
        return new CellGraph(nodes, edges);
    }
}
