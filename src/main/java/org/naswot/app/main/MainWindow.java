package org.naswot.app.main;

import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.naswot.app.cell.CellDiagram;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.kernel.KernelHeatmap;
import org.naswot.app.linked.ArchitectureDetailsPane;
import org.naswot.app.linked.ArchitectureTableModel;
import org.naswot.app.linked.ArchitectureTableView;
import org.naswot.app.linked.LinkedSelection;
import org.naswot.app.proxies.ProxiesView;
import org.naswot.app.proxies.ProxiesViewModel;
import org.naswot.app.proxies.ProxyComputeBar;
import org.naswot.app.runs.RunsView;
import org.naswot.app.runs.RunsViewModel;
import org.naswot.app.search.SearchView;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.scatter.ScatterData;
import org.naswot.store.RunInfo;

/**
 * The main window: settings on the left ({@link SettingsPane}), the views in tabs, progress and status at the bottom
 * ({@link StatusBar}). A thin view over {@link ExplorerViewModel}; the selected architecture's views are
 * {@link ArchitectureDetailViews}.
 */
public final class MainWindow extends BorderPane {
    private final ExplorerViewModel vm;
    private final ScoreScatter scatter;
    private final ArchitectureDetailViews detail;
    private final TabPane tabs = new TabPane();
    private final TabStrip tabStrip;
    private final SearchView searchView;
    private final ProxiesView proxiesView;
    private final RunsView runsView;
    /** The selection every view shares: the scatter's box or lasso, the table's rows, the Proxies and Search tabs. */
    private final LinkedSelection linked = new LinkedSelection();
    private final ArchitectureTableModel architectures;
    private final ArchitectureTableView architectureTable;
    private final ArchitectureDetailsPane architectureDetails;
    /** Offers to compute the values the scatter's proxy lacks for the shown run. */
    private final ProxyComputeBar scatterProxies;
    private final PulseMonitor pulses = new PulseMonitor();
    private final StallSampler stalls = StallSampler.startIfEnabled(pulses);
    /** The settings while presentation mode hides them. */
    private Node hiddenSettings;

