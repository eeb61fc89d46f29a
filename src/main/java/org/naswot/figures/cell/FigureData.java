package org.naswot.figures.cell;

import java.util.ArrayList;
import java.util.List;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.model.ArchitectureFigure;
import org.naswot.figures.model.CellGraph;
import org.naswot.figures.model.CellPair;
import org.naswot.figures.model.StagePlan;

/** The data behind an architecture figure, as the CSV that Export data writes. */
public final class FigureData {
    private static final List<String> EDGE_COLUMNS = List.of("from", "to", "from_label", "to_label", "from_op", "to_op",
            "edge_op");

    private FigureData() {
    }

    public static CsvTable of(ArchitectureFigure figure) {
        if (figure instanceof CellGraph g) {
            return edges(g);
        }
        if (figure instanceof CellPair p) {
            // one table, the cell named in a first column
            List<String> header = new ArrayList<>();
            header.add("cell");
            header.addAll(EDGE_COLUMNS);
            CsvTable t = new CsvTable(header);
            addEdges(t, "normal", p.normal());
            addEdges(t, "reduction", p.reduction());
            return t;
        }
        StagePlan plan = (StagePlan) figure;
        CsvTable t = new CsvTable(List.of("block", "kind", "details"));
        for (StagePlan.Block b : plan.blocks()) {
            t.addRow(b.title(), b.kind().name().toLowerCase(java.util.Locale.ROOT), String.join("; ", b.lines()));
        }
        return t;
    }

    /** The edges of one cell, or an empty table with the edge columns for {@code null}. */
    public static CsvTable edges(CellGraph g) {
        CsvTable t = new CsvTable(EDGE_COLUMNS);
        if (g != null) {
            addEdges(t, null, g);
        }
        return t;
    }

    private static void addEdges(CsvTable t, String cell, CellGraph g) {
        for (CellGraph.Edge e : g.edges()) {
            CellGraph.Node a = g.nodes().get(e.from());
            CellGraph.Node b = g.nodes().get(e.to());
            List<String> row = new ArrayList<>();
            if (cell != null) {
                row.add(cell);
            }
            row.addAll(List.of(Integer.toString(e.from()), Integer.toString(e.to()), a.label(), b.label(),
                    a.op() == null ? "" : a.op(), b.op() == null ? "" : b.op(), e.op() == null ? "" : e.op()));
            t.addRow(row.toArray(String[]::new));
        }
    }
}
