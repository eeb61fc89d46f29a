package org.naswot.app;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.naswot.app.cell.CellDiagram;
import org.naswot.figures.scatter.ColourMode;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.kernel.KernelHeatmap;
import org.naswot.app.lecture.LectureView;
import org.naswot.figures.model.KernelMatrix;
import org.naswot.figures.model.LectureData;
import org.naswot.figures.model.ScorePoint;
import javafx.scene.control.Label;
import org.naswot.app.export.ExportDialog;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.model.Provenance;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.app.theme.Preferences;
import org.naswot.app.theme.PreferencesStore;
import org.naswot.app.theme.Shortcuts;
import org.naswot.app.theme.ShortcutsHelp;
import org.naswot.app.theme.Theme;

/**
 * Demo of every component with synthetic data ({@link SyntheticData}); also the source of the
 * screenshots. Run: {@code mvn -o javafx:run -Djavafx.mainClass=org.naswot.app.ComponentGallery}.
 */
public final class ComponentGallery extends Application {

    /** One gallery view with the size and theme it is shown at. */
    public record View(String name, Parent root, Theme theme, double width, double height, Runnable afterShown) {
    }

    public static final String GOOD_CELL = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    public static final String BAD_CELL = "|avg_pool_3x3~0|+|none~0|avg_pool_3x3~1|+|none~0|none~1|skip_connect~2|";

    public static List<String> viewNames() {
        return List.of("scatter", "scatter-dark", "scatter-groups", "cells", "cells-dark", "nds", "nds-dark", "kernel", "kernel-compare",
                "kernel-compare-dark", "lecture-1", "lecture-2", "lecture-kernel", "lecture-score", "lecture-large");
    }

    public static View view(String name, Theme theme) {
        return switch (name) {
            case "scatter" -> scatterView(theme, false);
            case "scatter-groups" -> scatterView(theme, true);
            case "cells" -> cellsView(theme);
            case "nds" -> ndsView(theme);
            case "kernel" -> kernelView(theme, false);
            case "kernel-compare" -> kernelView(theme, true);
            case "lecture-1" -> lectureView(theme, 0, false);
            case "lecture-2" -> lectureView(theme, 1, false);
            case "lecture-kernel" -> lectureView(theme, 4, false);
            case "lecture-score" -> lectureView(theme, 99, false);
            case "lecture-large" -> lectureView(theme, 3, true);
            default -> throw new IllegalArgumentException("no gallery view " + name);
        };
    }

    static View scatterView(Theme theme, boolean groups) {
        ScoreScatter scatter = new ScoreScatter();
        scatter.setChartStyle(theme.chartStyle());
        List<ScorePoint> points = SyntheticData.nb201Scatter(1, "reference counting");
        if (groups) {
            List<ScorePoint> other = SyntheticData.nb201Scatter(2, "once counting").stream()
                    .filter(p -> p.index() % 4 == 0)
                    .map(p -> new ScorePoint(p.index(), p.arch(), p.score() * 0.62 + 40, p.accuracy(), p.params(), p.group()))
                    .toList();
            scatter.appendAll(points.stream().filter(p -> p.index() % 4 == 0).toList());
            scatter.appendAll(other);
            scatter.getModel().colourModeProperty().set(ColourMode.GROUP);
        } else {
            scatter.appendAll(points);
        }
        scatter.getModel().refreshStatistics();
        Runnable after = () -> {
            ScorePoint best = scatter.getModel().topKPoints().get(0);
            scatter.getModel().setSelected(best);
        };
        return new View("scatter", scatter, theme, 1100, 720, after);
    }

    static View cellsView(Theme theme) {
        CellDiagram good = new CellDiagram();
        good.chartStyleProperty().set(theme.chartStyle());
        good.show(org.naswot.spaces.nb201.Nb201Diagram.of(GOOD_CELL), GOOD_CELL);
        CellDiagram bad = new CellDiagram();
        bad.chartStyleProperty().set(theme.chartStyle());
        bad.show(org.naswot.spaces.nb201.Nb201Diagram.of(BAD_CELL), BAD_CELL);
        CellDiagram nb101 = new CellDiagram(org.naswot.spaces.nb101.Nb101Diagram.of("0111101000001100000010000110000001100000000000000",
                "input|maxpool3x3|maxpool3x3|conv3x3-bn-relu|conv3x3-bn-relu|conv3x3-bn-relu|output"), "NB101 cell");
        nb101.chartStyleProperty().set(theme.chartStyle());
        CellDiagram nb101b = new CellDiagram(org.naswot.spaces.nb101.Nb101Diagram.of("0110010000111100000010000010000001100000000000000",
                "input|conv3x3-bn-relu|maxpool3x3|conv1x1-bn-relu|conv1x1-bn-relu|maxpool3x3|output"), "NB101 cell");
        nb101b.chartStyleProperty().set(theme.chartStyle());
        GridPane grid = new GridPane();
        grid.add(good, 0, 0);
        grid.add(bad, 1, 0);
        grid.add(nb101, 0, 1);
        grid.add(nb101b, 1, 1);
        for (CellDiagram d : List.of(good, bad, nb101, nb101b)) {
            GridPane.setHgrow(d, Priority.ALWAYS);
            GridPane.setVgrow(d, Priority.ALWAYS);
        }
        return new View("cells", grid, theme, 1200, 640, () -> { });
    }

