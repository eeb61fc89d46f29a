package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.linked.ArchitectureDetailsPane;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.scatter.ScatterData;
import org.naswot.run.SpaceContext;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.service.ArchitectureTable;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.naswot.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Linked views (issue 29 §1) on the real main window with a stored run of 40 NB201 cells: a box on the scatter selects
 * the table's rows, a row rings its point, the details pane lists every accuracy column with ranks, the Proxies
 * comparison follows the selection.
 */
@ExtendWith(ApplicationExtension.class)
class LinkedViewsFxTest {
    private static final int ARCHITECTURES = 40;
    private ExplorerViewModel vm;
    private MainWindow window;
    private RunInfo run;
    private SpaceContext ctx;

    @Start
    void start(Stage stage) throws Exception {
        Path db = Files.createTempDirectory("naswot-linked").resolve("results.sqlite");
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        ctx = SpaceContext.open("nb201", data);
        run = syntheticRun(db);
        ScoreScatterModel model = new ScoreScatterModel();
        vm = new ExplorerViewModel(data, db, model);
        window = new MainWindow(vm, new ScoreScatter(model));
        Scene scene = window.scene(1280, 820);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Scores are the default accuracy plus k (distinct), synflow and flops stored for every cell. */
    private RunInfo syntheticRun(Path db) {
        ScoringSettings s = new ScoringSettings("nb201", "cifar10", InputKind.NOISE, 8, 1, 1, ReluCounting.REFERENCE,
                "cpu", "0f".repeat(32));
        String column = ctx.defaultAccuracyColumn();
        try (ResultStore store = ResultStore.open(db)) {
            long id = store.startRun(s, "synthetic", ARCHITECTURES);
            for (int k = 0; k < ARCHITECTURES; k++) {
                int index = 11 + 389 * k;
                String arch = ctx.space().architecture(index).encoding();
                double acc = ctx.accuracy(index, column);
                store.addScore(id, new ScoreResult("nb201", index, arch, 1000 + acc + k * 1e-3, 1, 100_000 + k, 0));
                store.addProxyValue(s, index, arch, "synflow", k, 0);
                store.addProxyValue(s, index, arch, "flops", 1e6 * (k + 1), 0);
            }
            return store.requireRun(id);
        }
    }

    private void showRun(FxRobot robot) throws Exception {
        robot.interact(() -> vm.runList.show(run));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.asyncFx(() -> window.scatter().getModel().drainQueue()).get(5, TimeUnit.SECONDS);
            return window.scatter().getModel().pointCountProperty().get() == ARCHITECTURES
                    && window.architectureTable().getTable().getItems().size() == ARCHITECTURES;
        });
        // the chart lays itself out before its points have canvas positions
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Point2D[] p = new Point2D[1];
            robot.interact(() -> p[0] = window.scatter().canvasPositionOf(
                    window.scatter().getModel().data().plottedPoint(0)));
            return p[0] != null;
        });
    }

    @Test
    void theTableListsEveryColumnOfTheRun(FxRobot robot) throws Exception {
        showRun(robot);
        ArchitectureTable t = window.architectureTable().getModel().table();
        assertEquals(ARCHITECTURES, t.size());
        assertEquals(List.of("synflow"), t.columns(ArchitectureTable.Kind.PROXY).stream()
                .map(ArchitectureTable.Column::id).toList(), "stored proxies only; flops has its own column");
        assertEquals(1, t.columns(ArchitectureTable.Kind.FLOPS).size());
        // every accuracy column the NB201 table holds, read as the CLI reads them
        List<String> expected = ctx.descriptor().findBenchmark().orElseThrow().accuracyColumns();
        assertEquals(expected, t.columns(ArchitectureTable.Kind.ACCURACY).stream()
                .map(ArchitectureTable.Column::id).toList());
        int row = t.rowOf(11 + 389 * 5);
        for (String c : expected) {
            assertEquals(ctx.accuracy(11 + 389 * 5, c), t.column(c).values()[row], 1e-12, c);
        }
        // how many times each cell uses each NB201 operation, offered to colour and size the scatter as well
        ArchitectureTable.Column convs = t.column("# nor_conv_3x3");
        assertEquals(ArchitectureTable.Kind.OPERATIONS, convs.kind());
        String arch = t.arch(row);
        assertEquals(arch.split("nor_conv_3x3", -1).length - 1, convs.values()[row]);
        assertTrue(window.scatter().display().columns().contains("# nor_conv_3x3"));
        // index, architecture, then one column per numeric column
        assertEquals(2 + t.columns().size(), window.architectureTable().getTable().getColumns().size());

        // sorting by the score, descending, puts the best first and rank 1 on it
        TableView<Integer> table = window.architectureTable().getTable();
        robot.interact(() -> {
            var score = table.getColumns().get(2);
            score.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(score));
        });
        // the table's items are positions; shownRows says which row each shows
        List<Integer> shown = window.architectureTable().shownRows();
        int best = shown.get(0);
        assertEquals(1.0, t.column("rank").values()[best]);
        assertEquals(java.util.Arrays.stream(t.columns().get(0).values()).max().orElseThrow(),
                t.columns().get(0).values()[best]);
        int last = shown.get(shown.size() - 1);
        assertEquals(ARCHITECTURES, t.column("rank").values()[last]);
        assertEquals(0.0, t.column("percentile").values()[last]);

        // the search keeps the rows whose index is a word of it
        robot.interact(() -> window.architectureTable().searchField().setText(Integer.toString(11 + 389 * 7)));
        assertEquals(List.of(t.rowOf(11 + 389 * 7)), window.architectureTable().shownRows());
        robot.interact(() -> window.architectureTable().searchField().setText("nor_conv_3x3~0"));
        long withConv = java.util.stream.IntStream.range(0, t.size())
                .filter(r -> t.arch(r).contains("nor_conv_3x3~0")).count();
        assertEquals(withConv, table.getItems().size());
        assertTrue(withConv > 0 && withConv < ARCHITECTURES, "a real filter: " + withConv);
    }

    @Test
    void aBoxOnTheScatterSelectsTheTableRowsInsideIt(FxRobot robot) throws Exception {
        showRun(robot);
        ScoreScatter scatter = window.scatter();
        ScatterData d = scatter.getModel().data();
        // a box around the left half of the points (by canvas x): exactly those become the selection
        double[] xs = new double[d.plottedCount()];
        robot.interact(() -> {
            for (int i = 0; i < xs.length; i++) {
                xs[i] = scatter.canvasPositionOf(d.plottedPoint(i)).getX();
            }
        });
        double[] sorted = xs.clone();
        java.util.Arrays.sort(sorted);
        // a cut in the widest gap between neighbours in the middle half
        int gap = sorted.length / 4;
        for (int k = sorted.length / 4; k < 3 * sorted.length / 4; k++) {
            gap = sorted[k] - sorted[k - 1] > sorted[gap] - sorted[gap - 1] ? k : gap;
        }
        double cut = (sorted[gap - 1] + sorted[gap]) / 2;
        Set<Integer> expected = new HashSet<>();
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] < cut) {
                expected.add(d.plottedPoint(i).index());
            }
        }
        assertTrue(expected.size() >= 10 && expected.size() < ARCHITECTURES, "a real subset: " + expected.size());
        // the hover card names the point's stored proxies
        ScorePoint hovered = d.plottedPoint(5);
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = scatter.getViewer().getCanvas().localToScreen(scatter.canvasPositionOf(hovered)));
        robot.moveTo(at[0]);
        WaitForAsyncUtils.waitForFxEvents();
        ArchitectureTable table = window.architectureTable().getModel().table();
        // colour by and size by offer the same columns as the table (one source, not a second list)
        assertEquals(table.columns().stream().map(ArchitectureTable.Column::id).toList(), scatter.display().columns());
        String card = scatter.hoverText();
        assertNotNull(card);
        // the card's point (the nearest to the pointer: another may lie on top)
        int shownIndex = Integer.parseInt(card.substring(1, card.indexOf(' ')));
        int k = (int) table.column("synflow").values()[table.rowOf(shownIndex)];
        assertTrue(card.contains("synflow " + String.format(java.util.Locale.ROOT, "%.4g", (double) k))
                && card.contains("flops"), card);
        robot.interact(() -> scatter.brushBox(0, 0, cut, 5000));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, window.linkedSelection().indices());
        ArchitectureTable t = window.architectureTable().getModel().table();
        Set<Integer> selectedRows = new HashSet<>();
        List<Integer> shownNow = window.architectureTable().shownRows();
        window.architectureTable().getTable().getSelectionModel().getSelectedItems().forEach(p -> selectedRows.add(
                t.index(shownNow.get(p))));
        assertEquals(expected, selectedRows, "the table selects the same architectures");
        assertEquals(expected, scatter.getModel().brushedProperty().get(), "and the plot rings them");
        // the Proxies comparison is over the selection, and says so
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.proxiesView().getModel().comparisonProperty().get() != null
                        && window.proxiesView().getModel().comparisonProperty().get().qualities().get(0).n()
                        == expected.size());
        assertTrue(window.proxiesView().getModel().captionProperty().get().startsWith(
                "Over the " + expected.size() + " selected"), window.proxiesView().getModel().captionProperty().get());

        // Clear selection empties every view
        robot.interact(() -> window.linkedSelection().clear());
        assertTrue(window.architectureTable().getTable().getSelectionModel().getSelectedItems().isEmpty());
        assertTrue(scatter.getModel().brushedProperty().get().isEmpty());

        // a box drawn with the mouse, in the toolbar's "box select" mode: from the canvas's top left corner to a cut
        // between two points (positions read again: the layout may have moved since)
        robot.interact(() -> {
            scatter.dragModeProperty().set(org.naswot.app.explore.DragMode.BOX);
            for (int i = 0; i < xs.length; i++) {
                xs[i] = scatter.canvasPositionOf(d.plottedPoint(i)).getX();
            }
        });
        double[] again = xs.clone();
        java.util.Arrays.sort(again);
        // the widest gap between neighbours in the middle half, so whole-pixel rounding cannot move a point across
        int g = again.length / 4;
        for (int j = again.length / 4; j < 3 * again.length / 4; j++) {
            g = again[j] - again[j - 1] > again[g] - again[g - 1] ? j : g;
        }
        assertTrue(again[g] - again[g - 1] > 3, "a gap of a few pixels between the points: " + (again[g] - again[g - 1]));
        double mouseCut = (again[g - 1] + again[g]) / 2;
        Set<Integer> inMouseBox = new HashSet<>();
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] < mouseCut) {
                inMouseBox.add(d.plottedPoint(i).index());
            }
        }
        javafx.scene.canvas.Canvas canvas = scatter.getViewer().getCanvas();
        Point2D from = canvas.localToScreen(2, 2);
        Point2D to = canvas.localToScreen(mouseCut, canvas.getHeight() - 2);
        robot.moveTo(from).press(javafx.scene.input.MouseButton.PRIMARY).moveTo(to)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inMouseBox.size() >= 5 && inMouseBox.size() < ARCHITECTURES, "a real subset: " + inMouseBox.size());
        assertEquals(inMouseBox, window.linkedSelection().indices(), () -> "the mouse's box from " + from + " to "
                + to + " (canvas at " + canvas.localToScreen(0, 0) + ", cut " + mouseCut + ")");
    }

    @Test
    void aRowRingsItsPointAndTheDetailsPaneShowsEveryValueWithItsRank(FxRobot robot) throws Exception {
        showRun(robot);
        ArchitectureTable t = window.architectureTable().getModel().table();
        TableView<Integer> table = window.architectureTable().getTable();
        int index = 11 + 389 * 3;
        robot.interact(() -> {
            window.tabs().getSelectionModel().select(1);
            table.getSelectionModel().clearAndSelect(window.architectureTable().shownRows().indexOf(t.rowOf(index)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(index), window.scatter().getModel().brushedProperty().get(), "the point is ringed");
        assertEquals(Set.of(index), window.linkedSelection().indices());
        ArchitectureDetailsPane details = window.architectureDetails();
        assertEquals(index, details.shown());
        assertEquals("#" + index, details.titleLabel().getText());
        // one line per column; accuracies and proxies with their rank among the 40
        assertEquals(t.columns().size(), details.lines().size());
        for (String c : ctx.descriptor().findBenchmark().orElseThrow().accuracyColumns()) {
            double v = ctx.accuracy(index, c);
            long higher = java.util.stream.IntStream.range(0, t.size())
                    .filter(r -> t.column(c).values()[r] > v).count();
            ArchitectureDetailsPane.Line line = details.lines().stream().filter(l -> l.explanation().startsWith(c + ":"))
                    .findFirst().orElseThrow(() -> new AssertionError("no line for " + c));
            assertEquals(String.format(java.util.Locale.ROOT, "%.2f", v), line.value(), c);
            assertEquals(String.format(java.util.Locale.ROOT, "%,d of %,d", higher + 1, ARCHITECTURES), line.rank(), c);
        }
        ArchitectureDetailsPane.Line synflow = details.lines().stream().filter(l -> l.measure().equals("synflow"))
                .findFirst().orElseThrow();
        assertEquals("3.000", synflow.value());
        assertEquals((ARCHITECTURES - 3) + " of " + ARCHITECTURES, synflow.rank(), "synflow = k: 36 are higher");

        // a click on a point selects its row; Open in Cell shows it in the Cell tab
        ScorePoint p = window.scatter().getModel().data().plottedPoint(7);
        robot.interact(() -> window.scatter().getModel().setSelected(p));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(t.rowOf(p.index())), table.getSelectionModel().getSelectedItems().stream()
                .map(window.architectureTable().shownRows()::get).toList());
        assertEquals(p.index(), details.shown());
        robot.interact(() -> robot.lookup("Open in Cell").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Cell", window.tabs().getSelectionModel().getSelectedItem().getText());
        assertNotNull(window.cellDiagram().figureProperty().get(), "the cell's diagram");
        assertTrue(window.cellDiagram().titleProperty().get().startsWith("#" + p.index() + " "));
        // the search table marks nothing it does not hold
        assertFalse(window.searchView().markedRows() > 0);
    }
}
