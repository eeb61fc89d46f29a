package org.naswot.app.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
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
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.Exportable;
import org.naswot.service.ExplorerSettings;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.figures.theme.ChartThemer;
import org.naswot.data.DataDirectory;
import org.naswot.run.BackgroundPriority;
import org.naswot.run.EngineSetup;
import org.naswot.run.SearchExperiment;
import org.naswot.run.SpaceContext;
import org.naswot.search.stats.Summary;
import org.naswot.service.SearchService;
import org.naswot.store.SearchAlgorithm;
import org.naswot.store.SearchRunInfo;

/**
 * NASWOT search (the paper's Algorithm 1) from the window: R runs of N sampled cells each, with progress; the chosen
 * cells in a table with every dataset's accuracy (a row opens the cell in the other tabs); a mean +- std summary per
 * dataset as the paper's Table 2, beside one random cell per run; a histogram of the choices' CIFAR-10 test accuracy
 * against the random cells, themed and exportable. Past searches of the same space, dataset and N reload.
 */
public final class SearchView extends BorderPane implements Exportable {

    /** The datasets of the paper's Table 2, as the search reports them, with their column titles. */
    static final Map<String, String> DATASETS = new LinkedHashMap<>();

    static {
        DATASETS.put("cifar10_valid", "CIFAR-10 valid");
        DATASETS.put("cifar10_test", "CIFAR-10 test");
        DATASETS.put("cifar100_test", "CIFAR-100 test");
        DATASETS.put("imagenet16_test", "ImageNet16-120 test");
    }

    /** One row of the table: a run's chosen cell. */
    public record Row(int run, int index, double score, Map<String, Double> accuracies, String arch) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Supplier<ExplorerSettings> settings;
    private final DataDirectory data;
    private final java.nio.file.Path db;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final List<Double> random = new ArrayList<>();
    private final Label status = new Label("NASWOT search: sample N cells, score them on one mini-batch, keep the best.");
    private final Label summary = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final ChartViewer viewer;
    private ChartStyle style = ChartStyle.LIGHT;
    private double best = Double.NaN;
    private int lastN = 10;
    private Consumer<Row> onOpen = r -> { };
    private Task<?> task;

