package org.naswot.app.kernel;

import org.naswot.figures.kernel.HeatmapPainter;
import org.naswot.figures.kernel.KernelMath;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.model.KernelMatrix;
import org.naswot.app.paint.PainterCanvas;
import org.naswot.figures.theme.ChartStyle;
import javafx.beans.Observable;

/**
 * The Hamming kernel K / K[0][0] of one architecture, or of two side by side (e.g. a good and a bad cell),
 * with a shared viridis colour bar and log|det K| over each panel.
 */
public class KernelHeatmap extends BorderPane implements Exportable {
    private final ObjectProperty<KernelMatrix> kernel = new SimpleObjectProperty<>(this, "kernel");
    private final ObjectProperty<KernelMatrix> comparison = new SimpleObjectProperty<>(this, "comparison");
    private final BooleanProperty orderByClass = new SimpleBooleanProperty(this, "orderByClass", false);
    private final BooleanProperty fullRange = new SimpleBooleanProperty(this, "fullRange", true);
    private final StringProperty heading = new SimpleStringProperty(this, "heading", "");
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle", ChartStyle.LIGHT);
    private final PainterCanvas canvas = new PainterCanvas();
    /** The images behind the kernel, for the drill-down (null: the card names the images without pictures). */
    private final ObjectProperty<KernelBatch> batch = new SimpleObjectProperty<>(this, "batch");
    private final KernelHoverCard hoverCard = new KernelHoverCard();
    private final javafx.scene.layout.FlowPane toolbar;

    public KernelHeatmap() {
        getStyleClass().add("kernel-heatmap");
        CheckBox byClass = new CheckBox("Order images by class");
        byClass.selectedProperty().bindBidirectional(orderByClass);
        byClass.setTooltip(new Tooltip("Group the rows and columns by the images' class labels"));
        CheckBox full = new CheckBox("Colour scale 0\u20131");
        full.selectedProperty().bindBidirectional(fullRange);
        full.setTooltip(new Tooltip("Off: stretch the colours over the smallest value shown .. 1 (the colour bar says so)"));
        // wraps onto a second row rather than cutting its labels (Large fonts in a narrow window)
        toolbar = new javafx.scene.layout.FlowPane(new Label("Kernel"), byClass, full);
        toolbar.getStyleClass().add("toolbar-strip");
        setTop(toolbar);
        javafx.scene.layout.Pane overlay = new javafx.scene.layout.Pane(hoverCard.node());
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        setCenter(new javafx.scene.layout.StackPane(canvas, overlay));
        canvas.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, e -> hoverCard.hide());
        for (Observable o : List.of(kernel, comparison, orderByClass, fullRange, heading, chartStyle)) {
            o.addListener(x -> update());
        }
        update();
    }

    /** Hovering K[i][j]: its value and images i and j with their classes (the card hides off the matrices). */
    private void hover(double x, double y) {
        HeatmapPainter.Cell c = canvas.getPainter() instanceof HeatmapPainter p ? p.cellAt(x, y) : null;
        if (c == null) {
            hoverCard.hide();
            return;
        }
        hoverCard.show(c, panels(), batch.get(), x, y, canvas.getWidth(), canvas.getHeight());
    }

    /** The hover card's text (value, then the two images), or null while it is hidden. */
    public String hoverText() {
        return hoverCard.text();
    }

    /** The images behind the shown kernels (set with them; null: none known). */
    public ObjectProperty<KernelBatch> batchProperty() {
        return batch;
    }

    private void update() {
        hoverCard.hide();
        canvas.setPainter(panels().isEmpty() ? null : painter(chartStyle.get()));
    }

    public HeatmapPainter painter(ChartStyle s) {
        return new HeatmapPainter(panels(), s, orderByClass.get(), fullRange.get(), heading.get());
    }

    private List<KernelMatrix> panels() {
        List<KernelMatrix> out = new ArrayList<>();
        if (kernel.get() != null) {
            out.add(kernel.get());
        }
        if (comparison.get() != null) {
            out.add(comparison.get());
        }
        return out;
    }

    /** Shows one kernel. */
    public void show(KernelMatrix k) {
        comparison.set(null);
        kernel.set(k);
    }

    /** Shows two kernels side by side on one colour scale. */
    public void showComparison(KernelMatrix left, KernelMatrix right) {
        kernel.set(left);
        comparison.set(right);
    }

    public ObjectProperty<KernelMatrix> kernelProperty() {
        return kernel;
    }

    public ObjectProperty<KernelMatrix> comparisonProperty() {
        return comparison;
    }

    public BooleanProperty orderByClassProperty() {
        return orderByClass;
    }

    public BooleanProperty fullRangeProperty() {
        return fullRange;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    public PainterCanvas getCanvas() {
        return canvas;
    }

    /** Hides the built-in toolbar (e.g. when embedded in the lecture view). */
    public void setToolbarVisible(boolean visible) {
        setTop(visible ? toolbar : null);
    }

    @Override
    public String exportName() {
        return comparison.get() == null ? "kernel" : "kernel-comparison";
    }

    @Override
    public String exportTitle() {
        List<KernelMatrix> p = panels();
        return "Hamming kernel K/K[0][0]: " + String.join(" vs ", p.stream().map(KernelMatrix::title).toList());
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle s) {
        painter(s).paintIn(g, area);
    }

    /** Long format: panel, row, column (in the displayed order), their batch indices and labels, K and K/K[0][0]. */
    @Override
    public CsvTable exportData() {
        CsvTable t = new CsvTable(List.of("panel", "title", "row", "col", "row_image", "col_image", "row_label",
                "col_label", "k", "k_normalised", "log_det"));
        List<KernelMatrix> p = panels();
        for (int panel = 0; panel < p.size(); panel++) {
            KernelMatrix km = p.get(panel);
            int[] perm = orderByClass.get() ? KernelMath.orderByLabel(km.labels()) : KernelMath.identity(km.size());
            double d = km.k()[0][0];
            double ld = Double.isNaN(km.logDet()) ? KernelMath.logAbsDet(km.k()) : km.logDet();
            for (int a = 0; a < perm.length; a++) {
                for (int b = 0; b < perm.length; b++) {
                    int i = perm[a];
                    int j = perm[b];
                    t.addRow(Integer.toString(panel), km.title(), Integer.toString(a), Integer.toString(b),
                            Integer.toString(i), Integer.toString(j), Integer.toString(km.labels()[i]),
                            Integer.toString(km.labels()[j]), CsvTable.number(km.k()[i][j]),
                            CsvTable.number(d == 0 ? km.k()[i][j] : km.k()[i][j] / d), CsvTable.number(ld));
                }
            }
        }
        return t;
    }
}
