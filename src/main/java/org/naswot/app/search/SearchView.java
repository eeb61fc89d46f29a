package org.naswot.app.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.naswot.app.main.ExplorerSettings;
import org.naswot.data.DataDirectory;
import org.naswot.run.BackgroundPriority;
import org.naswot.run.EngineSetup;
import org.naswot.run.SearchExperiment;
import org.naswot.run.SpaceContext;
import org.naswot.store.ResultStore;
import org.naswot.store.SearchAlgorithm;

/**
 * NASWOT search (the paper's Algorithm 1) from the window: R runs of N sampled cells each, the chosen cells
 * in a table, and a histogram of their CIFAR-10 test accuracy against one random cell per run, with the
 * benchmark's best cell marked.
 */
public final class SearchView extends BorderPane {

    /** One row of the table. */
    public static final class Row {
        private final int run;
        private final int index;
        private final String score;
        private final String accuracy;
        private final String arch;

        Row(SearchExperiment.RunResult r) {
            run = r.run();
            index = r.chosen().index();
            score = String.format("%.2f", r.chosenScore());
            accuracy = String.format("%.2f", r.accuracies().getOrDefault("cifar10_test", Double.NaN));
            arch = r.chosen().encoding();
        }

        public int getRun() {
            return run;
        }

        public int getIndex() {
            return index;
        }

        public String getScore() {
            return score;
        }

        public String getAccuracy() {
            return accuracy;
        }

        public String getArch() {
            return arch;
        }
    }

    private final Supplier<ExplorerSettings> settings;
    private final DataDirectory data;
    private final java.nio.file.Path db;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final List<Double> chosen = new ArrayList<>();
    private final List<Double> random = new ArrayList<>();
    private final HistogramDataset histogram = new HistogramDataset();
    private final JFreeChart chart;
    private final Label status = new Label("NASWOT search: sample N cells, score them on one mini-batch, keep the best.");
    private Task<?> task;

    public SearchView(Supplier<ExplorerSettings> settings, DataDirectory data, java.nio.file.Path db) {
        this.settings = settings;
        this.data = data;
        this.db = db;
        Spinner<Integer> n = new Spinner<>(1, 10_000, 10, 10);
        n.setEditable(true);
        Spinner<Integer> runs = new Spinner<>(1, 1_000, 10);
        runs.setEditable(true);
        Button start = new Button("Search");
        Button cancel = new Button("Cancel");
        cancel.setDisable(true);
        start.setOnAction(e -> {
            start.setDisable(true);
            cancel.setDisable(false);
            run(n.getValue(), runs.getValue(), () -> {
                start.setDisable(false);
                cancel.setDisable(true);
            });
        });
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel(false);
            }
        });
        HBox controls = new HBox(8, new Label("N"), n, new Label("runs"), runs, start, cancel, status);
        controls.setPadding(new Insets(8));
        setTop(controls);

        TableView<Row> table = new TableView<>(rows);
        table.getColumns().add(column("run", "run"));
        table.getColumns().add(column("index", "chosen #"));
        table.getColumns().add(column("score", "score"));
        table.getColumns().add(column("accuracy", "CIFAR-10 test %"));
        TableColumn<Row, String> arch = column("arch", "cell");
        arch.setPrefWidth(420);
        table.getColumns().add(arch);

        chart = ChartFactory.createHistogram("Chosen cells vs random cells", "CIFAR-10 test accuracy (%)", "runs",
                histogram, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setForegroundAlpha(0.7f);
        ((XYBarRenderer) plot.getRenderer()).setShadowVisible(false);
        ((XYBarRenderer) plot.getRenderer()).setDrawBarOutline(false);
        SplitPane split = new SplitPane(table, new ChartViewer(chart));
        split.setDividerPositions(0.45);
        setCenter(split);
    }

    private void run(int n, int runs, Runnable done) {
        ExplorerSettings s = settings.get();
        rows.clear();
        chosen.clear();
        random.clear();
        task = new Task<Void>() {
            @Override
            protected Void call() {
                BackgroundPriority.lowerCurrentThread();
                EngineSetup.threads(null);
                SpaceContext ctx = SpaceContext.open(s.space(), data);
                try (ResultStore store = ResultStore.open(db)) {
                    SearchExperiment e = new SearchExperiment(new SearchExperiment.Settings(SearchAlgorithm.NASWOT, n,
                            null, runs, s.seed(), s.scoringConfig(), ctx.defaultAccuracyColumn()), ctx, store);
                    double best = ctx.table() == null ? Double.NaN : max(ctx.table().column(
                            e.reportedColumns().getOrDefault("cifar10_test", ctx.defaultAccuracyColumn())));
                    e.execute(r -> Platform.runLater(() -> {
                        rows.add(new Row(r));
                        chosen.add(r.accuracies().getOrDefault("cifar10_test", Double.NaN));
                        random.add(e.accuracies(r.sampled().get(0)).getOrDefault("cifar10_test", Double.NaN));
                        redraw(best);
                        status.setText(String.format("run %d of %d: chose #%d", r.run() + 1, runs, r.chosen().index()));
                    }), this::isCancelled, note -> { });
                }
                return null;
            }
        };
        task.setOnSucceeded(e -> done.run());
        task.setOnCancelled(e -> done.run());
        task.setOnFailed(e -> {
            status.setText("Search failed: " + task.getException().getMessage());
            done.run();
        });
        Thread t = new Thread(task, "naswot-search");
        t.setDaemon(true);
        t.start();
    }

    private void redraw(double best) {
        HistogramDataset fresh = new HistogramDataset();
        double[] c = finite(chosen);
        double[] r = finite(random);
        if (c.length > 0) {
            fresh.addSeries("NASWOT choice (N per run)", c, 20, 50, 95);
        }
        if (r.length > 0) {
            fresh.addSeries("one random cell per run", r, 20, 50, 95);
        }
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(fresh);
        plot.clearDomainMarkers();
        if (!Double.isNaN(best)) {
            ValueMarker m = new ValueMarker(best);
            m.setLabel("benchmark best " + String.format("%.2f", best));
            plot.addDomainMarker(m);
        }
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

    private static TableColumn<Row, String> column(String property, String title) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(new PropertyValueFactory<>(property));
        return c;
    }
}
