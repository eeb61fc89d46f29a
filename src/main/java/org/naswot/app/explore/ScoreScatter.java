package org.naswot.app.explore;

import org.naswot.figures.scatter.FastScatterRenderer;
import org.naswot.figures.scatter.ScatterChartFactory;
import org.naswot.figures.scatter.ScatterData;
import org.naswot.figures.scatter.ScatterDataset;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.theme.ChartStyle;

/**
 * Score (x) against trained accuracy (y) for every scored architecture, updated live as results stream in.
 *
 * <p>Mouse: wheel zooms at the pointer, drag pans, shift-drag zooms to a box, double-click resets the
 * view, hover shows the architecture, click selects it ({@link #selectedProperty()}), click on empty
 * space clears the selection.
 */
public class ScoreScatter extends BorderPane implements Exportable {
    /** Pixels within which hover and click find a point. */
    public static final double PICK_RADIUS = 8;
    private final ScoreScatterModel model;
    private final ScatterDataset dataset;
    private final ChartViewer viewer;
    private final Pane overlay = new Pane();
    private final VBox top = new VBox();
    private final ScatterToolbar toolbar;
    /** What a primary-button drag does; Ctrl-drag always draws a selection box. */
    private final ObjectProperty<DragMode> dragMode = new SimpleObjectProperty<>(this, "dragMode", DragMode.PAN);
    private final ScatterBrush brush = new ScatterBrush(dragMode);
    private final ScatterHoverCard hoverCard;
    private final ScatterDisplayModel display;
    private final ZoomHistory history = new ZoomHistory();
    private final CrosshairReadout readout = new CrosshairReadout();
    private ChartStyle style = ChartStyle.LIGHT;
    private JFreeChart chart;
    private boolean refreshScheduled;
    private boolean pendingData;
    private final DrawnCoordinates drawn = new DrawnCoordinates();

    public ScoreScatter() {
        this(new ScoreScatterModel());
    }

    public ScoreScatter(ScoreScatterModel model) {
        this.model = model;
        this.hoverCard = new ScatterHoverCard(model);
        this.display = new ScatterDisplayModel(model);
        this.dataset = new ScatterDataset(model.data());
        getStyleClass().add("score-scatter");
        chart = screenChart(style);
        viewer = new ChartViewer(chart, false); // our export (with provenance) replaces JFreeChart's menu (N11)
        ScatterMouse.install(this, viewer, brush, hoverCard, readout);
        overlay.getChildren().addAll(brush.shape(), hoverCard.node());
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        setCenter(new StackPane(viewer, overlay));
        toolbar = new ScatterToolbar(model, this::resetZoom);
        ScatterDisplayControls controls = new ScatterDisplayControls(display, model);
        toolbar.addDisplay(controls, ZoomButtons.of(this, history));
        ChoiceBox<DragMode> drag = brush.chooser();
        toolbar.addControl(new Label("Drag"), drag);
        top.getChildren().add(toolbar);
        setTop(top);
        setBottom(ScatterStatusBar.of(readout, display));
        display.setOnChange(this::displayChanged);

        // new points, correlations and titles arrive together from one pump tick: redraw once for all of them
        model.revisionProperty().addListener((o, a, b) -> requestRefresh(true));
        model.correlationsProperty().addListener((o, a, b) -> requestRefresh(false));
        model.titleProperty().addListener((o, a, b) -> requestRefresh(false));
        model.colourModeProperty().addListener((o, a, b) -> redecorate());
        model.topKProperty().addListener((o, a, b) -> redecorate());
        model.xLabelProperty().addListener((o, a, b) -> redecorate());
        model.selectedProperty().addListener((o, a, b) -> chart.fireChartChanged());
        model.brushedProperty().addListener((o, a, b) -> chart.fireChartChanged());

        ScatterPump.install(this, model);
    }

    /**
     * Coalesces chart updates: each change to the data, the title or the correlations used to redraw the
     * whole chart on its own (three redraws per streamed batch); now they are applied together, with
     * notifications off, and the chart redraws once.
     */
    private void requestRefresh(boolean data) {
        pendingData |= data;
        if (!refreshScheduled) {
            refreshScheduled = true;
            Platform.runLater(this::applyRefresh);
        }
    }

    private void applyRefresh() {
        refreshScheduled = false;
        boolean data = pendingData;
        pendingData = false;
        chart.setNotify(false);
        try {
            if (data) {
                ScatterChartFactory.decorate(chart, model.figure(), style);
                dataset.refresh();
            } else {
                chart.setTitle(model.getTitle());
            }
        } finally {
            chart.setNotify(true);
        }
    }

    private void redecorate() {
        ScatterChartFactory.decorate(chart, model.figure(), style);
        chart.fireChartChanged();
    }

    public ObjectProperty<DragMode> dragModeProperty() {
        return dragMode;
    }

    /** Selects (brushes) the plotted points inside the canvas rectangle from (x0, y0) to (x1, y1). */
    public Set<Integer> brushBox(double x0, double y0, double x1, double y1) {
        return brushPolygon(ScatterBrush.box(x0, y0, x1, y1));
    }

    /**
     * Selects the plotted points inside a polygon of canvas coordinates (x0, y0, x1, y1, ...): their architecture
     * indices become the brushed set, which the linked views follow. Returns them.
     */
    public Set<Integer> brushPolygon(List<Double> xy) {
        Set<Integer> chosen = ScatterBrush.pointsInside(xy, dataArea(), chart.getXYPlot(), model.data());
        if (chosen != null) {
            model.brushedProperty().set(chosen);
        }
        return chosen == null ? Set.of() : chosen;
    }

