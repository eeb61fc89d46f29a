package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.proxies.ProxiesView;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.figures.proxies.CorrelationHeatmapPainter;
import org.naswot.figures.proxies.CorrelationHeatmapPainterTest;
import org.naswot.run.SpaceContext;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.score.proxies.ProxyRegistry;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.naswot.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Proxies tab of the whole window with a run of 20 measures (review N5: at 1280x820 the title was cut, the names
 * overlapped and the table scrolled sideways), at 1280x820 and 1024x700, with and without Large fonts.
 */
@ExtendWith(ApplicationExtension.class)
class ProxiesTabFitFxTest {
    private static final int MEASURES = 20;
    private MainWindow window;
    private Stage stage;
    private AppMenu menu;
    private RunInfo run;
    private String column;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        Path db = Files.createTempDirectory("naswot-proxies-fit").resolve("r.sqlite");
        SpaceContext ctx = SpaceContext.open("nb201", data);
        column = ctx.defaultAccuracyColumn();
        run = run(db, ctx);
        ScoreScatterModel model = new ScoreScatterModel();
        ExplorerViewModel vm = new ExplorerViewModel(data, db, model);
        ShownWindow shown = ShownWindow.show(stage, vm, model, 1280, 820);
        window = shown.window();
        menu = shown.menu();
    }

    /** 60 architectures with nwot and 19 proxies, each the accuracy plus its own noise. */
    private RunInfo run(Path db, SpaceContext ctx) {
        ScoringSettings s = new ScoringSettings("nb201", "cifar10", InputKind.NOISE, 8, 1, 1, ReluCounting.REFERENCE,
                "cpu", "0f".repeat(32));
        List<String> proxies = ProxyRegistry.ids().subList(0, MEASURES - 1);
        java.util.Random random = new java.util.Random(7);
        try (ResultStore store = ResultStore.open(db)) {
            long id = store.startRun(s, "twenty measures", 60);
            for (int k = 0; k < 60; k++) {
                int index = 11 + 251 * k;
                String arch = ctx.space().architecture(index).encoding();
                double acc = ctx.accuracy(index, column);
                store.addScore(id, new ScoreResult("nb201", index, arch, acc + random.nextGaussian(), 1, 1000 + k, 0));
                for (String p : proxies) {
                    store.addProxyValue(s, index, arch, p, acc + 3 * random.nextGaussian(), 0);
                }
            }
            return store.requireRun(id);
        }
    }

    @Test
    void theHeatmapAndTableAreReadableAtBothSizesAndFontSizes(FxRobot robot) throws Exception {
        ProxiesView view = window.proxiesView();
        robot.interact(() -> view.getModel().load(run, column));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.getModel().comparisonProperty().get() != null);
        // nwot, the 19 proxies and the aggregates ranked from them
        int measures = view.getModel().shown().size();
        assertTrue(measures >= MEASURES, measures + " measures");
        List<String> problems = new ArrayList<>();
        for (boolean large : new boolean[] {false, true}) {
            for (int[] size : new int[][] {{1280, 820}, {1024, 700}}) {
                robot.interact(() -> {
                    menu.setLargeFonts(large);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                            .filter(t -> t.getContent() == view || t.getText().equals("Proxies")).findFirst()
                            .orElseThrow());
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = (large ? "large fonts, " : "") + size[0] + "x" + size[1];
                for (int pass = 0; pass < 2; pass++) {
                    robot.interact(() -> {
                        window.applyCss();
                        window.layout();
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                }
                robot.interact(() -> view.getHeatmap().repaint());
                CorrelationHeatmapPainter p = (CorrelationHeatmapPainter) view.getHeatmap().getPainter();
                List<CorrelationHeatmapPainter.DrawnText> drawn = p.drawnTexts();
                try {
                    CorrelationHeatmapPainterTest.assertOverlapFree(drawn, view.getHeatmap().getWidth(),
                            view.getHeatmap().getHeight(), where);
                } catch (AssertionError e) {
                    problems.add(e.getMessage() + " (heatmap at least " + view.getHeatmap().getMinWidth() + "x"
                            + view.getHeatmap().getMinHeight() + ")");
                }
                if (CorrelationHeatmapPainterTest.names(drawn) != 2L * measures) {
                    problems.add(where + ": " + CorrelationHeatmapPainterTest.names(drawn) + " names drawn");
                }
                if (!view.getModel().headingProperty().get().equals(CorrelationHeatmapPainterTest.heading(drawn))) {
                    problems.add(where + ": title drawn as '" + CorrelationHeatmapPainterTest.heading(drawn) + "'");
                }
                robot.interact(() -> tableFits(view.getTable(), size[0] == 1280 && !large, !large, where, problems));
                robot.interact(() -> {
                    double right = view.localToScene(view.getBoundsInLocal()).getMaxX();
                    if (right > stage.getScene().getWidth() + 1) {
                        problems.add(where + ": the tab runs past the window's edge to " + right);
                    }
                });
            }
        }
        robot.interact(() -> menu.setLargeFonts(false));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Where {@code whole}, every shown column inside the visible width; otherwise at least the columns every user needs
     * (proxy, tau, rho, top 10 %, best-of-N), and a sideways scroll bar for the rest (none cut unseen).
     */
    private static void tableFits(TableView<?> table, boolean whole, boolean needed, String where,
                                  List<String> problems) {
        ScrollBar down = bar(table, Orientation.VERTICAL);
        double room = table.getWidth() - (down == null ? 0 : down.getWidth()) + 1;
        double all = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        double essential = table.getVisibleLeafColumns().subList(0, 5).stream().mapToDouble(TableColumn::getWidth)
                .sum();
        if (whole && all > room) {
            problems.add(where + ": the columns take " + all + " of the table's " + room + " px");
        }
        if (needed && essential > room) {
            problems.add(where + ": the needed columns take " + essential + " of the table's " + room + " px");
        }
        if (all > room && bar(table, Orientation.HORIZONTAL) == null) {
            problems.add(where + ": columns run past the edge without a scroll bar");
        }
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            if (c.getWidth() + 0.5 < c.getMinWidth()) {
                problems.add(where + ": a column narrower than its header's or values' width");
            }
        }
    }

    private static ScrollBar bar(TableView<?> table, Orientation o) {
        return table.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar b && b.getOrientation() == o
                && b.isVisible()).map(n -> (ScrollBar) n).findFirst().orElse(null);
    }
}