    /** DARTS_V2 (Liu et al. 2019), as the NDS DARTS space stores it. */
    public static final String DARTS_V2 = "{\"genotype\": {\"normal\": [[\"sep_conv_3x3\", 0], [\"sep_conv_3x3\", 1], "
            + "[\"sep_conv_3x3\", 0], [\"sep_conv_3x3\", 1], [\"sep_conv_3x3\", 1], [\"skip_connect\", 0], "
            + "[\"skip_connect\", 0], [\"dil_conv_3x3\", 2]], \"normal_concat\": [2, 3, 4, 5], \"reduce\": "
            + "[[\"max_pool_3x3\", 0], [\"max_pool_3x3\", 1], [\"skip_connect\", 2], [\"max_pool_3x3\", 1], "
            + "[\"max_pool_3x3\", 0], [\"skip_connect\", 2], [\"skip_connect\", 2], [\"max_pool_3x3\", 1]], "
            + "\"reduce_concat\": [2, 3, 4, 5]}, \"width\": 16, \"depth\": 5}";
    /** An NDS Amoeba network: five nodes, a reduction cell that concatenates only its loose ends. */
    public static final String AMOEBA = "{\"genotype\": {\"normal\": [[\"avg_pool_3x3\", 0], [\"max_pool_3x3\", 1], "
            + "[\"sep_conv_3x3\", 0], [\"sep_conv_5x5\", 2], [\"sep_conv_3x3\", 0], [\"avg_pool_3x3\", 3], "
            + "[\"sep_conv_3x3\", 1], [\"skip_connect\", 1], [\"skip_connect\", 0], [\"avg_pool_3x3\", 1]], "
            + "\"normal_concat\": [4, 5, 6], \"reduce\": [[\"avg_pool_3x3\", 0], [\"sep_conv_3x3\", 1], "
            + "[\"max_pool_3x3\", 0], [\"sep_conv_7x7\", 2], [\"sep_conv_7x7\", 0], [\"avg_pool_3x3\", 1], "
            + "[\"max_pool_3x3\", 0], [\"max_pool_3x3\", 1], [\"conv_7x1_1x7\", 0], [\"sep_conv_3x3\", 5]], "
            + "\"reduce_concat\": [3, 4, 6]}, \"width\": 12, \"depth\": 5}";
    /** An NDS ResNeXt-A network. */
    public static final String RESNEXT_A = "{\"block_type\": \"res_bottleneck_block\", \"ds\": [1, 1, 2], "
            + "\"ws\": [32, 64, 128], \"ss\": [1, 2, 2], \"bot_muls\": [0.5, 0.5, 0.25], \"num_gs\": [2, 4, 8]}";

    /** The NDS figures: a DARTS network's two cells across the top, an Amoeba network and a ResNeXt below. */
    static View ndsView(Theme theme) {
        CellDiagram darts = ndsDiagram("nds:DARTS", DARTS_V2, "DARTS_V2", theme);
        CellDiagram amoeba = ndsDiagram("nds:Amoeba", AMOEBA, "Amoeba", theme);
        CellDiagram resnext = ndsDiagram("nds:ResNeXt-A", RESNEXT_A, "ResNeXt-A", theme);
        GridPane grid = new GridPane();
        grid.add(darts, 0, 0, 2, 1);
        grid.add(amoeba, 0, 1);
        grid.add(resnext, 1, 1);
        for (CellDiagram d : List.of(darts, amoeba, resnext)) {
            GridPane.setHgrow(d, Priority.ALWAYS);
            GridPane.setVgrow(d, Priority.ALWAYS);
        }
        return new View("nds", grid, theme, 1200, 760, () -> { });
    }

    private static CellDiagram ndsDiagram(String space, String net, String title, Theme theme) {
        CellDiagram d = new CellDiagram(org.naswot.spaces.ArchitectureDiagrams.of(space, net).orElseThrow(), title);
        d.chartStyleProperty().set(theme.chartStyle());
        return d;
    }

    static LectureData goodLecture() {
        return SyntheticData.lecture(GOOD_CELL, 64, 6, 384, 7);
    }

    static LectureData badLecture() {
        return SyntheticData.lecture(BAD_CELL, 64, 6, 384, 7, 0.6);
    }

    static KernelMatrix kernelOf(LectureData d) {
        return new KernelMatrix(d.arch(), d.cumulativeKernels().get(d.cumulativeKernels().size() - 1), d.labels(),
                d.classNames(), d.logDet());
    }

