package org.naswot.spaces.nb201;

import java.util.ArrayList;
import java.util.List;
import org.naswot.figures.model.CellGraph;
import org.naswot.space.nb201.Nb201Architecture;

/** NB201's cell diagram: the space's own shape, drawn by the shared cell painters. */
public final class Nb201Diagram {
    private Nb201Diagram() {
    }

    /**
     * An NB201 cell from its arch string: nodes 0..3 (0 is the cell input, 3 the output), one edge per
     * pair i &lt; j carrying its operation, 'none' edges included.
     */
    public static CellGraph of(String arch) {
        Nb201Architecture a = Nb201Architecture.parse(arch);
        List<CellGraph.Node> nodes = List.of(new CellGraph.Node("0", null), new CellGraph.Node("1", null),
                new CellGraph.Node("2", null), new CellGraph.Node("3", null));
        List<CellGraph.Edge> edges = new ArrayList<>();
        for (int e = 0; e < Nb201Architecture.EDGES; e++) {
            edges.add(new CellGraph.Edge(Nb201Architecture.edgeFrom(e), Nb201Architecture.edgeTo(e), a.op(e).label()));
        }
        return new CellGraph(nodes, edges);
    }
}
