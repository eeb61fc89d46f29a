package org.naswot.app.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.cli.CliRunner;
import org.naswot.data.DataDirectory;
import org.naswot.run.SweepGrid;
import org.naswot.service.SweepService;
import org.naswot.store.ResultStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "New sweep…" has the protocol axis of {@code naswot sweep --protocol paper,vkdnw} (issue 29): Paper alone by default;
 * with VKDNW ticked too, the dialog's grid is the command's for the same axes, so Start continues the command's
 * finished sweep instead of queueing a second one, and the points it counts are the command's.
 */
@ExtendWith(ApplicationExtension.class)
class SweepFormProtocolFxTest {
    @TempDir
    static Path dir;
    private RunsView view;

    @Start
    void start(Stage stage) {
        view = new RunsView(new RunsViewModel(dir.resolve("r.sqlite"), DataDirectory.resolve(dir.resolve("data")),
                m -> { }), RunsView.defaults(List.of("nb201"), () -> "nb201", () -> "cifar10", List.of("cpu")));
        stage.setScene(new Scene(view, 1280, 820));
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void bothProtocolsMakeTheCommandsGridAndStartContinuesItsSweep(FxRobot robot) throws Exception {
        CliRunner.Result cli = CliRunner.run("sweep", "--space", "nb201", "--sample", "2", "--seeds", "1-2",
                "--batch-size", "8,16", "--protocol", "paper,vkdnw", "--data-dir", dir.resolve("data").toString(),
                "--db", dir.resolve("r.sqlite").toString(), "--json");
        assertEquals(0, cli.exitCode(), cli.err());
        int cliPoints = cli.lines().length - 1;
        assertEquals(6, cliPoints, "paper: 2 seeds x 2 batch sizes; vkdnw: 2 seeds at 64");
        SweepService sweeps = new SweepService(dir.resolve("r.sqlite"), DataDirectory.resolve(dir.resolve("data")));
        assertEquals(1, sweeps.sweeps().size());

        robot.clickOn("New sweep\u2026");
        CheckBox paper = robot.lookup("#sweep-protocol-paper").queryAs(CheckBox.class);
        CheckBox vkdnw = robot.lookup("#sweep-protocol-vkdnw").queryAs(CheckBox.class);
        assertTrue(paper.isSelected() && !vkdnw.isSelected(), "Paper alone by default");
        Spinner<Integer> sample = robot.lookup("#sweep-sample").queryAs(Spinner.class);
        robot.interact(() -> {
            sample.getValueFactory().setValue(2);
            robot.lookup("#sweep-seeds").queryAs(TextField.class).setText("1-2");
            robot.lookup("#sweep-batch-sizes").queryAs(TextField.class).setText("8,16");
        });
        Label points = robot.lookup("#sweep-points").queryAs(Label.class);
        assertTrue(points.getText().startsWith("4 points"), points.getText());
        robot.clickOn(vkdnw);
        assertTrue(points.getText().startsWith(cliPoints + " points (paper 4 + vkdnw 2"), points.getText());
        // neither ticked: nothing to start, and the form says what to do
        robot.clickOn(vkdnw).clickOn(paper);
        assertTrue(robot.lookup("Start sweep").queryButton().isDisabled());
        robot.clickOn(paper).clickOn(vkdnw);

        RunsViewModel m = view.getModel();
        robot.clickOn("Start sweep");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !m.sweepRunning.get());
        assertEquals(1, sweeps.sweeps().size(), "the dialog's grid is the command's: its sweep, continued");
        SweepGrid stored = SweepGrid.fromJson(sweeps.sweeps().get(0).gridJson());
        assertEquals(List.of("paper", "vkdnw"), stored.protocols().stream().map(p -> p.cliName()).toList());
        try (ResultStore store = ResultStore.openReadOnly(dir.resolve("r.sqlite"))) {
            assertEquals(cliPoints, store.runs().size(), "no point queued twice");
        }
        assertFalse(m.sweepRunning.get());
    }
}
