package org.naswot.app.cell;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.layout.BorderPane;
import org.naswot.app.export.CsvTable;
import org.naswot.app.export.Exportable;
import org.naswot.app.model.CellGraph;
import org.naswot.app.paint.PainterCanvas;
import org.naswot.app.theme.ChartStyle;

/** Shows one cell as a layered left-to-right DAG. Set {@link #graphProperty()} (e.g. from {@link CellGraphs}). */
public class CellDiagram extends BorderPane implements Exportable {
    private final ObjectProperty<CellGraph> graph = new SimpleObjectProperty<>(this, "graph");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle", ChartStyle.LIGHT);
    private final PainterCanvas canvas = new PainterCanvas();

    public CellDiagram() {
        this(null, "");
    }

    public CellDiagram(CellGraph g, String title) {
        getStyleClass().add("cell-diagram");
        setCenter(canvas);
        canvas.setPrefSize(560, 260);
        graph.set(g);
        this.title.set(title);
        graph.addListener((o, a, b) -> update());
        this.title.addListener((o, a, b) -> update());
        chartStyle.addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        CellGraph g = graph.get();
        canvas.setPainter(g == null ? null : new CellDiagramPainter(g, chartStyle.get(), title.get()));
    }

    /** Shows an NB201 cell, titled with its arch string. */
    public void showNb201(String arch) {
        title.set(arch);
        graph.set(CellGraphs.fromNb201(arch));
    }

    public ObjectProperty<CellGraph> graphProperty() {
        return graph;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    public PainterCanvas getCanvas() {
        return canvas;
    }

    @Override
    public String exportName() {
        return "cell";
    }

    @Override
    public String exportTitle() {
        return title.get().isEmpty() ? "cell" : "cell " + title.get();
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle s) {
        if (graph.get() == null) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        g2.translate(area.getX(), area.getY());
        new CellDiagramPainter(graph.get(), s, title.get()).paint(g2, area.getWidth(), area.getHeight());
        g2.dispose();
    }

    @Override
    public CsvTable exportData() {
        CsvTable t = new CsvTable(java.util.List.of("from", "to", "from_label", "to_label", "from_op", "to_op", "edge_op"));
        CellGraph g = graph.get();
        if (g != null) {
            for (CellGraph.Edge e : g.edges()) {
                CellGraph.Node a = g.nodes().get(e.from());
                CellGraph.Node b = g.nodes().get(e.to());
                t.addRow(Integer.toString(e.from()), Integer.toString(e.to()), a.label(), b.label(),
                        a.op() == null ? "" : a.op(), b.op() == null ? "" : b.op(), e.op() == null ? "" : e.op());
            }
        }
        return t;
    }
}
