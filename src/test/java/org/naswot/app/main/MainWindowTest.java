package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.lecture.LectureView;
import org.naswot.app.model.ScorePoint;
import org.naswot.data.DataDirectory;
import org.naswot.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window headlessly: score a sample, select a point, see the cell and kernel views follow. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private ExplorerViewModel vm;
    private MainWindow window;
    private Path db;

    @Start
    void start(Stage stage) throws Exception {
        db = Files.createTempDirectory("naswot-gui").resolve("results.sqlite");
        ScoreScatterModel model = new ScoreScatterModel();
        vm = new ExplorerViewModel(DataDirectory.resolve(SharedData.dataDir()), db, model);
        vm.sample.set(12);
        window = new MainWindow(vm, new ScoreScatter(model));
        stage.setScene(new Scene(window, 1300, 820));
        stage.show();
    }

    @Test
    void scoringStreamsIntoThePlotAndSelectionUpdatesTheViews(FxRobot robot) throws Exception {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> batch = (Spinner<Integer>) robot.lookup(".spinner").nth(0).query();
            batch.getValueFactory().setValue(16);
        });
        robot.clickOn("Score");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.running.get() || vm.status.get().startsWith("Scored"));
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> !vm.running.get());
        assertTrue(vm.status.get().startsWith("Scored 12 architectures"), vm.status.get());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.scatter().getModel().pointCountProperty().get() == 12);
        assertEquals(12, window.scatter().getModel().data().size());
        // the FX thread updates the list; read it there, not from the test thread
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> vm.runs.size()).get() == 1);
        assertTrue(Files.size(db) > 0);

        Point2D[] screen = new Point2D[1];
        robot.interact(() -> {
            ScorePoint target = window.scatter().getModel().data().plottedPoint(0);
            Point2D onCanvas = window.scatter().canvasPositionOf(target);
            screen[0] = window.scatter().getViewer().getCanvas().localToScreen(onCanvas);
        });
        robot.clickOn(screen[0]);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.scatter().selectedProperty().get() != null);
        ScorePoint selected = window.scatter().selectedProperty().get();
        assertNotNull(window.cellDiagram().graphProperty().get(), "the cell diagram shows the selected cell");
        assertTrue(window.cellDiagram().titleProperty().get().contains("#" + selected.index()));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.heatmap().kernelProperty().get() != null
                && window.lecturePane().getCenter() instanceof LectureView);
        double[][] k = window.heatmap().kernelProperty().get().k();
        assertEquals(16, k.length, "one row per image of the batch");
        assertEquals(k[0][0], k[5][5]);
        assertTrue(window.heatmap().kernelProperty().get().title().contains(selected.arch()));

        // reopening the stored run brings every point back from the database
        robot.interact(() -> vm.show(vm.runs.get(0)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.status.get().startsWith("Showing run")
                && window.scatter().getModel().pointCountProperty().get() == 12);
        assertTrue(vm.status.get().contains("12 architectures"), vm.status.get());
    }
}
