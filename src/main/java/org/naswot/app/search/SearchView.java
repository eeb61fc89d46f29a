package org.naswot.app.search;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.naswot.app.search.SearchViewModel.Row;
import org.naswot.data.DataDirectory;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.figures.theme.ChartThemer;
import org.naswot.service.ExplorerSettings;

/**
 * NASWOT search (the paper's Algorithm 1) from the window: R runs of N sampled cells each, with progress; the chosen
 * cells in a table with every dataset's accuracy (a row opens the cell in the other tabs); a mean +- std summary per
 * dataset as the paper's Table 2, beside one random cell per run; a histogram of the choices' CIFAR-10 test accuracy
 * against the random cells, themed and exportable. Past searches of the same space, dataset and N reload. A view over
 * {@link SearchViewModel}, which does the work.
 */
public final class SearchView extends BorderPane implements Exportable {
    private static final javafx.css.PseudoClass LINKED = javafx.css.PseudoClass.getPseudoClass("linked");
    private java.util.Set<Integer> marked = java.util.Set.of();
    private final TableView<Row> table;

    private final SearchViewModel model;
    private final Label summary = new Label();
    private final ChartViewer viewer;
    private ChartStyle style = ChartStyle.LIGHT;
    private Consumer<Row> onOpen = r -> { };

    public SearchView(Supplier<ExplorerSettings> settings, DataDirectory data, Path db) {
        this(new SearchViewModel(settings, data, db));
    }

