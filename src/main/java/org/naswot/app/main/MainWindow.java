package org.naswot.app.main;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.naswot.app.theme.NamedConverter;
import org.naswot.figures.cell.ArchitectureFigures;
import org.naswot.app.cell.CellDiagram;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.figures.model.ArchitectureFigure;
import org.naswot.figures.model.ScorePoint;
import org.naswot.app.proxies.ProxiesView;
import org.naswot.app.proxies.ProxiesViewModel;
import org.naswot.app.proxies.ProxyComputeBar;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.naswot.space.SpaceDescriptor;
import org.naswot.store.RunInfo;

/**
 * The main window: settings on the left (space, dataset, accuracy column, input, batch, seed, counting,
 * device, sample size), the views in tabs, progress and status at the bottom. A thin view over
 * {@link ExplorerViewModel}.
 */
public final class MainWindow extends BorderPane {
    private final ExplorerViewModel vm;
    private final ScoreScatter scatter;
    private static final String CELL_HINT = "Click a point in Score vs accuracy to see its cell here.";
    private final CellDiagram cell = new CellDiagram();
    /** The Cell tab's hint while it is empty: what to do, or why the selected architecture has no diagram yet. */
    private final Label cellHint = new Label(CELL_HINT);
    private final org.naswot.app.kernel.KernelHeatmap heatmap = new org.naswot.app.kernel.KernelHeatmap();
    private final BorderPane lecturePane = new BorderPane(new Label("Select an architecture in the scatter plot to step "
            + "through its score: the batch, each ReLU's binary codes, the kernel building up, the log-determinant."));
    private final java.util.concurrent.ExecutorService detailWorker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "naswot-detail");
        t.setDaemon(true);
        return t;
    });
    private ArchitectureDetailTask detailTask;
    private final TabPane tabs = new TabPane();
    private final org.naswot.app.search.SearchView searchView;
    private final ProxiesView proxiesView;
    /** Offers to compute the values the scatter's proxy lacks for the shown run. */
    private final ProxyComputeBar scatterProxies;
    private Spinner<Integer> batchSpinner;
    private Spinner<Integer> seedSpinner;
    private final Label pulseLabel = new Label();
    private final PulseMonitor pulses = new PulseMonitor();
    private final StallSampler stalls = StallSampler.startIfEnabled(pulses);

    public MainWindow(ExplorerViewModel vm, ScoreScatter scatter) {
        this.vm = vm;
        this.scatter = scatter;
        this.searchView = new org.naswot.app.search.SearchView(vm::settings, vm.data(), vm.db());
        this.proxiesView = new ProxiesView(new ProxiesViewModel(vm.db(), vm.data()),
                new ProxyComputeBar(vm.db(), vm.data(), vm.notes::add));
        this.scatterProxies = new ProxyComputeBar(vm.db(), vm.data(), vm.notes::add);
        getStyleClass().add("main-window");
        setLeft(new ScrollPane(settingsPane()));
        Tab explore = new Tab("Score vs accuracy", scatter);
        Tab cellTab = new Tab("Cell", withPlaceholder(cell, cell.figureProperty().isNull(), cellHint));
        Tab kernelTab = new Tab("Kernel", withPlaceholder(heatmap, heatmap.kernelProperty().isNull(),
                "Click a point in Score vs accuracy to see its kernel K beside the lowest-scoring cell's."));
        // views follow the data shown: a new run, a re-opened run or another space empties them
        vm.shownRun.addListener((o, a, b) -> clearDetail());
        vm.space.addListener((o, a, b) -> clearDetail());
        vm.running.addListener((o, a, now) -> {
            if (now) {
                clearDetail();
            }
        });
        Tab lectureTab = new Tab("Lecture", lecturePane);
        Tab searchTab = new Tab("Search", searchView);
        Tab proxiesTab = new Tab("Proxies", proxiesView);
        wireProxies();
        // a search's chosen cell opens in the cell, kernel and lecture tabs
        searchView.setOnOpen(r -> {
            ScorePoint p = new ScorePoint(r.index(), r.arch(), r.score(),
                    r.accuracies().getOrDefault("cifar10_valid", Double.NaN), 0, "search");
            showCell(p);
            showDetail(p);
        });
        for (Tab t : new Tab[] {explore, cellTab, kernelTab, lectureTab, searchTab, proxiesTab}) {
            t.setClosable(false);
        }
        tabs.getTabs().addAll(explore, cellTab, kernelTab, lectureTab, searchTab, proxiesTab);
        setCenter(tabs);
        setBottom(statusBar());
        scatter.selectedProperty().addListener((o, a, p) -> {
            showCell(p);
            showDetail(p);
        });
        pulses.start();
        // measured from the first result on: start-up work (window layout, libtorch loading) is not "scoring"
        vm.progress.addListener((o, was, now) -> {
            if (was.doubleValue() <= 0 && now.doubleValue() > 0) {
                pulses.reset();
                pulses.start();
            }
        });
        // ...to the end of the run: what comes after (tab switches, kernels) is not scoring either
        vm.running.addListener((o, was, now) -> {
            if (!now) {
                pulses.stop();
                pulseLabel.setText(pulses.summary());
            }
        });
    }

    /**
     * The Proxies view follows the shown run and the accuracy picker; the scatter's proxy picker is off while a run
     * streams scores, and its compute strip offers the values the shown run lacks.
     */
    private void wireProxies() {
        Runnable loadProxies = () -> proxiesView.getModel().load(vm.shownRun.get(), vm.accuracyColumn.get());
        vm.shownRun.addListener((o, a, b) -> loadProxies.run());
        vm.accuracyColumn.addListener((o, a, b) -> loadProxies.run());
        scatter.measurePicker().disableProperty().bind(vm.running);
        scatter.addToolbarRow(scatterProxies);
        // values computed from either view show in both
        Runnable computed = () -> {
            vm.reshow();
            proxiesView.getModel().reload();
        };
        scatterProxies.setOnComputed(computed);
        proxiesView.computeBar().setOnComputed(computed);
        Runnable offer = () -> {
            String measure = scatter.getModel().measureProperty().get();
            RunInfo run = vm.shownRun.get();
            int missing = vm.missingValues.get();
            scatterProxies.offer(run, missing > 0 ? java.util.List.of(measure) : java.util.List.of(),
                    run == null ? "" : String.format(java.util.Locale.ROOT, "%,d of run %d's %,d architectures have "
                            + "no stored %s value; the plot leaves them out.", missing, run.id(), run.scored(),
                            measure));
        };
        vm.missingValues.addListener((o, a, b) -> offer.run());
        vm.shownRun.addListener((o, a, b) -> offer.run());
    }

    public ProxiesView proxiesView() {
        return proxiesView;
    }

    public ProxyComputeBar scatterProxies() {
        return scatterProxies;
    }

    private VBox settingsPane() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        // labels keep their full text; the pickers give up width instead (long column names get an ellipsis)
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints pickers = new javafx.scene.layout.ColumnConstraints();
        pickers.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, pickers);
        int row = 0;

        ComboBox<String> space = new ComboBox<>();
        space.getItems().setAll(vm.spaces());
        space.setConverter(converterOf(ExplorerViewModel::spaceLabel));
        space.valueProperty().bindBidirectional(vm.space);
        form.addRow(row++, new Label("Search space"), space);

        ComboBox<String> dataset = new ComboBox<>();
        ComboBox<String> accuracy = new ComboBox<>();
        Runnable fillSpaceChoices = () -> {
            SpaceDescriptor d = vm.descriptor();
            dataset.getItems().setAll(d.datasets().stream().map(SpaceDescriptor.Dataset::id).toList());
            if (!dataset.getItems().contains(vm.dataset.get())) {
                vm.dataset.set(dataset.getItems().get(0));
            }
            accuracy.getItems().setAll(d.findBenchmark().map(SpaceDescriptor.Benchmark::accuracyColumns)
                    .orElse(java.util.List.of()));
            d.findBenchmark().ifPresent(b -> vm.accuracyColumn.set(b.defaultAccuracyColumn().column()));
        };
        fillSpaceChoices.run();
        vm.space.addListener((o, a, b) -> fillSpaceChoices.run());
        dataset.valueProperty().bindBidirectional(vm.dataset);
        accuracy.valueProperty().bindBidirectional(vm.accuracyColumn);
        // readable names: the descriptor's label of each column (the column's own name in the tooltip)
        accuracy.setConverter(converterOf(c -> vm.descriptor().findBenchmark().flatMap(b -> b.findAccuracy(c))
                .map(a -> a.label()).orElse(c)));
        accuracy.setTooltip(new javafx.scene.control.Tooltip());
        accuracy.getTooltip().textProperty().bind(vm.accuracyColumn);
        accuracy.setMaxWidth(230);
        form.addRow(row++, new Label("Images"), dataset);
        form.addRow(row++, new Label("Accuracy"), accuracy);

        ChoiceBox<InputKind> input = new ChoiceBox<>();
        input.getItems().setAll(InputKind.values());
        input.setConverter(NamedConverter.of(InputKind::cliName));
        input.valueProperty().bindBidirectional(vm.input);
        form.addRow(row++, new Label("Input"), input);

        Spinner<Integer> batch = new Spinner<>(2, 1024, vm.batchSize.get(), 16);
        batchSpinner = batch;
        batch.setEditable(true);
        vm.batchSize.bind(batch.valueProperty());
        form.addRow(row++, new Label("Batch size"), batch);

        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, vm.seed.get());
        seedSpinner = seed;
        seed.setEditable(true);
        vm.seed.bind(seed.valueProperty());
        form.addRow(row++, new Label("Seed"), seed);

        ChoiceBox<ReluCounting> counting = new ChoiceBox<>();
        counting.getItems().setAll(ReluCounting.values());
        counting.setConverter(NamedConverter.of(ReluCounting::cliName));
        counting.valueProperty().bindBidirectional(vm.counting);
        form.addRow(row++, new Label("ReLU counting"), counting);

        ChoiceBox<String> device = new ChoiceBox<>();
        device.getItems().setAll(vm.devices());
        device.valueProperty().bindBidirectional(vm.device);
        form.addRow(row++, new Label("Device"), device);

        Spinner<Integer> sample = new Spinner<>(1, 1_000_000, Math.max(1, vm.sample.get()), 100);
        sample.setEditable(true);
        CheckBox whole = new CheckBox("whole space");
        sample.disableProperty().bind(whole.selectedProperty());
        vm.sample.bind(Bindings.createIntegerBinding(() -> whole.isSelected() ? 0 : sample.getValue(),
                whole.selectedProperty(), sample.valueProperty()));
        form.addRow(row++, new Label("Sample"), new VBox(4, sample, whole));
        form.disableProperty().bind(vm.running);

        // not the default button: Enter in a field commits the field, it does not start a run
        Button start = new Button("Score");
        start.setOnAction(e -> {
            if (vm.sample.get() == 0 && !confirmWholeSpace()) {
                return;
            }
            vm.start();
        });
        start.disableProperty().bind(vm.running);
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.running.not());
        HBox buttons = new HBox(8, start, cancel);

        Label problem = new Label();
        problem.textProperty().bind(vm.dataProblem);
        problem.setWrapText(true);
        problem.getStyleClass().add("data-problem");
        problem.visibleProperty().bind(vm.dataProblem.isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setMaxWidth(300);

        Label notice = new Label();
        notice.textProperty().bind(vm.dataNotice);
        notice.setWrapText(true);
        notice.setMaxWidth(300);
        notice.getStyleClass().add("data-notice");
        Button download = new Button();
        download.textProperty().bind(Bindings.createStringBinding(() -> vm.downloadable.get().isEmpty() ? ""
                : "Download " + (vm.downloadable.get().equals("cifar100") ? "CIFAR-100" : "CIFAR-10") + " (170 MB)",
                vm.downloadable));
        download.setOnAction(e -> vm.download());
        download.disableProperty().bind(vm.downloading.or(vm.running));
        download.visibleProperty().bind(vm.downloadable.isNotEmpty());
        download.managedProperty().bind(download.visibleProperty());
        Button importFile = new Button();
        importFile.textProperty().bind(Bindings.concat("Import ", vm.importable, "\u2026"));
        importFile.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Import " + vm.importable.get());
            java.io.File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.importBenchmark(f.toPath());
            }
        });
        importFile.disableProperty().bind(vm.downloading.or(vm.running));
        importFile.visibleProperty().bind(vm.importable.isNotEmpty());
        importFile.managedProperty().bind(importFile.visibleProperty());
        VBox dataBox = new VBox(6, notice, download, importFile);
        dataBox.visibleProperty().bind(vm.dataNotice.isNotEmpty().or(vm.downloadable.isNotEmpty())
                .or(vm.importable.isNotEmpty()));
        dataBox.managedProperty().bind(dataBox.visibleProperty());

        // a search's sub-runs (one per repetition) are listed only on request, apart from scoring runs
        CheckBox searchRuns = new CheckBox("also search sub-runs");
        javafx.collections.transformation.FilteredList<RunInfo> listed = new javafx.collections.transformation
                .FilteredList<>(vm.runs, r -> !isSearchRun(r));
        searchRuns.selectedProperty().addListener((o, a, on) -> listed.setPredicate(r -> on || !isSearchRun(r)));
        ListView<RunInfo> runs = new ListView<>(listed);
        runs.setPrefHeight(180);
        runs.setCellFactory(l -> new ListCell<>() {
            {
                // wrap within the list instead of scrolling sideways
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(RunInfo r, boolean empty) {
                super.updateItem(r, empty);
                String text = empty || r == null ? null : RunListText.of(r, vm.runTaus.get(r.id()));
                setText(text);
                setTooltip(text == null ? null : new javafx.scene.control.Tooltip(text + (r.images() == null ? ""
                        : "\nimages: " + r.images())));
            }
        });
        vm.runTaus.addListener((javafx.collections.MapChangeListener<Long, Double>) c -> runs.refresh());
        runs.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        runs.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<RunInfo>) c -> {
            if (vm.running.get()) {
                return;
            }
            java.util.List<RunInfo> chosen = java.util.List.copyOf(runs.getSelectionModel().getSelectedItems());
            if (chosen.size() == 1) {
                applyRunSettings(chosen.get(0));
                vm.show(chosen.get(0));
            } else if (chosen.size() > 1) {
                vm.showTogether(chosen);
            }
        });
        runs.setContextMenu(runMenu(runs));

        Label runsTitle = new Label("Stored runs");
        runsTitle.getStyleClass().add("section-title");
        VBox pane = new VBox(10, form, buttons, problem, dataBox, new HBox(10, runsTitle, searchRuns), runs);
        pane.setPadding(new Insets(12));
        pane.setPrefWidth(340);
        return pane;
    }

    private static boolean isSearchRun(RunInfo r) {
        return r.label() != null && r.label().startsWith("search ");
    }

    /** Rename, delete, show together: the stored runs as a history. */
    private javafx.scene.control.ContextMenu runMenu(ListView<RunInfo> runs) {
        javafx.scene.control.MenuItem rename = new javafx.scene.control.MenuItem("Rename\u2026");
        rename.setOnAction(e -> {
            RunInfo r = runs.getSelectionModel().getSelectedItem();
            if (r == null) {
                return;
            }
            javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(
                    r.title() == null ? "" : r.title());
            d.setTitle("Rename run " + r.id());
            d.setHeaderText("A name for run #" + r.id() + " (empty: its command line)");
            d.initOwner(getScene().getWindow());
            d.showAndWait().ifPresent(t -> vm.renameRun(r, t));
        });
        javafx.scene.control.MenuItem delete = new javafx.scene.control.MenuItem("Delete");
        delete.setOnAction(e -> {
            java.util.List<RunInfo> chosen = java.util.List.copyOf(runs.getSelectionModel().getSelectedItems());
            if (chosen.isEmpty()) {
                return;
            }
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION, "Delete " + chosen.size() + " run(s) and their "
                    + "scores from " + vm.db() + "?", javafx.scene.control.ButtonType.OK,
                    javafx.scene.control.ButtonType.CANCEL);
            ask.initOwner(getScene().getWindow());
            if (ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent()) {
                chosen.forEach(vm::deleteRun);
            }
        });
        javafx.scene.control.MenuItem together = new javafx.scene.control.MenuItem("Show together");
        together.setOnAction(e -> vm.showTogether(java.util.List.copyOf(runs.getSelectionModel().getSelectedItems())));
        rename.disableProperty().bind(javafx.beans.binding.Bindings.size(runs.getSelectionModel().getSelectedItems())
                .isNotEqualTo(1));
        together.disableProperty().bind(javafx.beans.binding.Bindings.size(runs.getSelectionModel().getSelectedItems())
                .lessThan(2));
        return new javafx.scene.control.ContextMenu(rename, together, delete);
    }

    /** Re-opening a run sets the pickers to its settings, so a new Score or a kernel continues from it. */
    private void applyRunSettings(RunInfo r) {
        org.naswot.score.ScoringSettings s = r.settings();
        String spaceId = s.space().contains("/") ? s.space().substring(0, s.space().indexOf('/')) : s.space();
        if (vm.spaces().contains(spaceId)) {
            vm.space.set(spaceId);
        }
        String dataset = s.dataset().contains(":") ? s.dataset().substring(0, s.dataset().indexOf(':')) : s.dataset();
        vm.dataset.set(dataset);
        vm.input.set(s.input());
        vm.counting.set(s.counting());
        batchSpinner.getValueFactory().setValue(s.batchSize());
        seedSpinner.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, s.batchSeed()));
    }

    private HBox statusBar() {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progress);
        bar.visibleProperty().bind(vm.running);
        Label status = new Label();
        status.textProperty().bind(vm.status);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Label note = new Label();
        note.getStyleClass().add("note");
        vm.notes.addListener((javafx.collections.ListChangeListener<String>) c ->
                note.setText(vm.notes.isEmpty() ? "" : vm.notes.get(vm.notes.size() - 1)));
        HBox box = new HBox(12, bar, status, note);
        if (Boolean.getBoolean("naswot.pulse.log")) {
            // UI-pause figures are for profiling, not for users (-Dnaswot.pulse.log=true)
            box.getChildren().add(pulseLabel);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 12, 6, 12));
        box.getStyleClass().add("status-bar");
        return box;
    }

    private void showCell(ScorePoint p) {
        if (p == null) {
            return;
        }
        java.util.Optional<ArchitectureFigure> figure = org.naswot.spaces.ArchitectureDiagrams.of(shownSpace(), p.arch());
        cell.figureProperty().set(figure.orElse(null));
        cell.titleProperty().set(String.format("#%d  score %.2f  accuracy %.2f", p.index(), p.score(), p.accuracy()));
        // an encoding that does not give the figure may still have one from its architecture (the detail task's)
        cellHint.setText(figure.isPresent() ? CELL_HINT : p.index() >= 0 ? "Loading #" + p.index()
                + " for its diagram\u2026" : noDiagram());
    }

    /** The space of the points shown: the shown run's, else the picker's. */
    private String shownSpace() {
        return vm.shownRun.get() != null ? vm.shownRun.get().settings().space() : vm.space.get();
    }

    private String noDiagram() {
        return "No diagram for architectures of " + shownSpace() + ".";
    }

    private static javafx.util.StringConverter<String> converterOf(java.util.function.Function<String, String> show) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    /** The whole space can take hours: say how long first, from this session's measured rate where there is one. */
    private boolean confirmWholeSpace() {
        Integer size = vm.descriptor().size();
        if (size == null || size <= 0) {
            return true;
        }
        double perCell = vm.secondsPerCellEstimate();
        double hours = size * perCell / 3600;
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                String.format(java.util.Locale.ROOT, "Scoring all %,d cells of %s takes about %s here (%.2f s per "
                        + "cell, %s). Scores are stored as they come: Cancel keeps them and Score resumes. Start?",
                        size, vm.space.get(), hours >= 1 ? String.format(java.util.Locale.ROOT, "%.1f hours", hours)
                                : String.format(java.util.Locale.ROOT, "%.0f minutes", hours * 60), perCell,
                        vm.secondsPerCellMeasured() ? "measured in this session" : "typical on two cores"),
                javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        ask.setHeaderText("Score the whole space?");
        ask.initOwner(getScene().getWindow());
        return ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
    }

    private javafx.scene.Node settingsPane;

    /**
     * Presentation mode: full screen with the settings panel and menus hidden, so the lecture fills the projector;
     * Esc (leaving full screen) or the Present button ends it.
     */
    void present(boolean on) {
        javafx.stage.Stage stage = getScene() == null ? null : (javafx.stage.Stage) getScene().getWindow();
        if (on) {
            settingsPane = getLeft();
            setLeft(null);
            if (getTop() != null) {
                getTop().setVisible(false);
                getTop().setManaged(false);
            }
            if (stage != null) {
                stage.setFullScreen(true);
                stage.fullScreenProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a,
                                        Boolean full) {
                        if (!full) {
                            o.removeListener(this);
                            if (lecturePane.getCenter() instanceof org.naswot.app.lecture.LectureView v) {
                                v.presentingProperty().set(false);
                            }
                        }
                    }
                });
            }
        } else {
            if (settingsPane != null) {
                setLeft(settingsPane);
            }
            if (getTop() != null) {
                getTop().setVisible(true);
                getTop().setManaged(true);
            }
            if (stage != null && stage.isFullScreen()) {
                stage.setFullScreen(false);
            }
        }
    }

    public boolean isPresenting() {
        return getLeft() == null;
    }

    /** A view with a line saying what to do while it has nothing to show. */
    private static javafx.scene.Node withPlaceholder(javafx.scene.Node view,
                                                     javafx.beans.value.ObservableBooleanValue empty, String text) {
        return withPlaceholder(view, empty, new Label(text));
    }

    private static javafx.scene.Node withPlaceholder(javafx.scene.Node view,
                                                     javafx.beans.value.ObservableBooleanValue empty, Label hint) {
        hint.getStyleClass().add("view-subtitle");
        hint.setWrapText(true);
        hint.visibleProperty().bind(empty);
        hint.setMouseTransparent(true);
        return new javafx.scene.layout.StackPane(view, hint);
    }

    private void clearDetail() {
        if (detailTask != null) {
            detailTask.cancel(false);
        }
        cell.figureProperty().set(null);
        cell.titleProperty().set("");
        cellHint.setText(CELL_HINT);
        heatmap.kernelProperty().set(null);
        heatmap.comparisonProperty().set(null);
        lecturePane.setCenter(new Label("Click a point in Score vs accuracy to step through how its score is "
                + "computed."));
    }

    /** Kernel and lecture views of the selected cell, beside the lowest-scoring cell of the plot (a bad one). */
    private void showDetail(ScorePoint p) {
        if (p == null || p.index() < 0) {
            return;
        }
        if (detailTask != null) {
            detailTask.cancel(false);
        }
        ScorePoint worst = lowestScore();
        Integer comparison = worst != null && worst.index() != p.index() ? worst.index() : null;
        ArchitectureDetailTask t = new ArchitectureDetailTask(vm.detailConfig(), vm.data(), p.index(), comparison);
        t.setOnSucceeded(e -> {
            ArchitectureDetailTask.Detail d = t.getValue();
            // a space whose encoding alone does not give the figure (nb301's compact form): from the architecture
            if (cell.figureProperty().get() == null) {
                cell.figureProperty().set(d.figure());
                cellHint.setText(d.figure() != null ? CELL_HINT : noDiagram());
            }
            if (d.comparison() != null) {
                heatmap.showComparison(d.kernel(), d.comparison());
            } else {
                heatmap.show(d.kernel());
            }
            org.naswot.app.lecture.LectureView lecture = new org.naswot.app.lecture.LectureView(d.lecture());
            lecture.presentingProperty().addListener((o, a, on) -> present(on));
            lecturePane.setCenter(lecture);
        });
        t.setOnFailed(e -> {
            vm.notes.add("Cannot compute the kernel: " + ExplorerViewModel.describe(t.getException()));
            if (cell.figureProperty().get() == null) {
                cellHint.setText("No diagram: the architecture could not be loaded (see the note below).");
            }
        });
        detailTask = t;
        detailWorker.submit(t);
    }

    private ScorePoint lowestScore() {
        org.naswot.figures.scatter.ScatterData data = scatter.getModel().data();
        ScorePoint worst = null;
        for (int i = 0; i < data.plottedCount(); i++) {
            ScorePoint q = data.plottedPoint(i);
            if (worst == null || q.score() < worst.score()) {
                worst = q;
            }
        }
        return worst;
    }

    public org.naswot.app.search.SearchView searchView() {
        return searchView;
    }

    public org.naswot.app.kernel.KernelHeatmap heatmap() {
        return heatmap;
    }

    public BorderPane lecturePane() {
        return lecturePane;
    }

    public ScoreScatter scatter() {
        return scatter;
    }

    public TabPane tabs() {
        return tabs;
    }

    public CellDiagram cellDiagram() {
        return cell;
    }

    public java.util.List<String> stallReport() {
        return stalls == null ? java.util.List.of() : stalls.report();
    }

    public PulseMonitor pulses() {
        return pulses;
    }

    public Scene scene(double width, double height) {
        return new Scene(this, width, height);
    }
}
