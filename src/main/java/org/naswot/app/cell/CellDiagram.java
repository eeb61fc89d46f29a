package org.naswot.app.cell;

import org.naswot.figures.cell.FigureData;
import org.naswot.figures.cell.FigurePainters;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.layout.BorderPane;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.model.ArchitectureFigure;
import org.naswot.app.paint.PainterCanvas;
import org.naswot.figures.theme.ChartStyle;

/**
 * Shows one architecture's figure: a cell as a layered left-to-right DAG, a DARTS-family network's two cells, or an
 * AnyNet's stages. Set {@link #figureProperty()} (from {@code org.naswot.spaces.ArchitectureDiagrams}).
 */
public class CellDiagram extends BorderPane implements Exportable {
    private final ObjectProperty<ArchitectureFigure> figure = new SimpleObjectProperty<>(this, "figure");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle", ChartStyle.LIGHT);
    private final PainterCanvas canvas = new PainterCanvas();

    public CellDiagram() {
        this(null, "");
    }

    public CellDiagram(ArchitectureFigure f, String title) {
        getStyleClass().add("cell-diagram");
        setCenter(canvas);
        canvas.setPrefSize(560, 260);
        figure.set(f);
        this.title.set(title);
        figure.addListener((o, a, b) -> update());
        this.title.addListener((o, a, b) -> update());
        chartStyle.addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        ArchitectureFigure f = figure.get();
        canvas.setPainter(f == null ? null : FigurePainters.of(f, chartStyle.get(), title.get()));
    }

    /** Shows {@code f} under {@code title}. */
    public void show(ArchitectureFigure f, String title) {
        this.title.set(title);
        figure.set(f);
    }

    public ObjectProperty<ArchitectureFigure> figureProperty() {
        return figure;
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
        if (figure.get() == null) {
            return;
        }
        FigurePainters.of(figure.get(), s, title.get()).paintIn(g, area);
    }

    @Override
    public CsvTable exportData() {
        return figure.get() == null ? FigureData.edges(null) : FigureData.of(figure.get());
    }
}
