package org.naswot.app.proxies;

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
import javafx.util.StringConverter;
import org.naswot.app.export.CsvTable;
import org.naswot.app.export.Exportable;
import org.naswot.app.paint.PainterCanvas;
import org.naswot.app.theme.ChartStyle;
import org.naswot.search.stats.ProxyQuality;
import org.naswot.search.stats.RankMethod;

/**
 * The Proxies view: for one run and one accuracy column, the proxy-by-proxy rank-correlation heatmap beside a table
 * of each proxy against the accuracy (Kendall, Spearman, precision of the top 10%, best-of-N), with a strip offering
 * to compute the proxies the run lacks. A thin view over {@link ProxiesViewModel}; exports the heatmap as the figure
 * and the table as CSV.
 */
public final class ProxiesView extends BorderPane implements Exportable {
    private final ProxiesViewModel model;
    private final PainterCanvas heatmap = new PainterCanvas();
    private final TableView<ProxyQuality> table = new TableView<>();
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle",
            ChartStyle.LIGHT);

    public ProxiesView(ProxiesViewModel model, ProxyComputeBar computeBar) {
        this.model = model;
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
        split.setDividerPositions(0.55);
        setCenter(new StackPane(split, empty));
        Label caption = new Label();
        caption.textProperty().bind(model.captionProperty());
        caption.setWrapText(true);
        caption.getStyleClass().add("view-subtitle");
        setBottom(caption);
        model.comparisonProperty().addListener((o, a, b) -> repaint());
        chartStyle.addListener((o, a, b) -> repaint());
        repaint();
    }

    private HBox toolbar() {
        ChoiceBox<RankMethod> method = new ChoiceBox<>();
        method.getItems().setAll(RankMethod.values());
        method.setConverter(converter(RankMethod::label));
        method.valueProperty().bindBidirectional(model.methodProperty());
        method.setTooltip(new Tooltip("Rank correlation in the heatmap: Spearman's rho or Kendall's tau-b"));
        ChoiceBox<Integer> bestOf = new ChoiceBox<>();
        bestOf.getItems().setAll(ProxiesViewModel.BEST_OF_CHOICES);
        bestOf.setValue(model.bestOfProperty().get());
        bestOf.valueProperty().addListener((o, a, b) -> model.bestOfProperty().set(b));
        bestOf.setTooltip(new Tooltip("Best of N: the mean accuracy of the architecture each proxy ranks highest among N "
                + "drawn at random (" + org.naswot.run.proxies.ProxyComparison.DRAWS + " draws, fixed seed; all "
                + "architectures when the run has fewer than N)"));
        HBox bar = new HBox(new Label("Correlation"), method, new Label("Best of"), bestOf);
        bar.getStyleClass().add("toolbar-strip");
        return bar;
    }

    private void buildTable() {
        TableColumn<ProxyQuality, String> name = new TableColumn<>("Proxy");
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        TableColumn<ProxyQuality, String> bestOf = number("", ProxyQuality::bestOfN, "%.2f");
        bestOf.textProperty().bind(Bindings.concat("Best of ", model.bestOfProperty().asString()));
        bestOf.setGraphic(tip("Mean accuracy (%) of the architecture the proxy ranks highest among N drawn at random, "
                + "over " + org.naswot.run.proxies.ProxyComparison.DRAWS + " seeded draws; ties count with their mean"));
        TableColumn<ProxyQuality, String> n = new TableColumn<>("Architectures");
        n.setCellValueFactory(c -> new SimpleStringProperty(String.format(Locale.ROOT, "%,d", c.getValue().n())));
        TableColumn<ProxyQuality, String> precision = number("Precision top 10%", ProxyQuality::topPrecision, "%.2f");
        precision.setGraphic(tip("Share of the proxy's top 10% architectures that are also in the accuracy's top 10%"));
        table.getColumns().setAll(java.util.List.of(name, number("Kendall \u03c4", ProxyQuality::kendall, "%.3f"),
                number("Spearman \u03c1", ProxyQuality::spearman, "%.3f"), precision, bestOf, n));
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(""));
    }

    /** An empty graphic whose tooltip explains a column (headers have no tooltip of their own). */
    private static Label tip(String text) {
        Label l = new Label("\u24d8");
        l.setTooltip(new Tooltip(text));
        return l;
    }

    private static TableColumn<ProxyQuality, String> number(String title, ToDoubleFunction<ProxyQuality> value,
                                                           String format) {
        TableColumn<ProxyQuality, String> c = new TableColumn<>(title);
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

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    public ProxiesViewModel getModel() {
        return model;
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
        ProxyFigure f = model.figure();
        if (f != null) {
            f.paintFigure(g, area, style);
        }
    }

    @Override
    public CsvTable exportData() {
        ProxyFigure f = model.figure();
        return f == null ? new CsvTable(java.util.List.of("proxy")) : f.exportData();
    }
}