    public SearchView(Supplier<ExplorerSettings> settings, DataDirectory data, java.nio.file.Path db) {
        this.settings = settings;
        this.data = data;
        this.db = db;
        Spinner<Integer> n = new Spinner<>(1, 10_000, 10, 10);
        n.setEditable(true);
        n.setPrefWidth(90);
        Spinner<Integer> runs = new Spinner<>(1, 1_000, 10);
        runs.setEditable(true);
        runs.setPrefWidth(90);
        Button start = new Button("Search");
        Button cancel = new Button("Cancel");
        Button past = new Button("Past searches");
        cancel.setDisable(true);
        start.setOnAction(e -> {
            start.setDisable(true);
            past.setDisable(true);
            cancel.setDisable(false);
            run(n.getValue(), runs.getValue(), () -> {
                start.setDisable(false);
                past.setDisable(false);
                cancel.setDisable(true);
            });
        });
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel(false);
            }
        });
        past.setOnAction(e -> loadPast(n.getValue()));
        progress.setPrefWidth(160);
        progress.setVisible(false);
        FlowPane controls = new FlowPane(8, 6, new Label("N"), n, new Label("runs"), runs, start, cancel, past, progress);
        status.setWrapText(true);
        summary.setWrapText(true);
        summary.getStyleClass().add("view-subtitle");
        VBox top = new VBox(6, controls, status, summary);
        top.setPadding(new Insets(8));
        setTop(top);

        TableView<Row> table = new TableView<>(rows);
        table.getColumns().add(column("run", r -> Integer.toString(r.run() + 1)));
        table.getColumns().add(column("chosen #", r -> Integer.toString(r.index())));
        table.getColumns().add(column("score", r -> String.format(Locale.ROOT, "%.2f", r.score())));
        DATASETS.forEach((key, title) -> table.getColumns().add(column(title + " %", r -> format(r.accuracies()
                .getOrDefault(key, Double.NaN)))));
        TableColumn<Row, String> arch = column("cell", Row::arch);
        arch.setPrefWidth(420);
        table.getColumns().add(arch);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                onOpen.accept(r);
            }
        });
        table.setPlaceholder(new Label("Press Search, or load past searches of this space, dataset and N."));
        viewer = new ChartViewer(createChart(new HistogramDataset(), style));
        SplitPane split = new SplitPane(table, viewer);
        split.setDividerPositions(0.5);
        setCenter(split);
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

    private void run(int n, int runs, Runnable done) {
        ExplorerSettings s = settings.get();
        rows.clear();
        random.clear();
        lastN = n;
        progress.setVisible(true);
        task = new Task<Void>() {
            @Override
            protected Void call() {
                BackgroundPriority.lowerCurrentThread();
                EngineSetup.threads(null);
                SpaceContext ctx = SpaceContext.open(s.space(), data);
                double top = bestInSpace(ctx);
                int[] done = {0};
                new SearchService(db).run(new SearchExperiment.Settings(SearchAlgorithm.NASWOT, n, null, runs,
                        s.seed(), s.scoringConfig(), ctx.defaultAccuracyColumn()), ctx, (e, r) -> {
                        updateProgress(++done[0], runs);
                        Row row = new Row(r.run(), r.chosen().index(), r.chosenScore(), r.accuracies(),
                                r.chosen().encoding());
                        double rnd = e.accuracies(r.sampled().get(0)).getOrDefault("cifar10_test", Double.NaN);
                        Platform.runLater(() -> {
                            best = top;
                            rows.add(row);
                            random.add(rnd);
                            redraw();
                            status.setText(String.format(Locale.ROOT, "run %d of %d: chose #%d", r.run() + 1, runs,
                                    r.chosen().index()));
                        });
                    }, this::isCancelled, note -> { });
                return null;
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        Runnable finish = () -> {
            progress.progressProperty().unbind();
            progress.setVisible(false);
            done.run();
        };
        task.setOnSucceeded(e -> {
            status.setText(String.format(Locale.ROOT, "%d runs of NASWOT with N = %d (stored; \"Past searches\" "
                    + "reloads them).", rows.size(), n));
            finish.run();
        });
        task.setOnCancelled(e -> {
            status.setText("Cancelled after " + rows.size() + " runs.");
            finish.run();
        });
        task.setOnFailed(e -> {
            status.setText("Search failed: " + task.getException().getMessage());
            finish.run();
        });
        Thread t = new Thread(task, "naswot-search");
        t.setDaemon(true);
        t.start();
    }

    /** Reloads the stored NASWOT searches of the current space and dataset with this N. */
    /**
     * Reloads the stored NASWOT searches of the current space and dataset with this N. The database and the space's
     * table (for the benchmark's best cell) are read off the FX thread.
     */
    private void loadPast(int n) {
        ExplorerSettings s = settings.get();
        if (!java.nio.file.Files.isRegularFile(db)) {
            status.setText("No searches stored yet in " + db + ".");
            return;
        }
        status.setText("Reading past searches...");
        Task<List<Row>> load = new Task<>() {
            @Override
            protected List<Row> call() {
                List<Row> found = new ArrayList<>();
                for (SearchRunInfo info : new SearchService(db).past(SearchAlgorithm.NASWOT, s.space(), s.dataset())) {
                    if (info.outcome() != null && info.spec().n() != null && info.spec().n() == n) {
                        found.add(new Row(info.spec().runNumber(), info.outcome().chosenIndex(),
                                info.outcome().chosenScore() == null ? Double.NaN : info.outcome().chosenScore(),
                                accuracies(info.outcome().accuraciesJson()), info.outcome().chosenArch()));
                    }
                }
                double top = bestInSpace(SpaceContext.open(s.space(), data));
                Platform.runLater(() -> best = top);
                return found;
            }
        };
        load.setOnSucceeded(e -> {
            rows.setAll(load.getValue());
            random.clear();
            lastN = n;
            redraw();
            status.setText(rows.isEmpty() ? "No stored NASWOT searches with N = " + n + " of " + s.space() + " on "
                    + s.dataset() + "." : "Reloaded " + rows.size() + " stored runs with N = " + n
                    + " (random cells are not stored, so only the choices are drawn).");
        });
        load.setOnFailed(e -> status.setText("Cannot read past searches: " + load.getException().getMessage()));
        Thread t = new Thread(load, "naswot-past-searches");
        t.setDaemon(true);
        t.start();
    }

    private static Map<String, Double> accuracies(String json) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (json == null) {
            return out;
        }
        try {
            JsonNode node = JSON.readTree(json);
            node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isNumber() ? e.getValue().asDouble()
                    : Double.NaN));
        } catch (java.io.IOException e) {
            // an unreadable record shows without accuracies
        }
        return out;
    }

    /** The best CIFAR-10 test accuracy of the space's table (the histogram's marker), NaN without a table. */
    private static double bestInSpace(SpaceContext ctx) {
        return ctx.table() == null ? Double.NaN : max(ctx.table().column(org.naswot.run.ReportedAccuracies
                .columns(ctx.descriptor()).getOrDefault("cifar10_test", ctx.defaultAccuracyColumn())));
    }

    /** Mean +- std (n - 1, as the authors' process_results.py) per dataset, as the paper's Table 2. */
    String summaryText() {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "NASWOT (N = %d), %d runs:", lastN,
                rows.size()));
        DATASETS.forEach((key, title) -> {
            double[] v = rows.stream().mapToDouble(r -> r.accuracies().getOrDefault(key, Double.NaN))
                    .filter(Double::isFinite).toArray();
            if (v.length > 0) {
                Summary s = Summary.of(v);
                sb.append(String.format(Locale.ROOT, "   %s %.2f \u00b1 %.2f", title, s.mean(),
                        v.length > 1 ? s.std() : 0.0));
            }
        });
        double[] r = finite(random);
        if (r.length > 0) {
            Summary s = Summary.of(r);
            sb.append(String.format(Locale.ROOT, "   \u00b7   random cell, CIFAR-10 test %.2f \u00b1 %.2f", s.mean(),
                    r.length > 1 ? s.std() : 0.0));
        }
        return sb.toString();
    }

    private HistogramDataset dataset() {
        HistogramDataset fresh = new HistogramDataset();
        double[] c = rows.stream().mapToDouble(r -> r.accuracies().getOrDefault("cifar10_test", Double.NaN))
                .filter(Double::isFinite).toArray();
        double[] r = finite(random);
        if (c.length > 0) {
            fresh.addSeries("NASWOT choice (N = " + lastN + ")", c, 20, 50, 95);
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
        bars.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        bars.setSeriesPaint(0, s.accent());
        bars.setSeriesPaint(1, s.muted());
        if (!Double.isNaN(best)) {
            ValueMarker m = new ValueMarker(best);
            m.setLabel("benchmark best " + String.format(Locale.ROOT, "%.2f", best));
            m.setPaint(s.foreground());
            m.setLabelPaint(s.foreground());
            m.setLabelFont(s.tick());
            plot.addDomainMarker(m);
        }
        ChartThemer.apply(chart, s);
        return chart;
    }

    private void redraw() {
        viewer.setChart(createChart(dataset(), style));
        summary.setText(summaryText());
    }

    private static double[] finite(List<Double> values) {
        return values.stream().filter(v -> v != null && Double.isFinite(v)).mapToDouble(Double::doubleValue).toArray();
    }

    private static double max(double[] values) {
        double m = Double.NaN;
        for (double v : values) {
            if (!Double.isNaN(v) && (Double.isNaN(m) || v > m)) {
                m = v;
            }
        }
        return m;
    }

    private static String format(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
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
        return "NASWOT search: chosen cells vs random cells" + (rows.isEmpty() ? "" : " (" + summaryText() + ")");
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle s) {
        createChart(dataset(), s).draw(g, area);
    }

    @Override
    public CsvTable exportData() {
        List<String> header = new ArrayList<>(List.of("run", "index", "score"));
        header.addAll(DATASETS.keySet());
        header.add("arch");
        CsvTable t = new CsvTable(header);
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(r.run()), Integer.toString(r.index()),
                    Double.toString(r.score())));
            DATASETS.keySet().forEach(k -> cells.add(format(r.accuracies().getOrDefault(k, Double.NaN))));
            cells.add(r.arch());
            t.addRow(cells.toArray(String[]::new));
        }
        return t;
    }
}
