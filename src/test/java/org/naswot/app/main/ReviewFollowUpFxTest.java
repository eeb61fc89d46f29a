package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.lecture.LectureView;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.figures.model.ScorePoint;
import org.naswot.run.SpaceContext;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer review's open items on the real main window over the built-in data: the Kernel and Lecture tabs say
 * what is being computed (m3), the last-viewed run comes back (m8), images and accuracy of different datasets are
 * warned about (m9).
 */
@ExtendWith(ApplicationExtension.class)
class ReviewFollowUpFxTest {
    private static final int ARCHITECTURES = 5;
    private ExplorerViewModel vm;
    private MainWindow window;
    private DataDirectory data;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("naswot-review");
        data = new DataDirectory(dir.resolve("data"));
        Path db = dir.resolve("results.sqlite");
        storeRun(db, 3);
        storeRun(db, 4);
        ScoreScatterModel model = new ScoreScatterModel();
        vm = new ExplorerViewModel(data, db, model);
        window = new MainWindow(vm, new ScoreScatter(model));
        Scene scene = window.scene(1280, 820);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** A stored NB201 run of five cells scored with batch seed {@code seed}. */
    private void storeRun(Path db, int seed) {
        SpaceContext ctx = SpaceContext.open("nb201", data);
        ScoringSettings s = new ScoringSettings("nb201", "cifar10", InputKind.DATASET, 16, seed, 1,
                ReluCounting.REFERENCE, "cpu", "0f".repeat(32));
        try (ResultStore store = ResultStore.open(db)) {
            long id = store.startRun(s, "seed " + seed, ARCHITECTURES);
            for (int k = 0; k < ARCHITECTURES; k++) {
                int index = 100 + 1000 * k;
                store.addScore(id, new ScoreResult("nb201", index, ctx.space().architecture(index).encoding(),
                        1000 + k, 1, 100_000, 0));
            }
            store.finishRun(id, org.naswot.store.RunStatus.FINISHED);
        }
    }

    private Label cellHint() {
        Node cell = window.tabs().getTabs().stream().filter(t -> t.getText().equals("Cell")).findFirst()
                .orElseThrow().getContent();
        return (Label) ((StackPane) cell).getChildren().get(1);
    }

    @Test
    void kernelAndLectureSayWhatIsComputedAndTheCellTabKeepsItsHint(FxRobot robot) throws Exception {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.Spinner<Integer> batch = (javafx.scene.control.Spinner<Integer>) robot
                    .lookup(".spinner").nth(0).query();
            batch.getValueFactory().setValue(16);
        });
        int index = 6111;
        String arch = SpaceContext.open("nb201", data).space().architecture(index).encoding();
        DetailPlaceholder kernel = window.detailViews().kernelPlaceholder();
        DetailPlaceholder lecture = window.detailViews().lecturePlaceholder();
        robot.interact(() -> {
            assertFalse(kernel.isBusy());
            assertTrue(kernel.text().startsWith("Click a point"), kernel.text());
            window.scatter().getModel().setSelected(new ScorePoint(index, arch, 1700, 93, 1_000_000));
            // not the "Click a point..." hint while the selected point's kernel is computed (review m3)
            assertTrue(kernel.isBusy() && kernel.isVisible(), "a spinner on the Kernel tab");
            assertEquals("Computing kernel of #6111\u2026", kernel.text());
            assertTrue(lecture.isBusy());
            assertEquals("Computing kernel of #6111\u2026", lecture.text());
            assertTrue(window.lecturePane().getCenter() == lecture);
        });
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> window.heatmap().kernelProperty().get() != null
                && window.lecturePane().getCenter() instanceof LectureView);
        robot.interact(() -> {
            assertFalse(kernel.isVisible(), "the kernel is drawn: no placeholder over it");
            assertFalse(kernel.isBusy() || lecture.isBusy(), "done: no spinner left behind");
            assertTrue(window.cellDiagram().figureProperty().get() != null);
            vm.space.set("nb101");
        });
        robot.interact(() -> {
            // after a space switch the Cell tab says what to do, it is not blank (review m3)
            assertNull(window.cellDiagram().figureProperty().get());
            assertTrue(cellHint().isVisible(), "the Cell tab's hint is shown");
            assertTrue(cellHint().getText().startsWith("Click a point"), cellHint().getText());
            assertTrue(kernel.isVisible() && !kernel.isBusy() && kernel.text().startsWith("Click a point"));
        });
    }

    @Test
    void theLastViewedRunIsShownAgainWithItsListSelection(FxRobot robot) throws Exception {
        RunInfo[] asked = new RunInfo[1];
        robot.interact(() -> {
            assertEquals(2, vm.runList.runs.size());
            asked[0] = vm.runList.reopenLast(vm.runList.runs.get(0).id(), "nb201");
        });
        long first = vm.runList.runs.get(0).id();
        assertEquals(first, asked[0].id());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.asyncFx(() -> window.scatter().getModel().drainQueue()).get(5, TimeUnit.SECONDS);
            return window.scatter().getModel().pointCountProperty().get() == ARCHITECTURES;
        });
        robot.interact(() -> {
            assertEquals(first, vm.runList.shownRun.get().id(), "the chart shows the last-viewed run (review m8)");
            @SuppressWarnings("unchecked")
            ListView<RunInfo> list = (ListView<RunInfo>) robot.lookup(n -> n instanceof StoredRunsList).query();
            assertEquals(first, list.getSelectionModel().getSelectedItem().id(), "marked in the list");
            assertEquals(1, vm.seed.get(), "nobody clicked: the pickers keep their values (the run's seed is 3)");
            assertNull(vm.runList.reopenRequest.get(), "the request was taken");
        });
        // a deleted (or never saved) run: the newest run of the space; another space's run is left alone
        robot.interact(() -> {
            RunInfo newest = vm.runList.reopenLast(9999L, "nb201");
            assertEquals(vm.runList.runs.stream().mapToLong(RunInfo::id).max().orElseThrow(), newest.id());
            assertNull(vm.runList.reopenLast(first, "nb101"), "a run of another space does not change the pickers");
        });
    }

    @Test
    void imagesOfAnotherDatasetThanTheAccuracyAreWarnedAbout(FxRobot robot) {
        robot.interact(() -> {
            Label warning = (Label) robot.lookup(".accuracy-mismatch").query();
            assertFalse(warning.isVisible(), "CIFAR-10 images, CIFAR-10 accuracy: nothing to say");
            String column = vm.accuracyColumn.get();
            vm.dataset.set("cifar100");
            assertTrue(warning.isVisible(), "CIFAR-100 images against CIFAR-10 validation accuracy (review m9)");
            assertTrue(warning.getText().contains("Images are CIFAR-100, the accuracy is CIFAR-10's"),
                    warning.getText());
            assertEquals(column, vm.accuracyColumn.get(), "the user's choice stays");
            assertEquals("cifar100", vm.dataset.get());
            vm.accuracyColumn.set("cifar100_test_200ep_nats");
            assertFalse(warning.isVisible(), "matching again");
            vm.dataset.set("cifar10");
            assertTrue(warning.isVisible());
            vm.input.set(InputKind.NOISE);
            assertFalse(warning.isVisible(), "noise has no images to mismatch");
        });
    }
}
