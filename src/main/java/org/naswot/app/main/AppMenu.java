package org.naswot.app.main;

import org.naswot.service.ExplorerSettings;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.naswot.app.export.ExportDialog;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.export.FigureExporter;
import org.naswot.app.export.SaveTarget;
import org.naswot.app.lecture.LectureView;
import org.naswot.figures.model.Provenance;
import org.naswot.app.theme.Shortcuts;
import org.naswot.app.theme.ShortcutsHelp;
import org.naswot.app.theme.Theme;
import org.naswot.common.Version;
import org.naswot.data.InputKind;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.lecture.LectureViewModel;

/**
 * The menu bar and keyboard shortcuts: both come from one {@link Shortcuts} registry, so the help dialog
 * always lists what is installed. Export works on the figure of the selected tab.
 */
public final class AppMenu {
    private final MainWindow window;
    private final ExplorerViewModel vm;
    private final Shortcuts shortcuts = Shortcuts.standard();
    private final CheckMenuItem dark = new CheckMenuItem("Dark theme");
    private final CheckMenuItem largeFonts = new CheckMenuItem("Large fonts (projection)");
    private final SettingsPanelToggle settingsPanel;
    private Scene scene;
    private SaveTarget saveTarget = SaveTarget.FILE_CHOOSER;

    public AppMenu(MainWindow window, ExplorerViewModel vm) {
        this.window = window;
        this.vm = vm;
        this.settingsPanel = new SettingsPanelToggle(window);
    }

    public MenuBar build() {
        Map<String, Runnable> actions = actions();
        org.naswot.app.export.ExportMenu.install(window.scatter().getViewer(), actions.get("export.figure"),
                actions.get("export.csv"));
        MenuItem openSpace = new MenuItem("Open space…");
        openSpace.setOnAction(e -> openSpace());
        MenuItem openNetwork = new MenuItem("Open network…");
        openNetwork.setOnAction(e -> org.naswot.app.network.OpenNetworkDialog.chooseAndScore(
                window.getScene().getWindow(), () -> vm.settings().scoringConfig(), vm.data()));
        Menu file = new Menu("File", null,
                openSpace,
                openNetwork,
                importData(),
                item("Export figure…", "export.figure", actions),
                item("Export data as CSV…", "export.csv", actions),
                exportAll(),
                new MenuItem("Quit") {{
                        setOnAction(e -> Platform.exit());
                    }});
        dark.setOnAction(e -> applyTheme());
        // the charts grow with the controls, as with Ctrl+L (the menu grew the controls only)
        largeFonts.setOnAction(e -> setLargeFonts(largeFonts.isSelected()));
        Menu view = new Menu("View", null, shortcuts.shownOn(dark, "theme.toggle"),
                shortcuts.shownOn(largeFonts, "fonts.large"),
                shortcuts.shownOn(settingsPanel.item(), "view.settings-panel"),
                item("Zoom to all points", "scatter.reset", actions),
                LegendMenu.of(window.scatter().display().legendProperty()));
        MenuItem about = new MenuItem("About");
        about.setOnAction(e -> new Alert(Alert.AlertType.INFORMATION, "NASWOT Explorer " + Version.current()
                + "\nNeural Architecture Search without Training (Mellor, Turner, Storkey, Crowley, ICML 2021).\n"
                + "GPL-3.0-or-later.").showAndWait());
        Menu help = new Menu("Help", null, item("Keyboard shortcuts", "help.shortcuts", actions), about);
        return new MenuBar(file, view, help);
    }

