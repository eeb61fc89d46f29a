package org.naswot.app.proxies;

import org.naswot.figures.proxies.CorrelationHeatmapPainter;
import org.naswot.figures.proxies.ProxyFigure;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.naswot.app.theme.NamedConverter;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.Exportable;
import org.naswot.app.paint.PainterCanvas;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.search.stats.ProxyQuality;
import org.naswot.search.stats.RankMethod;
import java.util.List;
import javafx.geometry.Insets;
import org.naswot.figures.export.FigureLayout;
import org.naswot.search.stats.ProxyComparison;

/**
 * The Proxies view: for one run and one accuracy column, the proxy-by-proxy rank-correlation heatmap beside a table
 * of each proxy against the accuracy (Kendall, Spearman, precision of the top 10%, best-of-N), with a strip offering
 * to compute the proxies the run lacks. A thin view over {@link ProxiesViewModel}; exports the heatmap as the figure
 * and the table as CSV.
 */
public final class ProxiesView extends BorderPane implements Exportable {
    private final ProxiesViewModel model;
    private final ProxyComputeBar computeBar;
    private final PainterCanvas heatmap = new PainterCanvas();
    private final ProxyQualityTable table;
    private final TauAgainstNChart tauChart = new TauAgainstNChart();
    private final ScrollPane heatmapScroll = new ScrollPane(heatmap);
    /** Draws nothing: the heatmap's minimum size is measured with it. */
    private final Graphics2D metrics = new org.jfree.fx.FXGraphics2D(
            new javafx.scene.canvas.Canvas(1, 1).getGraphicsContext2D());
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle",
            ChartStyle.LIGHT);
    /** Heatmap, scatter matrix or parallel coordinates (remembered with the preferences). */
    private final ObjectProperty<ProxiesShown> shown = new SimpleObjectProperty<>(this, "shown",
            ProxiesShown.HEATMAP);
    private final MeasureFigurePane measureFigure = new MeasureFigurePane(chartStyle);

    public ProxiesView(ProxiesViewModel model, ProxyComputeBar computeBar) {
        this.model = model;
        this.computeBar = computeBar;
        this.table = new ProxyQualityTable(model);
        getStyleClass().add("proxies-view");
        computeBar.setOnComputed(model::reload);
        Runnable offer = () -> computeBar.offer(model.run(), model.incomplete(), model.missingProperty().get());
        model.missingProperty().addListener((o, a, b) -> offer.run());
        model.tableProperty().addListener((o, a, b) -> offer.run());
        setTop(new VBox(toolbar(), computeBar));
        Label empty = new Label();
        empty.textProperty().bind(model.statusProperty());
        empty.getStyleClass().add("view-subtitle");
        empty.setWrapText(true);
        empty.setMouseTransparent(true);
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.comparisonProperty().get() == null
                || model.comparisonProperty().get().matrix().size() == 0, model.comparisonProperty()));
        // below the names' smallest size the heatmap keeps its cells a name tall and scrolls instead of overlapping
        heatmapScroll.setFitToWidth(true);
        heatmapScroll.setFitToHeight(true);
        heatmapScroll.getStyleClass().add("proxies-heatmap-scroll");
        SplitPane split = new SplitPane(heatmapScroll, tableWithTau());
        split.setDividerPositions(0.5);
        // the table keeps room for the columns every user needs; the heatmap scrolls in what is left
        javafx.beans.InvalidationListener roomy = o -> {
            double w = split.getWidth();
            // every shown column, or at least the needed ones, in up to 75 % of the width (the heatmap scrolls);
            // no minimum width: a wider view would run past the window's edge with Large fonts
            double want = Math.min(Math.max(table.essentialWidth(), Math.min(table.neededWidth(), 0.6 * w)), 0.75 * w)
                    + 4;
            if (w > 0 && table.getWidth() + 2 < want) {
                // after the split's layout pass, which would otherwise put back the old position
                javafx.application.Platform.runLater(() -> split.setDividerPositions(Math.max(0.2, 1 - want / w)));
            }
        };
        split.widthProperty().addListener(roomy);
        table.widthProperty().addListener(roomy);
        table.getColumns().forEach(c -> {
            c.minWidthProperty().addListener(roomy);
            c.visibleProperty().addListener(roomy);
        });
        split.visibleProperty().bind(shown.isEqualTo(ProxiesShown.HEATMAP));
        measureFigure.visibleProperty().bind(split.visibleProperty().not());
        setCenter(new StackPane(split, measureFigure, empty));
        setBottom(captionStrip());
        model.comparisonProperty().addListener((o, a, b) -> repaint());
        chartStyle.addListener((o, a, b) -> repaint());
        repaint();
        // the comparison changes with the run, the measures shown and the selection: so do the measures' figures
        model.comparisonProperty().addListener((o, a, b) -> showMeasures());
        shown.addListener((o, a, b) -> showMeasures());
    }

    /** Builds the scatter matrix or parallel coordinates when one is shown (the heatmap needs neither). */
    private void showMeasures() {
        ProxiesShown s = shown.get();
        if (s.figure() != null) {
            measureFigure.show(s.figure(), model.comparisonProperty().get() == null ? null
                    : model.tableProperty().get(), model.shown(), model.accuracyLabel(), model.selection());
        }
    }

    /** The caption under the view: what the heatmap or the measures' figure compares, scrolling beyond four lines. */
    private ScrollPane captionStrip() {
        Label caption = new Label();
        caption.textProperty().bind(Bindings.createStringBinding(() -> shown.get() == ProxiesShown.HEATMAP
                ? model.captionProperty().get() : measureFigure.captionProperty().get(), shown,
                model.captionProperty(), measureFigure.captionProperty()));
        caption.setWrapText(true);
        caption.getStyleClass().add("view-subtitle");
        caption.setPadding(new Insets(4, 8, 4, 8));
        // at most about four lines high, scrolling beyond: the whole method text at 1024x700 with Large fonts left
        // the table two rows
        ScrollPane captionScroll = new ScrollPane(caption);
        captionScroll.setFitToWidth(true);
        captionScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        captionScroll.getStyleClass().addAll("edge-to-edge", "proxies-caption-scroll");
        captionScroll.maxHeightProperty().bind(Bindings.createDoubleBinding(() -> caption.getFont().getSize() * 5.6
                + 10, caption.fontProperty()));
        return captionScroll;
    }

    /** The table, and under it tau against n of its selected row, else its first (nwot when shown). */
    private VBox tableWithTau() {
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        Runnable tau = () -> {
            ProxyQuality q = table.getSelectionModel().getSelectedItem();
            String id = q != null ? q.name() : table.getItems().isEmpty() ? null : table.getItems().get(0).name();
            tauChart.show(id, model.tauAgainstN(id));
        };
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> tau.run());
        table.getItems().addListener((javafx.beans.InvalidationListener) o -> tau.run());
        return new VBox(4, table, tauChart);
    }

    private javafx.scene.layout.FlowPane toolbar() {
        ChoiceBox<RankMethod> method = new ChoiceBox<>();
        method.getItems().setAll(RankMethod.values());
        method.setConverter(NamedConverter.of(RankMethod::label));
        method.valueProperty().bindBidirectional(model.methodProperty());
        method.setTooltip(new Tooltip("Rank correlation in the heatmap: Spearman's rho or Kendall's tau-b"));
        ChoiceBox<Integer> bestOf = new ChoiceBox<>();
        bestOf.getItems().setAll(ProxiesViewModel.BEST_OF_CHOICES);
        bestOf.setValue(model.bestOfProperty().get());
        bestOf.valueProperty().addListener((o, a, b) -> model.bestOfProperty().set(b));
        bestOf.setTooltip(new Tooltip("Best of N: the mean accuracy of the architecture each proxy ranks highest among N "
                + "drawn at random (" + ProxyComparison.DRAWS + " draws, fixed seed; all "
                + "architectures when the run has fewer than N)"));
        // each label beside its picker, the pairs wrapping onto a second row rather than cutting a label (Large fonts
        // in a narrow window cut "Correlati..." once the settings column kept room for its scroll bar)
        Label count = new Label();
        count.textProperty().bind(model.shownCountProperty());
        count.getStyleClass().add("proxies-shown-count");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ChoiceBox<ProxiesShown> view = new ChoiceBox<>();
        view.getItems().setAll(ProxiesShown.values());
        view.setConverter(NamedConverter.of(ProxiesShown::label));
        view.valueProperty().bindBidirectional(shown);
        view.getStyleClass().add("proxies-view-switch");
        view.setTooltip(new Tooltip("Beside the table: the proxies' correlation heatmap, or the accuracy and the chosen "
                + "measures as a scatter Matrix (ranks, Kendall \u03c4 per panel) or as Parallel coordinates (an "
                + "axis per measure, a line per architecture)"));
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 4, labelled("Figure", view),
                labelled("Correlation", method),
                labelled("Best of", bestOf), new HBox(4, new MeasuresMenu(model), count), table.columnsMenu());
        ((HBox) bar.getChildren().get(3)).setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar-strip");
        return bar;
    }

    private static HBox labelled(String text, javafx.scene.Node picker) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox pair = new HBox(4, label, picker);
        pair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return pair;
    }

    /** The header text of a table column. */
    static String headerText(TableColumn<?, ?> c) {
        return ProxyQualityTable.headerText(c);
    }

    private void repaint() {
        ProxyFigure f = model.figure();
        CorrelationHeatmapPainter p = f == null ? null : f.painter(chartStyle.get());
        // measured as the canvas measures (its FXGraphics2D's metrics are not an image's)
        java.awt.Dimension least = p == null ? new java.awt.Dimension(50, 50) : p.minimumSize(metrics);
        heatmap.setMinSize(least.width, least.height);
        heatmap.setPainter(p);
    }

    public ProxiesViewModel getModel() {
        return model;
    }

    /** The strip offering to compute the run's missing values; by default the view reloads when it is done. */
    public ProxyComputeBar computeBar() {
        return computeBar;
    }

    /** The heatmap's scroll pane: it scrolls only when the names at their smallest size do not fit. */
    public ScrollPane getHeatmapScroll() {
        return heatmapScroll;
    }

    public TableView<ProxyQuality> getTable() {
        return table;
    }

    /** The tau-against-n chart under the table. */
    TauAgainstNChart tauChart() {
        return tauChart;
    }

    public PainterCanvas getHeatmap() {
        return heatmap;
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    /** What the view draws: the heatmap, the scatter matrix or the parallel coordinates. */
    public ObjectProperty<ProxiesShown> shownProperty() {
        return shown;
    }

    /** The scatter matrix or parallel coordinates shown, or null (the heatmap shown, or one still being built). */
    public org.naswot.figures.measures.MeasureFigure measureFigure() {
        return shown.get() == ProxiesShown.HEATMAP ? null : measureFigure.figureProperty().get();
    }

    /** Whether the scatter matrix or parallel coordinates are being built or drawn (a screenshot waits for them). */
    public boolean isDrawingMeasures() {
        return measureFigure.isBusy();
    }

    /** The pane drawing the scatter matrix or parallel coordinates. */
    MeasureFigurePane measureFigurePane() {
        return measureFigure;
    }

    /** What File ▸ Export writes: the figure shown. */
    private Exportable exported() {
        return shown.get() == ProxiesShown.HEATMAP ? model.figure() : measureFigure();
    }

    @Override
    public String exportName() {
        Exportable f = exported();
        return f == null ? "proxies" : f.exportName();
    }

    @Override
    public String exportTitle() {
        Exportable f = exported();
        return f == null || shown.get() == ProxiesShown.HEATMAP ? model.headingProperty().get() : f.exportTitle();
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style) {
        paintFigure(g, area, style, FigureLayout.SCREEN);
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style,
                            FigureLayout layout) {
        Exportable f = exported();
        if (f != null) {
            f.paintFigure(g, area, style, layout);
        }
    }

    @Override
    public CsvTable exportData() {
        Exportable f = exported();
        return f == null ? new CsvTable(List.of("proxy")) : f.exportData();
    }
}