    public MainWindow(ExplorerViewModel vm, ScoreScatter scatter) {
        this.vm = vm;
        this.scatter = scatter;
        this.detail = new ArchitectureDetailViews(vm, this::lowestScore, this::present, scatter.getModel()::yText);
        this.searchView = new SearchView(vm::settings, vm.data(), vm.db());
        this.proxiesView = new ProxiesView(new ProxiesViewModel(vm.db(), vm.data()),
                new ProxyComputeBar(vm.db(), vm.data(), vm.notes::add));
        this.scatterProxies = new ProxyComputeBar(vm.db(), vm.data(), vm.notes::add);
        this.runsView = new RunsView(new RunsViewModel(vm.db(), vm.data(), vm.notes::add), RunsView.defaults(
                vm.spaces(), vm.space::get, vm.dataset::get, vm.devices()));
        // a sweep's runs join the run list; a finished score run joins the Runs table
        runsView.getModel().setAfterSweep(vm.runList::refreshRuns);
        vm.running.addListener((o, was, now) -> {
            if (!now) {
                runsView.getModel().reload();
            }
        });
        this.architectures = new ArchitectureTableModel(new org.naswot.service.RunHistory(vm.db(), vm.data()));
        this.architectureTable = new ArchitectureTableView(architectures, linked);
        this.architectureDetails = new ArchitectureDetailsPane(architectures, linked);
        getStyleClass().add("main-window");
        setLeft(new SettingsScroll(new SettingsPane(vm)));
        // views follow the data shown: a new run, a re-opened run or another space empties them
        vm.runList.shownRun.addListener((o, a, b) -> detail.clear());
        vm.space.addListener((o, a, b) -> detail.clear());
        vm.running.addListener((o, a, now) -> {
            if (now) {
                detail.clear();
            }
        });
        wireProxies();
        // a search's chosen cell opens in the cell, kernel and lecture tabs
        searchView.setOnOpen(r -> detail.show(new ScorePoint(r.index(), r.arch(), r.score(),
                r.accuracies().getOrDefault("cifar10_valid", Double.NaN), 0, "search")));
        SplitPane tableAndDetails = new SplitPane(architectureTable, architectureDetails);
        tableAndDetails.setDividerPositions(0.66);
        tabs.getTabs().addAll(tab("Score vs accuracy", scatter), tab("Architectures", tableAndDetails),
                tab("Cell", detail.cellView()),
                tab("Kernel", detail.kernelView()), tab("Lecture", detail.lecturePane()), tab("Search", searchView),
                tab("Proxies", proxiesView), tab("Runs", runsView));
        // our strip of headers scrolls with arrows where the pane's own hid tabs in a menu (review N12)
        tabStrip = new TabStrip(tabs);
        tabs.getStyleClass().add("stripped");
        javafx.scene.layout.BorderPane centre = new javafx.scene.layout.BorderPane(tabs);
        centre.setTop(tabStrip);
        setCenter(centre);
        StatusBar.measureWhileScoring(vm, pulses);
        setBottom(new StatusBar(vm, pulses));
        scatter.selectedProperty().addListener((o, a, p) -> detail.show(p));
        wireLinkedSelection();
        pulses.start();
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    /**
     * The Proxies view follows the shown run and the accuracy picker; the scatter's proxy picker is off while a run
     * streams scores, and its compute strip offers the values the shown run lacks.
     */
    private void wireProxies() {
        RunListViewModel runs = vm.runList;
        Runnable loadProxies = () -> proxiesView.getModel().load(runs.shownRun.get(), vm.accuracyColumn.get());
        runs.shownRun.addListener((o, a, b) -> loadProxies.run());
        vm.accuracyColumn.addListener((o, a, b) -> loadProxies.run());
        scatter.measurePicker().disableProperty().bind(vm.running);
        scatter.addToolbarRow(scatterProxies);
        // values computed from either view show in both
        Runnable computed = () -> {
            runs.reshow();
            proxiesView.getModel().reload();
        };
        scatterProxies.setOnComputed(computed);
        proxiesView.computeBar().setOnComputed(computed);
        Runnable offer = () -> {
            String measure = scatter.getModel().measureProperty().get();
            RunInfo run = runs.shownRun.get();
            int missing = runs.missingValues.get();
            scatterProxies.offer(run, missing > 0 ? List.of(measure) : List.of(),
                    run == null ? "" : String.format(Locale.ROOT, "%,d of run %d's %,d architectures have "
                            + "no stored %s value; the plot leaves them out.", missing, run.id(), run.scored(),
                            measure));
        };
        runs.missingValues.addListener((o, a, b) -> offer.run());
        runs.shownRun.addListener((o, a, b) -> offer.run());
    }

    /**
     * One selection for every view: a box or lasso on the scatter, a click on a point, rows of the architecture table;
     * the scatter rings it, the table selects its rows, the details pane shows its focus, the Proxies tab compares
     * the proxies over it and the Search table marks its cells. The table follows the shown run.
     */
    private void wireLinkedSelection() {
        RunListViewModel runs = vm.runList;
        Runnable loadTable = () -> {
            linked.clear();
            architectures.load(runs.shownRun.get(), runs.shownRun.get() == null && vm.running.get()
                    ? "The run's architectures are listed here when it ends." : null);
        };
        runs.shownRun.addListener((o, a, b) -> loadTable.run());
        // the hover card names the point's stored proxies too
        scatter.setHoverDetails(architectures::proxiesLine);
        // colour and size by any numeric column of the shown run's architectures
        architectures.tableProperty().addListener((o, a, t) -> scatter.display().setTable(t));
        vm.space.addListener((o, a, b) -> linked.clear());
        scatter.getModel().brushedProperty().addListener((o, a, b) -> linked.select(b, null));
        scatter.selectedProperty().addListener((o, a, p) -> {
            if (p != null) {
                linked.select(java.util.Set.of(p.index()), p.index());
            }
        });
        linked.indicesProperty().addListener((o, a, b) -> {
            scatter.getModel().brushedProperty().set(b);
            proxiesView.getModel().restrictTo(b);
            searchView.markArchitectures(b);
        });
        architectureDetails.setOnOpen((target, index) -> {
            openArchitecture(index);
            tabs.getSelectionModel().select(switch (target) {
                case CELL -> 2;
                case KERNEL -> 3;
                case LECTURE -> 4;
            });
        });
    }

    /** Shows one architecture in the Cell, Kernel and Lecture tabs: its plotted point, else the table's values. */
    private void openArchitecture(int index) {
        ScatterData data = scatter.getModel().data();
        for (int i = 0; i < data.plottedCount(); i++) {
            if (data.plottedPoint(i).index() == index) {
                ScorePoint p = data.plottedPoint(i);
                if (p.equals(scatter.selectedProperty().get())) {
                    detail.show(p);
                } else {
                    scatter.selectedProperty().set(p);
                }
                return;
            }
        }
        org.naswot.service.ArchitectureTable t = architectures.table();
        int row = t.rowOf(index);
        if (row >= 0) {
            detail.show(new ScorePoint(index, t.arch(row), t.columns().get(0).values()[row], Double.NaN,
                    (long) t.column("params").values()[row], "table"));
        }
    }

    public LinkedSelection linkedSelection() {
        return linked;
    }

    public ArchitectureTableView architectureTable() {
        return architectureTable;
    }

    public ArchitectureDetailsPane architectureDetails() {
        return architectureDetails;
    }

    private ScorePoint lowestScore() {
        ScatterData data = scatter.getModel().data();
        ScorePoint worst = null;
        for (int i = 0; i < data.plottedCount(); i++) {
            ScorePoint q = data.plottedPoint(i);
            if (worst == null || q.score() < worst.score()) {
                worst = q;
            }
        }
        return worst;
    }

    /**
     * Presentation mode: full screen with the settings panel and menus hidden, so the lecture fills the projector;
     * Esc (leaving full screen) or the Present button ends it.
     */
    void present(boolean on) {
        Stage stage = getScene() == null ? null : (Stage) getScene().getWindow();
        if (on) {
            hiddenSettings = getLeft();
            setLeft(null);
            showMenus(false);
            // the tab strip and the status bar too: only the slide (review N13)
            tabs.getStyleClass().add("presenting");
            tabStrip.setVisible(false);
            tabStrip.setManaged(false);
            showStatusBar(false);
            if (stage != null) {
                stage.setFullScreen(true);
                stage.fullScreenProperty().addListener(new ChangeListener<>() {
                    @Override
                    public void changed(ObservableValue<? extends Boolean> o, Boolean a, Boolean full) {
                        if (!full) {
                            o.removeListener(this);
                            detail.presentationEnded();
                        }
                    }
                });
            }
        } else {
            if (hiddenSettings != null) {
                setLeft(hiddenSettings);
            }
            showMenus(true);
            tabs.getStyleClass().remove("presenting");
            tabStrip.setVisible(true);
            tabStrip.setManaged(true);
            showStatusBar(true);
            if (stage != null && stage.isFullScreen()) {
                stage.setFullScreen(false);
            }
        }
    }

    private void showStatusBar(boolean shown) {
        if (getBottom() != null) {
            getBottom().setVisible(shown);
            getBottom().setManaged(shown);
        }
    }

    private void showMenus(boolean shown) {
        if (getTop() != null) {
            getTop().setVisible(shown);
            getTop().setManaged(shown);
        }
    }

    public boolean isPresenting() {
        return getLeft() == null;
    }

    public ProxiesView proxiesView() {
        return proxiesView;
    }

    public ProxyComputeBar scatterProxies() {
        return scatterProxies;
    }

    public RunsView runsView() {
        return runsView;
    }

    public SearchView searchView() {
        return searchView;
    }

    ArchitectureDetailViews detailViews() {
        return detail;
    }

    public KernelHeatmap heatmap() {
        return detail.heatmap();
    }

    public BorderPane lecturePane() {
        return detail.lecturePane();
    }

    public ScoreScatter scatter() {
        return scatter;
    }

    TabStrip tabStrip() {
        return tabStrip;
    }

    public TabPane tabs() {
        return tabs;
    }

    public CellDiagram cellDiagram() {
        return detail.cellDiagram();
    }

    public List<String> stallReport() {
        return stalls == null ? List.of() : stalls.report();
    }

    public PulseMonitor pulses() {
        return pulses;
    }

    public Scene scene(double width, double height) {
        return new Scene(this, width, height);
    }
}
