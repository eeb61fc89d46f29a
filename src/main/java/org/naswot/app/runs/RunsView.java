package org.naswot.app.runs;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.naswot.search.stats.ConfidenceInterval;
import org.naswot.service.RunComparison;
import org.naswot.service.RunComparison.Row;
import org.naswot.service.RunSetting;

/**
 * The Runs tab: one row per stored run (tau, rho and their 95 % bootstrap intervals against the space's default
 * accuracy column, n, settings, tags, duration), searchable by text and filtered by sweep; grouping by a setting gives
 * mean ± std of tau per group; the settings that differ between the selected runs below. "New sweep…" opens the sweep
 * form beside the table; a running sweep shows its progress and Cancel above it. A view over {@link RunsViewModel}.
 */
public final class RunsView extends BorderPane {
    private final RunsViewModel model;
    private final SweepForm form;
    private final TableView<Row> table = new TableView<>();

    public RunsView(RunsViewModel model, SweepForm.Defaults defaults) {
        this.model = model;
        getStyleClass().add("runs-view");
        this.form = new SweepForm(defaults, grid -> {
            model.startSweep(grid);
            showForm(false);
        }, () -> showForm(false));
        setTop(top());
        setCenter(center());
        model.reload();
    }

    public static SweepForm.Defaults defaults(List<String> spaces, java.util.function.Supplier<String> space,
                                              java.util.function.Supplier<String> dataset, List<String> devices) {
        return new SweepForm.Defaults(spaces, space, dataset, devices);
    }

    public RunsViewModel getModel() {
        return model;
    }

    /** The runs table as shown (searched, filtered, sorted): File ▸ Export writes it. */
    public TableView<Row> table() {
        return table;
    }

    /** Shows or hides the sweep form beside the table. */
    public void showForm(boolean shown) {
        if (shown) {
            form.reset();
        }
        setRight(shown ? form : null);
    }

    private VBox top() {
        Label title = new Label("Runs");
        title.getStyleClass().add("view-title");
        Label status = new Label();
        status.textProperty().bind(model.status);
        status.getStyleClass().add("view-subtitle");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        VBox top = new VBox(6, title, tools(), bannerRow(), sweepRunningRow(), status);
        top.setPadding(new Insets(8, 10, 6, 10));
        return top;
    }

    /** Search, the sweep filter, grouping, Refresh and New sweep…, wrapping at narrow widths instead of cutting. */
    private javafx.scene.layout.FlowPane tools() {
        TextField search = new TextField();
        search.setPromptText("Search label, tag, setting (e.g. seed=2, sweep 1)");
        search.setPrefColumnCount(18);
        model.search.bind(search.textProperty());
        ComboBox<RunsViewModel.SweepChoice> sweep = new ComboBox<>(model.sweepChoices);
        sweep.valueProperty().bindBidirectional(model.sweepFilter);
        ComboBox<RunSetting> groupBy = new ComboBox<>();
        groupBy.getItems().add(null);
        groupBy.getItems().addAll(RunSetting.values());
        groupBy.setConverter(new StringConverter<>() {
            @Override
            public String toString(RunSetting s) {
                return s == null ? "no grouping" : s.id();
            }

            @Override
            public RunSetting fromString(String text) {
                return null;
            }
        });
        groupBy.valueProperty().bindBidirectional(model.groupBy);
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> model.reload());
        Button newSweep = new Button("New sweep\u2026");
        newSweep.setOnAction(e -> showForm(getRight() == null));
        newSweep.disableProperty().bind(model.sweepRunning);
        javafx.scene.layout.FlowPane tools = new javafx.scene.layout.FlowPane(8, 6, search, labelled("Show", sweep),
                labelled("Group by", groupBy), refresh, newSweep);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("toolbar-strip");
        for (javafx.scene.control.Control c : List.of(refresh, newSweep, sweep, groupBy)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        return tools;
    }