    /** Adds a row under the toolbar (e.g. an offer to compute what the chosen measure lacks). */
    public void addToolbarRow(Node row) {
        top.getChildren().add(row);
    }

    /** The x-axis picker, disabled while a run streams NASWOT scores. */
    public ComboBox<String> measurePicker() {
        return toolbar.measurePicker();
    }

    // ---- picking -------------------------------------------------------------------------------------

    /** Canvas position of a plotted point, or null when it is not plotted (or not yet drawn). */
    public Point2D canvasPositionOf(ScorePoint p) {
        int i = model.data().plottedIndexOf(p);
        Rectangle2D area = dataArea();
        if (i < 0 || area == null) {
            return null;
        }
        return ScatterGeometry.positionOf(chart.getXYPlot(), area, model.data(), i);
    }

    /** The plotted point nearest to canvas position (x, y) within {@link #PICK_RADIUS}, or null. */
    public ScorePoint pointAt(double x, double y) {
        Rectangle2D area = dataArea();
        if (area == null || !ScatterGeometry.onDataArea(area, x, y)) {
            return null;
        }
        ScatterData d = model.data();
        int best = ScatterGeometry.nearest(chart.getXYPlot(), area, d, x, y, PICK_RADIUS);
        return best < 0 ? null : d.plottedPoint(best);
    }

    Rectangle2D dataArea() {
        if (viewer.getRenderingInfo() == null) {
            return null;
        }
        PlotRenderingInfo info = viewer.getRenderingInfo().getPlotInfo();
        return info == null ? null : info.getDataArea();
    }

    void hover(double x, double y) {
        hoverCard.show(pointAt(x, y), x, y, getWidth(), overlay.getHeight());
    }

    /** Text of the hover card. */
    public static String describe(ScorePoint p) {
        return ScatterHoverCard.describe(p);
    }

    /** Adds lines to the hover card (e.g. the point's stored proxies), by architecture index. */
    public void setHoverDetails(java.util.function.IntFunction<String> details) {
        hoverCard.setDetails(details);
    }

    public String hoverText() {
        return hoverCard.text();
    }

    // ---- API -----------------------------------------------------------------------------------------

    public ScoreScatterModel getModel() {
        return model;
    }

    public void appendAll(Collection<? extends ScorePoint> points) {
        model.appendAll(points);
    }

    public ObjectProperty<ScorePoint> selectedProperty() {
        return model.selectedProperty();
    }

    public JFreeChart getChart() {
        return chart;
    }

    public ChartViewer getViewer() {
        return viewer;
    }

    /** Scales both axes' ranges by {@code factor} about the data point under (x, y) of the canvas (one history step). */
    public void zoomAt(double x, double y, double factor) {
        zoomAt(x, y, factor, true);
    }

    /** As above; {@code record}: whether the view left is recorded (false: a wheel tick joins the previous zoom). */
    void zoomAt(double x, double y, double factor, boolean record) {
        if (record) {
            history.leave(currentView());
        }
        ScatterGeometry.zoomAt(viewer.getCanvas().getRenderingInfo(), chart.getXYPlot(), x, y, factor);
    }

    public void resetZoom() {
        history.leave(currentView());
        chart.getXYPlot().getDomainAxis().setAutoRange(true);
        chart.getXYPlot().getRangeAxis().setAutoRange(true);
        history.unchanged(currentView());
    }

    /** Back to the view before the last zoom, pan or reset (Alt+Left); false when there is none. */
    public boolean zoomBack() {
        return history.goBack(chart.getXYPlot());
    }

    /** Forward again after {@link #zoomBack} (Alt+Right); false when there is none. */
    public boolean zoomForward() {
        return history.goForward(chart.getXYPlot());
    }

    ZoomHistory.View currentView() {
        return ZoomHistory.View.of(chart.getXYPlot());
    }

    ZoomHistory zoomHistory() {
        return history;
    }

    /** Log axes, marker size and opacity, colour and size columns, trend line. */
    public ScatterDisplayModel display() {
        return display;
    }

    /** The crosshair readout's text (blank outside the data area). */
    public String crosshairText() {
        return readout.text();
    }

    /** A display setting changed: other axes (log or linear, values or ranks, clipped) drop the zoom history. */
    private void displayChanged() {
        if (drawn.refit(chart.getXYPlot(), model.figure().display())) {
            history.clear();
        }
        redecorate();
    }

    public void setChartStyle(ChartStyle s) {
        this.style = s;
        XYPlot old = chart.getXYPlot();
        JFreeChart next = screenChart(s);
        ScatterGeometry.copyRanges(old, next.getXYPlot());
        chart = next;
        viewer.setChart(chart);
    }

    /** The chart on screen: created on the UI thread, whose redraws may reuse one pixel buffer. */
    private JFreeChart screenChart(ChartStyle s) {
        JFreeChart c = ScatterChartFactory.create(model.figure(), dataset, s);
        if (c.getXYPlot().getRenderer() instanceof FastScatterRenderer r) {
            r.reuseRasterOnThisThread();
        }
        return c;
    }

    public ChartStyle getChartStyle() {
        return style;
    }

    @Override
    public String exportName() {
        return "score-vs-accuracy";
    }

    @Override
    public String exportTitle() {
        return model.getTitle();
    }

    /** Draws a fresh chart in {@code s} with the current zoom; the screen chart is left untouched. */
    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle s) {
        paintFigure(g, area, s, FigureLayout.SCREEN);
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle s, FigureLayout layout) {
        JFreeChart c = ScatterChartFactory.create(model.figure(), dataset, s, layout);
        ScatterGeometry.copyRanges(chart.getXYPlot(), c.getXYPlot());
        c.draw(g, area);
    }

    @Override
    public CsvTable exportData() {
        return model.toCsv();
    }
}
