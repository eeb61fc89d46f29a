package org.naswot.app.search;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
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
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.naswot.app.search.SearchViewModel.Row;
import org.naswot.data.DataDirectory;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.service.ExplorerSettings;

/**
 * Searches from the window: any algorithm the command line has (NASWOT, REA, AREA, random) with its own parameters
 * (R runs with progress and cancel, then random sampling with the same budget); the latest search's chosen cells in a
 * table with every dataset's accuracy (a row opens the cell in the other tabs); the best accuracy so far against
 * queries or seconds and the final accuracies beside random sampling, themed and exportable. Past searches of the
 * same space and dataset reload. A view over {@link SearchViewModel}, which does the work.
 */
public final class SearchView extends BorderPane implements Exportable {
    private static final javafx.css.PseudoClass LINKED = javafx.css.PseudoClass.getPseudoClass("linked");
    private java.util.Set<Integer> marked = java.util.Set.of();
    private final TableView<Row> table;

    private final SearchViewModel model;
    private final SearchForm form = new SearchForm();
    private final SearchCharts charts = new SearchCharts();
    private final SearchFinalsTable summary = new SearchFinalsTable();
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
        table.getColumns().add(column("score", r -> format(r.score())));
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
        Label empty = new Label("Press Search, or load past searches.");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        model.revision.addListener((o, a, b) -> redraw());
        charts.setOnRedraw(this::redraw);
        SplitPane split = new SplitPane(table, charts);
        split.setDividerPositions(0.42);
        setCenter(split);
    }

    /** The picker, Search, Cancel, Past searches and the progress; the note, status line and summary table under them. */
    private VBox controls() {
        Button start = new Button("Search");
        Button cancel = new Button("Cancel");
        Button past = new Button("Past searches");
        start.setId("search-start");
        start.disableProperty().bind(model.running);
        past.disableProperty().bind(model.running);
        form.disableProperty().bind(model.running);
        cancel.disableProperty().bind(model.running.not());
        start.setOnAction(e -> model.search(form.request()));
        cancel.setOnAction(e -> model.cancel());
        past.setOnAction(e -> model.loadPast(form.request()));
        ProgressBar progress = new ProgressBar(0);
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.progress);
        progress.visibleProperty().bind(model.running);
        FlowPane buttons = new FlowPane(8, 6, start, cancel, past, progress);
        Label note = new Label("REA, AREA and random query the benchmark's accuracies (a lookup stands in for "
                + "training); NASWOT queries none: it scores untrained networks. Curves plot the accuracy the searches "
                + "see (the space's validation column).");
        note.setWrapText(true);
        note.getStyleClass().add("view-subtitle");
        Label status = new Label();
        status.textProperty().bind(model.status);
        status.setWrapText(true);
        VBox top = new VBox(6, form, buttons, note, status, summary);
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

    private void redraw() {
        charts.draw(model.series(), model.accuracyLabel(), model.provenance(), style);
        summary.show(model.finals(), model.accuracyLabel());
    }

    /** The summary table's cells, row by row (tests read it). */
    List<List<String>> summaryCells() {
        return summary.cells();
    }

    /** The picker (tests and screenshots set it). */
    SearchForm form() {
        return form;
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

    // ---- export: the selected figure ------------------------------------------------------------------------

    @Override
    public String exportName() {
        return charts.shown().exportName();
    }

    @Override
    public String exportTitle() {
        return charts.shown().exportTitle();
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle s) {
        charts.shown().paintFigure(g, area, s);
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle s, org.naswot.figures.export.FigureLayout layout) {
        charts.shown().paintFigure(g, area, s, layout);
    }

    @Override
    public org.naswot.figures.model.Provenance provenance(org.naswot.figures.model.Provenance shown) {
        org.naswot.figures.model.Provenance own = model.provenance();
        return own != null ? own : shown;
    }

    @Override
    public CsvTable exportData() {
        return charts.shown().exportData();
    }
}
