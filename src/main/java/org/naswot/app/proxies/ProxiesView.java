package org.naswot.app.proxies;

import org.naswot.figures.proxies.ProxyFigure;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
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
import org.naswot.search.stats.Ndcg;
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
    private final TableView<ProxyQuality> table = new TableView<>();
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle",
            ChartStyle.LIGHT);

    public ProxiesView(ProxiesViewModel model, ProxyComputeBar computeBar) {
        this.model = model;
        this.computeBar = computeBar;
        getStyleClass().add("proxies-view");
        computeBar.setOnComputed(model::reload);
        Runnable offer = () -> computeBar.offer(model.run(), model.incomplete(), model.missingProperty().get());
        model.missingProperty().addListener((o, a, b) -> offer.run());
        model.tableProperty().addListener((o, a, b) -> offer.run());
        setTop(new VBox(toolbar(), computeBar));
        buildTable();
        Label empty = new Label();
        empty.textProperty().bind(model.statusProperty());
        empty.getStyleClass().add("view-subtitle");
        empty.setWrapText(true);
        empty.setMouseTransparent(true);
        empty.visibleProperty().bind(model.comparisonProperty().isNull());
        SplitPane split = new SplitPane(heatmap, table);
        split.setDividerPositions(0.5);
        setCenter(new StackPane(split, empty));
        Label caption = new Label();
        caption.textProperty().bind(model.captionProperty());
        caption.setWrapText(true);
        caption.getStyleClass().add("view-subtitle");
        caption.setPadding(new Insets(4, 8, 4, 8));
        setBottom(caption);
        model.comparisonProperty().addListener((o, a, b) -> repaint());
        chartStyle.addListener((o, a, b) -> repaint());
        repaint();
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
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 4, labelled("Correlation", method),
                labelled("Best of", bestOf));
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

    private void buildTable() {
        TableColumn<ProxyQuality, String> name = column("Proxy", "A zero-cost proxy, or nwot: the NASWOT score");
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        TableColumn<ProxyQuality, String> bestOf = number("", "Mean accuracy (%) of the architecture the proxy ranks "
                + "highest among N drawn at random, over " + ProxyComparison.DRAWS
                + " seeded draws (all architectures when the run has fewer than N); tied picks count with their mean",
                ProxyQuality::bestOfN, "%.2f");
        ((Label) bestOf.getGraphic()).textProperty().bind(Bindings.concat("Best of ",
                model.bestOfProperty().asString()));
        TableColumn<ProxyQuality, String> n = column("n", "Architectures with both a value of the proxy and an "
                + "accuracy (NaN values and missing ones left out)");
        n.setCellValueFactory(c -> new SimpleStringProperty(String.format(Locale.ROOT, "%,d", c.getValue().n())));
        n.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().setAll(List.of(name,
                number("Kendall \u03c4", "Kendall's tau-b against the accuracy", ProxyQuality::kendall, "%.3f"),
                number("Spearman \u03c1", "Spearman's rho against the accuracy", ProxyQuality::spearman, "%.3f"),
                number("Top 10%", "Precision at the top: the share of the proxy's top 10% architectures that are also "
                        + "in the accuracy's top 10%", ProxyQuality::topPrecision, "%.2f"),
                number("nDCG", "nDCG@" + Ndcg.CUTOFF + " as VKDNW (CVPR 2025) defines it: the gains 2^accuracy(%) - 1 "
                        + "of the proxy's first " + Ndcg.CUTOFF + " architectures discounted by log2(1 + rank), over "
                        + "the same for the accuracy's own order (1 = the top networks found in order)",
                        ProxyQuality::ndcg, "%.3f"), bestOf,
                number("\u03c4 params", "Kendall's tau-b of the proxy with the parameter count: its bias towards "
                        + "size (shown when the run has params)", ProxyQuality::tauParams, "%.3f"),
                number("\u03c4 FLOPs", "Kendall's tau-b of the proxy with the FLOPs: its bias towards size (shown "
                        + "when the run has flops)", ProxyQuality::tauFlops, "%.3f"), n));
        table.setItems(model.rows());
        // columns keep their headers' words whole; the table scrolls sideways where they do not all fit
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(""));
    }

    /** A column whose header (a label: headers have no tooltip of their own) explains it on hover. */
    private static TableColumn<ProxyQuality, String> column(String title, String explanation) {
        TableColumn<ProxyQuality, String> c = new TableColumn<>();
        org.naswot.app.theme.WrappingHeader.install(c, title, explanation);
        return c;
    }

    /** The header text of a table column. */
    static String headerText(TableColumn<?, ?> c) {
        return c.getGraphic() instanceof Label l ? l.getText() : c.getText();
    }

    private static TableColumn<ProxyQuality, String> number(String title, String explanation,
                                                           ToDoubleFunction<ProxyQuality> value, String format) {
        TableColumn<ProxyQuality, String> c = column(title, explanation);
        c.setCellValueFactory(f -> {
            double v = value.applyAsDouble(f.getValue());
            return new SimpleStringProperty(Double.isNaN(v) ? "\u2013" : String.format(Locale.ROOT, format, v)
                    .replace('-', '\u2212'));
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private void repaint() {
        ProxyFigure f = model.figure();
        heatmap.setPainter(f == null ? null : f.painter(chartStyle.get()));
    }

    public ProxiesViewModel getModel() {
        return model;
    }

    /** The strip offering to compute the run's missing values; by default the view reloads when it is done. */
    public ProxyComputeBar computeBar() {
        return computeBar;
    }

    public TableView<ProxyQuality> getTable() {
        return table;
    }

    public PainterCanvas getHeatmap() {
        return heatmap;
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    @Override
    public String exportName() {
        ProxyFigure f = model.figure();
        return f == null ? "proxies" : f.exportName();
    }

    @Override
    public String exportTitle() {
        return model.headingProperty().get();
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style) {
        paintFigure(g, area, style, FigureLayout.SCREEN);
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style,
                            FigureLayout layout) {
        ProxyFigure f = model.figure();
        if (f != null) {
            f.paintFigure(g, area, style, layout);
        }
    }

    @Override
    public CsvTable exportData() {
        ProxyFigure f = model.figure();
        return f == null ? new CsvTable(List.of("proxy")) : f.exportData();
    }
}