    static View kernelView(Theme theme, boolean compare) {
        KernelHeatmap heatmap = new KernelHeatmap();
        heatmap.chartStyleProperty().set(theme.chartStyle());
        if (compare) {
            heatmap.headingProperty().set("Same batch, two untrained cells (synthetic data)");
            heatmap.showComparison(kernelOf(goodLecture()), kernelOf(badLecture()));
            heatmap.orderByClassProperty().set(true);
        } else {
            heatmap.show(kernelOf(goodLecture()));
        }
        return new View("kernel", heatmap, theme, compare ? 1200 : 760, compare ? 640 : 680, () -> { });
    }

    static View lectureView(Theme theme, int step, boolean large) {
        LectureView view = new LectureView(goodLecture());
        view.chartStyleProperty().set(theme.chartStyle());
        view.getModel().indexProperty().set(Math.min(step, view.getModel().stepCount() - 1));
        view.getModel().largeFontsProperty().set(large);
        return new View("lecture", view, theme, 1200, 760, () -> { });
    }

    @Override
    public void start(Stage stage) {
        PreferencesStore store = PreferencesStore.standard();
        Preferences prefs = store.load();
        Theme[] theme = {prefs.themeValue()};
        ScoreScatter scatter = (ScoreScatter) scatterView(theme[0], false).root();
        Parent cells = cellsView(theme[0]).root();
        Parent nds = ndsView(theme[0]).root();
        KernelHeatmap kernel = (KernelHeatmap) kernelView(theme[0], true).root();
        LectureView lecture = (LectureView) lectureView(theme[0], 0, prefs.largeFonts()).root();
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(new Tab("Score scatter", scatter));
        tabs.getTabs().add(new Tab("Cells", cells));
        tabs.getTabs().add(new Tab("NDS", nds));
        tabs.getTabs().add(new Tab("Kernel", kernel));
        tabs.getTabs().add(new Tab("Lecture", lecture));
        Label hint = new Label("F1: keyboard shortcuts · Ctrl+E: export · all data here is synthetic");
        hint.getStyleClass().add("view-subtitle");
        BorderPane root = new BorderPane(tabs);
        root.setBottom(hint);
        BorderPane.setMargin(hint, new javafx.geometry.Insets(4, 10, 4, 10));
        Scene scene = new Scene(root, prefs.windowWidth(), prefs.windowHeight());
        theme[0].applyTo(scene);
        Theme.setLargeFonts(root, prefs.largeFonts());
        Provenance provenance = new Provenance("nb201", "synthetic", 1, 64, "reference", null);
        Shortcuts shortcuts = Shortcuts.standard();
        java.util.function.Supplier<Exportable> current = () -> {
            javafx.scene.Node content = tabs.getSelectionModel().getSelectedItem().getContent();
            return content instanceof Exportable e ? e : (Exportable) content.lookup(".cell-diagram");
        };
        Runnable applyTheme = () -> {
            theme[0].applyTo(scene);
            ChartStyle cs = theme[0].chartStyle();
            scatter.setChartStyle(cs);
            kernel.chartStyleProperty().set(cs);
            lecture.chartStyleProperty().set(cs);
            for (Parent p : List.of(cells, nds)) {
                p.lookupAll(".cell-diagram").forEach(n -> ((CellDiagram) n).chartStyleProperty().set(cs));
            }
        };
        shortcuts.install(scene, java.util.Map.of(
                "help.shortcuts", () -> ShortcutsHelp.dialog(stage, shortcuts).show(),
                "theme.toggle", () -> {
                    theme[0] = theme[0] == Theme.LIGHT ? Theme.DARK : Theme.LIGHT;
                    applyTheme.run();
                },
                "fonts.large", () -> {
                    boolean on = !root.getStyleClass().contains(Theme.LARGE_FONTS);
                    Theme.setLargeFonts(root, on);
                    lecture.getModel().largeFontsProperty().set(on);
                },
                "export.figure", () -> {
                    try {
                        ExportDialog.exportInteractively(stage, current.get(), theme[0].chartStyle(), provenance,
                                org.naswot.app.export.SaveTarget.FILE_CHOOSER);
                    } catch (java.io.IOException e) {
                        new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                                "Export failed: " + e.getMessage()).showAndWait();
                    }
                },
                "scatter.reset", scatter::resetZoom,
                "scatter.clear-selection", () -> scatter.getModel().setSelected(null),
                "lecture.next", lecture.getModel()::next,
                "lecture.previous", lecture.getModel()::previous,
                "lecture.first", lecture.getModel()::first,
                "lecture.last", lecture.getModel()::last));
        stage.setOnCloseRequest(e -> {
            try {
                store.save(prefs.withTheme(theme[0]).withWindow(scene.getWidth(), scene.getHeight())
                        .withLargeFonts(root.getStyleClass().contains(Theme.LARGE_FONTS)));
            } catch (java.io.IOException ex) {
                System.err.println("could not save preferences: " + ex.getMessage());
            }
        });
        stage.setTitle("NASWOT Explorer — component gallery (synthetic data)");
        stage.setScene(scene);
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
