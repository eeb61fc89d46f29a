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
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Polygon;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.fx.interaction.ZoomHandlerFX;
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
    private final Label hoverCard = new Label();
    private final Pane overlay = new Pane();
    private final Timeline pump;
    private final VBox top = new VBox();
    private final ScatterToolbar toolbar;
    /** What a primary-button drag does; Ctrl-drag always draws a selection box. */
    private final ObjectProperty<DragMode> dragMode = new SimpleObjectProperty<>(this, "dragMode", DragMode.PAN);
    /** The box or lasso being drawn, in canvas coordinates (the overlay's). */
    private final Polygon brushShape = new Polygon();
    private Point2D brushStart;
    /** More lines for the hover card by architecture index (its stored proxies), or empty. */
    private java.util.function.IntFunction<String> hoverDetails = i -> "";
    private boolean lassoing;
    private ChartStyle style = ChartStyle.LIGHT;
    private JFreeChart chart;
    private int pumpTicks;
    private boolean refreshScheduled;
    private boolean pendingData;

    public ScoreScatter() {
        this(new ScoreScatterModel());
    }

    public ScoreScatter(ScoreScatterModel model) {
        this.model = model;
        this.dataset = new ScatterDataset(model.data());
        getStyleClass().add("score-scatter");
        chart = screenChart(style);
        viewer = new ChartViewer(chart, false); // our export (with provenance) replaces JFreeChart's menu (N11)
        configureInteraction(viewer.getCanvas());
        brushShape.getStyleClass().add("brush-shape");
        brushShape.setVisible(false);
        brushShape.setManaged(false);
        overlay.getChildren().addAll(brushShape, hoverCard);
        hoverCard.getStyleClass().add("hover-card");
        hoverCard.setVisible(false);
        hoverCard.setManaged(false);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        setCenter(new StackPane(viewer, overlay));
        toolbar = new ScatterToolbar(model, this::resetZoom);
        ChoiceBox<DragMode> drag = new ChoiceBox<>();
        drag.getItems().setAll(DragMode.values());
        drag.valueProperty().bindBidirectional(dragMode);
        drag.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DragMode m) {
                return m == null ? "" : m.label;
            }

            @Override
            public DragMode fromString(String s) {
                return null;
            }
        });
        drag.setTooltip(new Tooltip("What dragging on the plot does: pan, or select the points in a box or a lasso "
                + "(the table, Proxies and Search follow). Ctrl-drag always draws a box; Shift-drag zooms to a box."));
        toolbar.addControl(new Label("Drag"), drag);
        top.getChildren().add(toolbar);
        setTop(top);

        // new points, correlations and titles arrive together from one pump tick: redraw once for all of them
        model.revisionProperty().addListener((o, a, b) -> requestRefresh(true));
        model.correlationsProperty().addListener((o, a, b) -> requestRefresh(false));
        model.titleProperty().addListener((o, a, b) -> requestRefresh(false));
        model.colourModeProperty().addListener((o, a, b) -> redecorate());
        model.topKProperty().addListener((o, a, b) -> redecorate());
        model.xLabelProperty().addListener((o, a, b) -> redecorate());
        model.selectedProperty().addListener((o, a, b) -> chart.fireChartChanged());
        model.brushedProperty().addListener((o, a, b) -> chart.fireChartChanged());

        // drain streamed points 10 times a second; correlations at most ~3 times a second
        pump = new Timeline(new KeyFrame(Duration.millis(100), e -> pumpOnce()));
        pump.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                pump.play();
            } else {
                pump.stop();
            }
        });
    }

    private void pumpOnce() {
        model.drainQueue();
        if (++pumpTicks % 3 == 0) {
            model.refreshStatisticsIfDirty();
        }
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

    private void configureInteraction(ChartCanvas canvas) {
        canvas.setTooltipEnabled(false);
        canvas.removeMouseHandler(canvas.getMouseHandler("pan"));
        canvas.removeMouseHandler(canvas.getMouseHandler("zoom"));
        canvas.addMouseHandler(new PanHandlerFX("pan", false, false, false, false));
        canvas.addMouseHandler(new ZoomHandlerFX("zoom", viewer, false, false, false, true));
        // the wheel zooms both axes about the pointer; wheel up (away from you) zooms in, as in maps and viewers
        canvas.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getX(), e.getY(), e.getDeltaY() > 0 ? 0.8 : 1.25);
            }
            e.consume();
        });
        // box and lasso selection: filters ahead of the canvas's pan and zoom handlers, which never see the drag
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown()
                    && (dragMode.get() != DragMode.PAN || e.isShortcutDown())) {
                brushStart = new Point2D(e.getX(), e.getY());
                lassoing = dragMode.get() == DragMode.LASSO && !e.isShortcutDown();
                brushShape.getPoints().setAll(e.getX(), e.getY());
                e.consume();
            }
        });
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (brushStart != null) {
                if (lassoing) {
                    brushShape.getPoints().addAll(e.getX(), e.getY());
                } else {
                    brushShape.getPoints().setAll(box(brushStart.getX(), brushStart.getY(), e.getX(), e.getY()));
                }
                brushShape.setVisible(true);
                e.consume();
            }
        });
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (brushStart != null) {
                Point2D start = brushStart;
                brushStart = null;
                brushShape.setVisible(false);
                // a press and release in place is a click (select one point), not an empty box
                if (Math.abs(e.getX() - start.getX()) + Math.abs(e.getY() - start.getY()) > 3) {
                    if (!lassoing) {
                        brushShape.getPoints().setAll(box(start.getX(), start.getY(), e.getX(), e.getY()));
                    }
                    brushPolygon(brushShape.getPoints());
                }
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverCard.setVisible(false));
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> hoverCard.setVisible(false));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            if (e.getClickCount() == 2) {
                resetZoom();
                return;
            }
            model.setSelected(pointAt(e.getX(), e.getY()));
        });
    }

    /** What a drag on the plot does. */
    public enum DragMode {
        PAN("pan"), BOX("box select"), LASSO("lasso select");

        private final String label;

        DragMode(String label) {
            this.label = label;
        }
    }

    public ObjectProperty<DragMode> dragModeProperty() {
        return dragMode;
    }

    private static List<Double> box(double x0, double y0, double x1, double y1) {
        return List.of(x0, y0, x1, y0, x1, y1, x0, y1);
    }

    /** Selects (brushes) the plotted points inside the canvas rectangle from (x0, y0) to (x1, y1). */
    public Set<Integer> brushBox(double x0, double y0, double x1, double y1) {
        return brushPolygon(box(x0, y0, x1, y1));
    }

    /**
     * Selects the plotted points inside a polygon of canvas coordinates (x0, y0, x1, y1, ...): their architecture
     * indices become the brushed set, which the linked views follow. Returns them.
     */
    public Set<Integer> brushPolygon(List<Double> xy) {
        Rectangle2D area = dataArea();
        if (area == null || xy.size() < 6) {
            return Set.of();
        }
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
        path.moveTo(xy.get(0), xy.get(1));
        for (int k = 2; k + 1 < xy.size(); k += 2) {
            path.lineTo(xy.get(k), xy.get(k + 1));
        }
        path.closePath();
        ScatterData d = model.data();
        XYPlot plot = chart.getXYPlot();
        Set<Integer> inside = new java.util.LinkedHashSet<>();
        for (int i = 0; i < d.plottedCount(); i++) {
            Point2D at = ScatterGeometry.positionOf(plot, area, d, i);
            if (area.contains(at.getX(), at.getY()) && path.contains(at.getX(), at.getY())) {
                inside.add(d.plottedPoint(i).index());
            }
        }
        Set<Integer> chosen = Set.copyOf(inside);
        model.brushedProperty().set(chosen);
        return chosen;
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
        if (area == null || !area.contains(x, y)) {
            return null;
        }
        ScatterData d = model.data();
        int best = ScatterGeometry.nearest(chart.getXYPlot(), area, d, x, y, PICK_RADIUS);
        return best < 0 ? null : d.plottedPoint(best);
    }

    private Rectangle2D dataArea() {
        if (viewer.getRenderingInfo() == null) {
            return null;
        }
        PlotRenderingInfo info = viewer.getRenderingInfo().getPlotInfo();
        return info == null ? null : info.getDataArea();
    }

    private void hover(double x, double y) {
        ScorePoint p = pointAt(x, y);
        if (p == null) {
            hoverCard.setVisible(false);
            return;
        }
        String base = model.showsRanks() ? describe(p).replaceFirst("accuracy [^\u00b7]*%", model.yText(p))
                : describe(p);
        String more = hoverDetails.apply(p.index());
        hoverCard.setText(base + (more == null || more.isEmpty() ? "" : "\n" + more));
        hoverCard.autosize();
        double w = hoverCard.prefWidth(-1);
        double h = hoverCard.prefHeight(w);
        double px = x + 14 + w > getWidth() ? x - 14 - w : x + 14;
        double py = Math.max(0, Math.min(y + 14, overlay.getHeight() - h));
        hoverCard.resizeRelocate(px, py, w, h);
        hoverCard.setVisible(true);
    }

    /** Text of the hover card. */
    public static String describe(ScorePoint p) {
        StringBuilder sb = new StringBuilder();
        sb.append("#").append(p.index()).append("   ").append(p.arch()).append('\n');
        sb.append(String.format(Locale.ROOT, "score %.2f \u00b7 accuracy %.2f%% \u00b7 %.3fM params", p.score(),
                p.accuracy(), p.params() / 1e6));
        if (!p.group().isEmpty()) {
            sb.append(" \u00b7 ").append(p.group());
        }
        return sb.toString();
    }

    /** Adds lines to the hover card (e.g. the point's stored proxies), by architecture index. */
    public void setHoverDetails(java.util.function.IntFunction<String> details) {
        this.hoverDetails = details == null ? i -> "" : details;
    }

    public String hoverText() {
        return hoverCard.isVisible() ? hoverCard.getText() : null;
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

    /** Scales both axes' ranges by {@code factor} about the data point under (x, y) of the canvas. */
    public void zoomAt(double x, double y, double factor) {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        if (info == null) {
            return;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (area.isEmpty()) {
            return;
        }
        ScatterGeometry.zoomAt(chart.getXYPlot(), area, x, y, factor);
    }

    public void resetZoom() {
        chart.getXYPlot().getDomainAxis().setAutoRange(true);
        chart.getXYPlot().getRangeAxis().setAutoRange(true);
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