    public SearchView(SearchViewModel model) {
        this.model = model;
        setTop(controls());
        TableView<Row> table = new TableView<>(model.rows);
        table.getColumns().add(column("run", r -> Integer.toString(r.run() + 1)));
        table.getColumns().add(column("chosen #", r -> Integer.toString(r.index())));
        table.getColumns().add(column("score", r -> String.format(Locale.ROOT, "%.2f", r.score())));
        SearchViewModel.DATASETS.forEach((key, title) -> table.getColumns().add(column(title + " %",
                r -> format(r.accuracies().getOrDefault(key, Double.NaN)))));
        TableColumn<Row, String> arch = column("cell", Row::arch);
        arch.setPrefWidth(420);
        table.getColumns().add(arch);
        // cells selected in the linked views (a box on the plot, rows of the architecture table) are marked here
        table.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(LINKED, !empty && r != null && marked.contains(r.index()));
            }
        });
        this.table = table;
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                onOpen.accept(r);
            }
        });
        Label empty = new Label("Press Search, or load past searches of this space, dataset and N.");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        viewer = new ChartViewer(createChart(new HistogramDataset(), style), false); // our export replaces JFreeChart's
        model.revision.addListener((o, a, b) -> redraw());
        SplitPane split = new SplitPane(table, viewer);
        split.setDividerPositions(0.5);
        setCenter(split);
    }

    /** N, runs, Search, Cancel, Past searches and the progress; the status line and the summary under them. */
    private VBox controls() {
        Spinner<Integer> n = new Spinner<>(1, 10_000, 10, 10);
        n.setEditable(true);
        n.setPrefWidth(90);
        Spinner<Integer> runs = new Spinner<>(1, 1_000, 10);
        runs.setEditable(true);
        runs.setPrefWidth(90);
        Button start = new Button("Search");
        Button cancel = new Button("Cancel");
        Button past = new Button("Past searches");
        start.disableProperty().bind(model.running);
        past.disableProperty().bind(model.running);
        cancel.disableProperty().bind(model.running.not());
        start.setOnAction(e -> model.search(n.getValue(), runs.getValue()));
        cancel.setOnAction(e -> model.cancel());
        past.setOnAction(e -> model.loadPast(n.getValue()));
        ProgressBar progress = new ProgressBar(0);
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.progress);
        progress.visibleProperty().bind(model.running);
        FlowPane controls = new FlowPane(8, 6, new Label("N"), n, new Label("runs"), runs, start, cancel, past, progress);
        Label status = new Label();
        status.textProperty().bind(model.status);
        status.setWrapText(true);
        summary.setWrapText(true);
        summary.getStyleClass().add("view-subtitle");
        VBox top = new VBox(6, controls, status, summary);
        top.setPadding(new Insets(8));
        return top;
    }

    public SearchViewModel getModel() {
        return model;
    }

    /** Marks the rows of these architecture indices (the window's linked selection); an empty set marks none. */
    public void markArchitectures(java.util.Set<Integer> indices) {
        marked = java.util.Set.copyOf(indices);
        table.refresh();
    }

    /** How many rows the linked selection marks. */
    public long markedRows() {
        return table.getItems().stream().filter(r -> marked.contains(r.index())).count();
    }

    /** Called with a row the user selects: the window shows that cell in its other tabs. */
    public void setOnOpen(Consumer<Row> handler) {
        this.onOpen = handler == null ? r -> { } : handler;
    }

    /** Follows the window's theme. */
    public void setChartStyle(ChartStyle s) {
        this.style = s;
        redraw();
    }

    private HistogramDataset dataset() {
        HistogramDataset fresh = new HistogramDataset();
        double[] c = model.choiceAccuracies();
        double[] r = model.randomAccuracies();
        if (c.length > 0) {
            fresh.addSeries("NASWOT choice (N = " + model.lastN() + ")", c, 20, 50, 95);
        }
        if (r.length > 0) {
            fresh.addSeries("one random cell per run", r, 20, 50, 95);
        }
        return fresh;
    }

    private JFreeChart createChart(HistogramDataset d, ChartStyle s) {
        JFreeChart chart = ChartFactory.createHistogram("Chosen cells vs random cells", "CIFAR-10 test accuracy (%)",
                "runs", d, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setForegroundAlpha(0.7f);
        XYBarRenderer bars = (XYBarRenderer) plot.getRenderer();
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setSeriesPaint(0, s.accent());
        bars.setSeriesPaint(1, s.muted());
        double best = model.best();
        if (!Double.isNaN(best)) {
            ValueMarker m = new ValueMarker(best);
            m.setLabel("benchmark best " + String.format(Locale.ROOT, "%.2f", best));
            m.setPaint(s.foreground());
            m.setLabelPaint(s.foreground());
            m.setLabelFont(s.tick());
            // the label inside the plot, left of the line: at the right edge it was cut ("benchmark bes")
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(m);
        }
        // counts of runs: whole numbers on the axis
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        ChartThemer.apply(chart, s);
        return chart;
    }

    private void redraw() {
        viewer.setChart(createChart(dataset(), style));
        summary.setText(model.summaryText());
    }

    private static String format(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>();
        org.naswot.app.theme.WrappingHeader.install(c, title, null);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    // ---- export -------------------------------------------------------------------------------------------

    @Override
    public String exportName() {
        return "search-histogram";
    }

    @Override
    public String exportTitle() {
        return "NASWOT search: chosen cells vs random cells"
                + (model.rows.isEmpty() ? "" : " (" + model.summaryText() + ")");
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle s) {
        createChart(dataset(), s).draw(g, area);
    }

    /** The export dialog's Title choice holds here too (review N10: a title was always drawn). */
    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle s, org.naswot.figures.export.FigureLayout layout) {
        JFreeChart chart = createChart(dataset(), s);
        if (!layout.title()) {
            chart.setTitle((org.jfree.chart.title.TextTitle) null);
        }
        chart.draw(g, area);
    }

    @Override
    public org.naswot.figures.model.Provenance provenance(org.naswot.figures.model.Provenance shown) {
        org.naswot.figures.model.Provenance own = model.provenance();
        return own != null ? own : shown;
    }

    @Override
    public CsvTable exportData() {
        List<String> header = new ArrayList<>(List.of("run", "index", "score"));
        header.addAll(SearchViewModel.DATASETS.keySet());
        header.add("arch");
        CsvTable t = new CsvTable(header);
        for (Row r : model.rows) {
            // runs numbered from 1, as the status line and the table say them
            List<String> cells = new ArrayList<>(List.of(Integer.toString(r.run() + 1), Integer.toString(r.index()),
                    Double.toString(r.score())));
            SearchViewModel.DATASETS.keySet().forEach(k -> cells.add(format(r.accuracies().getOrDefault(k, Double.NaN))));
            cells.add(r.arch());
            t.addRow(cells.toArray(String[]::new));
        }
        return t;
    }
}