    /** The notice of a finished or unfinished sweep, with Continue sweep for the latter. */
    private HBox bannerRow() {
        Label banner = new Label();
        banner.textProperty().bind(model.banner);
        banner.setWrapText(true);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.getStyleClass().add("note");
        Button resume = new Button("Continue sweep");
        resume.setOnAction(e -> model.continueSweep());
        resume.visibleProperty().bind(model.resumable.isNotNull().and(model.sweepRunning.not()));
        resume.managedProperty().bind(resume.visibleProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.setOnAction(e -> {
            model.banner.set("");
            model.resumable.set(null);
        });
        HBox bannerRow = new HBox(8, banner, resume, dismiss);
        bannerRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(banner, Priority.ALWAYS);
        bannerRow.visibleProperty().bind(model.banner.isNotEmpty());
        bannerRow.managedProperty().bind(bannerRow.visibleProperty());
        return bannerRow;
    }

    /** A running sweep's progress, message and Cancel sweep. */
    private HBox sweepRunningRow() {
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.sweepProgress);
        progress.setPrefWidth(220);
        Label message = new Label();
        message.textProperty().bind(model.sweepMessage);
        Button cancel = new Button("Cancel sweep");
        cancel.setOnAction(e -> model.cancelSweep());
        HBox running = new HBox(8, progress, message, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.sweepRunning);
        running.managedProperty().bind(running.visibleProperty());
        return running;
    }

