package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.run.SpaceContext;
import org.naswot.store.RunInfo;
import org.naswot.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After the space picker moves on, the chart keeps the run it shows (a setting change does not discard it) and the
 * status says that run is of another space, instead of an unqualified "Showing run N" (review N15).
 */
@ExtendWith(ApplicationExtension.class)
class ShownRunSpaceFxTest {
    private ExplorerViewModel vm;
    private MainWindow window;
    private RunInfo run;
    private RunInfo other;

    @Start
    void start(Stage stage) throws Exception {
        Path db = Files.createTempDirectory("naswot-shownspace").resolve("results.sqlite");
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        SpaceContext ctx = SpaceContext.open("nb201", data);
        other = ExportAllFxTest.syntheticRun(db, ctx, 2);
        run = ExportAllFxTest.syntheticRun(db, ctx, 1);
        ScoreScatterModel model = new ScoreScatterModel();
        vm = new ExplorerViewModel(data, db, model);
        window = new MainWindow(vm, new ScoreScatter(model));
        Scene scene = window.scene(1280, 820);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private int points() {
        return window.scatter().getModel().pointCountProperty().get();
    }

    @Test
    void theStatusNamesTheShownRunsSpaceAfterASpaceSwitch(FxRobot robot) throws Exception {
        robot.interact(() -> vm.runList.show(run));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.status.get().startsWith("Showing run " + run.id())
                && points() == ExportAllFxTest.ARCHITECTURES);
        assertTrue(vm.status.get().startsWith("Showing run " + run.id() + " (nb201, "), vm.status.get());
        assertFalse(vm.status.get().contains("not the chosen space"), vm.status.get());

        robot.interact(() -> vm.space.set("nb101"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(run, vm.runList.shownRun.get(), "the run stays on show");
        assertEquals(ExportAllFxTest.ARCHITECTURES, points(), "and so do its points");
        assertTrue(vm.status.get().startsWith("Showing run " + run.id() + " (nb201, ")
                && vm.status.get().endsWith("\u2014 not the chosen space (nb101)."), vm.status.get());

        robot.interact(() -> vm.space.set("nb201"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.status.get().startsWith("Showing run " + run.id() + " (nb201, ")
                && !vm.status.get().contains("not the chosen space"), "back on its space: " + vm.status.get());

        // runs shown together say the same of their space
        robot.interact(() -> vm.runList.showTogether(List.of(other, run)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.status.get().startsWith("Showing 2 runs"));
        robot.interact(() -> vm.space.set("nb101"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.status.get().startsWith("Showing 2 runs together (nb201)")
                && vm.status.get().endsWith("not the chosen space (nb101)."), vm.status.get());
        // another message is not rewritten by a switch
        robot.interact(() -> {
            vm.status.set("Saved the figure to /tmp/x.pdf.");
            vm.space.set("nb201");
        });
        assertEquals("Saved the figure to /tmp/x.pdf.", vm.status.get());
    }
}