    /**
     * Loads a declarative space descriptor from anywhere and selects it; an invalid file is shown as its one-line
     * problem (field path and what was expected), and nothing changes.
     */
    private void openSpace() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Open a search-space descriptor");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Space descriptor", "*.json"));
        java.io.File f = chooser.showOpenDialog(window.getScene() == null ? null : window.getScene().getWindow());
        if (f != null) {
            openSpace(f.toPath());
        }
    }

    /** Opens the descriptor {@code file} and selects its space (File ▸ Open space…, and tests). */
    public void openSpace(java.nio.file.Path file) {
        try {
            vm.space.set(org.naswot.service.SearchSpaces.open(file));
        } catch (org.naswot.common.UserFacingException ex) {
            new Alert(Alert.AlertType.ERROR, ex.getMessage()).showAndWait();
        }
    }

    /** The scatter's model (its colouring and top-k are preferences). */
    public ScoreScatterModel scatterModel() {
        return window.scatter().getModel();
    }

    /** Where exports are saved: the platform's save dialog unless replaced (headless tests). */
    public void setSaveTarget(SaveTarget target) {
        this.saveTarget = Objects.requireNonNull(target);
    }

    /** Installs the keyboard shortcuts on the scene (after the menu bar is in it). */
    public void install(Scene s) {
        this.scene = s;
        shortcuts.install(s, actions());
        installLectureKeys(s);
    }

    public void setDark(boolean on) {
        dark.setSelected(on);
        applyTheme();
    }

    public boolean isDark() {
        return dark.isSelected();
    }

    public void setLargeFonts(boolean on) {
        largeFonts.setSelected(on);
        Theme.setLargeFonts(window, on);
        // the charts too, for a projector (review N12: only the controls grew)
        applyTheme();
    }

    public boolean isLargeFonts() {
        return largeFonts.isSelected();
    }

    /** View ▸ Hide settings panel, which the preferences remember (review P8). */
    public SettingsPanelToggle settingsPanel() {
        return settingsPanel;
    }

    private void applyTheme() {
        Theme t = dark.isSelected() ? Theme.DARK : Theme.LIGHT;
        if (scene != null) {
            t.applyTo(scene);
        }
        // on screen the charts follow Large fonts; exports keep their own font size (the export dialog's)
        org.naswot.figures.theme.ChartStyle style = t.chartStyle(largeFonts.isSelected());
        window.scatter().setChartStyle(style);
        window.heatmap().chartStyleProperty().set(style);
        window.cellDiagram().chartStyleProperty().set(style);
        window.searchView().setChartStyle(style);
        window.proxiesView().chartStyleProperty().set(style);
    }

    private Map<String, Runnable> actions() {
        Map<String, Runnable> a = new LinkedHashMap<>();
        a.put("help.shortcuts", () -> ShortcutsHelp.dialog(window.getScene().getWindow(), shortcuts).show());
        a.put("export.figure", this::exportFigure);
        a.put("export.csv", this::exportCsv);
        a.put("theme.toggle", () -> setDark(!dark.isSelected()));
        a.put("fonts.large", () -> setLargeFonts(!largeFonts.isSelected()));
        a.put("view.settings-panel", settingsPanel::toggle);
        a.put("scatter.reset", () -> window.scatter().resetZoom());
        a.put("scatter.clear-selection", () -> {
            window.scatter().getModel().setSelected(null);
            window.linkedSelection().clear();
        });
        a.put("lecture.next", () -> lecture(LectureView::getModel, "next"));
        a.put("lecture.previous", () -> lecture(LectureView::getModel, "previous"));
        a.put("lecture.first", () -> lecture(LectureView::getModel, "first"));
        a.put("lecture.last", () -> lecture(LectureView::getModel, "last"));
        return a;
    }

    private void lecture(Function<LectureView, LectureViewModel> model,
                         String step) {
        if (window.tabs().getSelectionModel().getSelectedItem().getContent() == window.lecturePane()
                && window.lecturePane().getCenter() instanceof LectureView v) {
            switch (step) {
                case "next" -> model.apply(v).next();
                case "previous" -> model.apply(v).previous();
                case "first" -> model.apply(v).first();
                default -> model.apply(v).last();
            }
        }
    }

    /**
     * While the lecture is shown, its keys (arrows, Page Up/Down as presentation clickers send them, Home, End) drive
     * it whatever has the focus after a click into the slide; a filter sees them before a control can consume them.
     * Text fields keep their keys.
     */
    void installLectureKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()
                    || window.tabs().getSelectionModel().getSelectedItem().getContent() != window.lecturePane()
                    || !(window.lecturePane().getCenter() instanceof LectureView)
                    || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            String step = switch (e.getCode()) {
                case RIGHT, PAGE_DOWN, DOWN, SPACE -> "next";
                case LEFT, PAGE_UP, UP, BACK_SPACE -> "previous";
                case HOME -> "first";
                case END -> "last";
                default -> null;
            };
            if (step != null) {
                lecture(LectureView::getModel, step);
                e.consume();
            }
        });
    }

    /** The figure of the selected tab (review N1: Cell and Kernel sit under a placeholder and were skipped). */
    Exportable currentFigure() {
        return exportableIn(window.tabs().getSelectionModel().getSelectedItem().getContent());
    }

    /** The view itself, or the first exportable view inside it (a placeholder's stack, the lecture's pane). */
    static Exportable exportableIn(Node node) {
        if (node instanceof Exportable e) {
            return e;
        }
        if (node instanceof javafx.scene.layout.BorderPane b) {
            return exportableIn(b.getCenter());
        }
        if (node instanceof javafx.scene.Parent p) {
            // a placeholder's hint on show: the view has nothing to draw yet
            if (p.getChildrenUnmodifiable().stream().anyMatch(c -> c instanceof javafx.scene.control.Label l
                    && l.isVisible() && l.getStyleClass().contains("view-subtitle"))) {
                return null;
            }
            for (Node child : p.getChildrenUnmodifiable()) {
                Exportable e = exportableIn(child);
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    /** File ▸ Import data…: a CIFAR archive downloaded by hand, as {@code naswot data import} unpacks it. */
    private MenuItem importData() {
        MenuItem m = new MenuItem("Import data…");
        m.setOnAction(e -> ArchiveImportTask.chooseAndImport(window.getScene().getWindow(), vm.dataChecks));
        m.disableProperty().bind(vm.dataChecks.downloading.or(vm.running));
        return m;
    }

    /** File ▸ Export all…: the shown runs' report, as {@code naswot report} writes it (no shortcut of its own). */
    private MenuItem exportAll() {
        MenuItem m = new MenuItem("Export all…");
        m.setOnAction(e -> org.naswot.app.export.ExportAll.start(window.getScene().getWindow(),
                vm.runList.shownRuns(), new org.naswot.service.RunHistory(vm.db(), vm.data()), saveTarget, this::say));
        return m;
    }

    /** Says why nothing was exported instead of doing nothing. */
    private void nothingToExport() {
        say("Nothing to export in this tab yet: click a point in Score vs accuracy first.");
    }

    /** A line in the status bar; while a run's progress owns it, among the notes. */
    private void say(String message) {
        if (vm.status.isBound()) {
            vm.notes.add(message);
        } else {
            vm.status.set(message);
        }
    }

    /** A table tab (Architectures, Runs) exports its shown rows as CSV; false when another tab is selected. */
    private boolean exportedTable() {
        return TableTabExport.exportShown(window, provenance(), saveTarget, this::say);
    }

    Provenance provenance() {
        if (vm.runList.shownRun.get() != null) {
            return Provenance.of(vm.runList.shownRun.get()).withAccuracy(vm.runList.plottedAccuracy());
        }
        ExplorerSettings s = vm.settings();
        return new Provenance(s.space(), s.input() == InputKind.NOISE ? "noise (" + s.dataset() + " shape)"
                : s.dataset(), s.seed(), s.batchSize(), s.counting().cliName(), null, vm.dataChecks.imagesDescription(), null,
                s.accuracyColumn());
    }

    private void exportFigure() {
        if (exportedTable()) {
            return;
        }
        Exportable figure = currentFigure();
        if (figure == null) {
            nothingToExport();
            return;
        }
        try {
            Path saved = ExportDialog.exportInteractively(window.getScene().getWindow(), figure,
                    (dark.isSelected() ? Theme.DARK : Theme.LIGHT).chartStyle(), figure.provenance(provenance()),
                    saveTarget);
            if (saved != null) {
                say("Saved the figure to " + saved.toAbsolutePath() + ".");
            }
        } catch (IOException e) {
            new Alert(Alert.AlertType.ERROR, "Export failed: " + e.getMessage()).showAndWait();
        }
    }

    private void exportCsv() {
        if (exportedTable()) {
            return;
        }
        Exportable figure = currentFigure();
        if (figure == null) {
            nothingToExport();
            return;
        }
        Path f = saveTarget.choose(window.getScene().getWindow(), figure.exportName() + ".csv", "csv");
        if (f != null) {
            try {
                FigureExporter.writeCsv(figure, f, figure.provenance(provenance()));
            } catch (IOException e) {
                new Alert(Alert.AlertType.ERROR, "Export failed: " + e.getMessage()).showAndWait();
            }
        }
    }

    private MenuItem item(String text, String id, Map<String, Runnable> actions) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> actions.get(id).run());
        return shortcuts.shownOn(m, id);
    }
}