    private static HBox labelled(String text, javafx.scene.Node control) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private SplitPane center() {
        runTable();
        VBox groupBox = groupBox();
        VBox diffBox = diffBox();
        table.setMinWidth(200);
        HBox bottom = new HBox(10, groupBox, diffBox);
        HBox.setHgrow(groupBox, Priority.ALWAYS);
        bottom.setPadding(new Insets(6, 10, 8, 10));
        SplitPane split = new SplitPane(table, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        return split;
    }

    /** One row per run: its statistics, settings, tags and duration; sortable, several selectable. */
    private void runTable() {
        SortedList<Row> sorted = new SortedList<>(model.shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Row>) c ->
                model.selected.setAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        table.getColumns().add(number("run", r -> (double) r.run().id(), 0, 55));
        table.getColumns().add(text("label", r -> r.run().displayName(), 260));
        table.getColumns().add(text("tags", r -> String.join(", ", r.tags()), 90));
        table.getColumns().add(number("n", r -> (double) r.n(), 0, 55));
        table.getColumns().add(number("\u03c4", Row::tau, 4, 70));
        table.getColumns().add(text("\u03c4 95% CI", r -> ci(r.tauInterval()), 120));
        table.getColumns().add(number("\u03c1", Row::rho, 4, 70));
        table.getColumns().add(text("\u03c1 95% CI", r -> ci(r.rhoInterval()), 120));
        table.getColumns().add(text("space", r -> r.setting(RunSetting.SPACE), 80));
        table.getColumns().add(text("dataset", r -> r.setting(RunSetting.DATASET), 80));
        table.getColumns().add(number("seed", r -> (double) r.run().settings().batchSeed(), 0, 55));
        table.getColumns().add(number("batch", r -> (double) r.run().settings().batchSize(), 0, 60));
        table.getColumns().add(text("counting", r -> r.setting(RunSetting.RELU_COUNT), 80));
        table.getColumns().add(text("input", r -> r.setting(RunSetting.INPUT), 70));
        table.getColumns().add(text("protocol", r -> r.setting(RunSetting.PROTOCOL), 70));
        table.getColumns().add(text("images", r -> r.run().images() == null ? "" : r.run().images(), 200));
        table.getColumns().add(text("device", r -> r.setting(RunSetting.DEVICE), 60));
        table.getColumns().add(number("duration s", r -> r.durationSeconds() == null ? Double.NaN
                : r.durationSeconds(), 1, 80));
        table.getColumns().add(text("status", r -> r.run().status().dbName(), 80));
        Label empty = wrapping("No runs match. Score a sample, or start a sweep with New sweep\u2026", null);
        empty.setMaxWidth(360);
        table.setPlaceholder(empty);
        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.itemProperty().addListener((o, a, r) -> row.setContextMenu(r == null ? null : menu(r)));
            return row;
        });
    }

    /** Mean ± std of tau per group of the runs shown (Group by). */
    private VBox groupBox() {
        TableView<RunComparison.Group> groups = new TableView<>(model.groups);
        groups.getColumns().add(groupText("group", RunComparison.Group::label, 200));
        groups.getColumns().add(groupText("runs", g -> Integer.toString(g.runIds().size()), 50));
        groups.getColumns().add(groupText("mean \u03c4 \u00b1 std", g -> Double.isNaN(g.meanTau()) ? "-"
                : String.format(Locale.ROOT, "%.4f \u00b1 %s", g.meanTau(), Double.isNaN(g.stdTau()) ? "- (one run)"
                : String.format(Locale.ROOT, "%.4f", g.stdTau())), 170));
        groups.getColumns().add(groupText("run ids", g -> String.join(", ", g.runIds().stream()
                .map(id -> "#" + id).toList()), 160));
        Label noGroups = new Label("Choose Group by to see mean \u00b1 std (sample, n\u22121) of \u03c4 per group of "
                + "the runs shown.");
        noGroups.setWrapText(true);
        groups.setPlaceholder(noGroups);
        Label groupsTitle = wrapping("Kendall \u03c4 by group (runs shown)", "section-title");
        VBox groupBox = new VBox(4, groupsTitle, groups);
        VBox.setVgrow(groups, Priority.ALWAYS);
        groupBox.setMinWidth(180);
        return groupBox;
    }

    /** The settings that differ between the selected runs, and what the statistics are. */
    private VBox diffBox() {
        Label diffTitle = wrapping("Settings diff (selected runs)", "section-title");
        Label diff = wrapping("", null);
        diff.textProperty().bind(javafx.beans.binding.Bindings.when(model.diff.isEmpty())
                .then("Select two or more runs (Ctrl+click) to see the settings that differ between them.")
                .otherwise(model.diff));
        diff.setAlignment(Pos.TOP_LEFT);
        Label about = wrapping("\u03c4, \u03c1 against the space's default accuracy column; 95 % bootstrap CI ("
                + RunComparison.RESAMPLES + " resamples, seed 1), as naswot runs compare.", "view-subtitle");
        VBox diffBox = new VBox(4, diffTitle, diff, about);
        diffBox.setPrefWidth(300);
        diffBox.setMinWidth(170);
        return diffBox;
    }

    /** A label that wraps and keeps the height its lines need (never cut to "..."). */
    private static Label wrapping(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        return l;
    }

    private ContextMenu menu(Row r) {
        MenuItem add = new MenuItem("Add tag\u2026");
        add.setOnAction(e -> {
            TextInputDialog d = new TextInputDialog();
            d.setTitle("Tag run " + r.run().id());
            d.setHeaderText("A tag for run " + r.run().id() + " (" + r.run().displayName() + ")");
            d.showAndWait().filter(t -> !t.isBlank()).ifPresent(t -> model.tag(r, t.strip()));
        });
        ContextMenu menu = new ContextMenu(add);
        for (String tag : r.tags()) {
            MenuItem remove = new MenuItem("Remove tag '" + tag + "'");
            remove.setOnAction(e -> model.untag(r, tag));
            menu.getItems().add(remove);
        }
        return menu;
    }

    private static String ci(ConfidenceInterval ci) {
        return ci == null ? "-" : ci.format(3);
    }

    /** A column whose header wraps and is never cut (Large fonts included). */
    private static <S, T> TableColumn<S, T> headed(String title) {
        TableColumn<S, T> c = new TableColumn<>();
        org.naswot.app.theme.WrappingHeader.install(c, title, null);
        return c;
    }

    private static TableColumn<Row, String> text(String title, Function<Row, String> value, double width) {
        TableColumn<Row, String> c = headed(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<RunComparison.Group, String> groupText(String title,
            Function<RunComparison.Group, String> value, double width) {
        TableColumn<RunComparison.Group, String> c = headed(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** A numeric column that sorts by value (NaN last) and shows {@code decimals} decimals ("-" for NaN). */
    private static TableColumn<Row, Double> number(String title, Function<Row, Double> value, int decimals,
                                                   double width) {
        TableColumn<Row, Double> c = headed(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setComparator(Comparator.nullsLast(Comparator.comparingDouble((Double v) -> v.isNaN()
                ? Double.NEGATIVE_INFINITY : v)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.isNaN() ? "-" : String.format(Locale.ROOT, "%." + decimals
                        + "f", v));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        c.setPrefWidth(width);
        return c;
    }
}
