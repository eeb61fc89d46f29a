package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.theme.Shortcuts;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.figures.model.ScorePoint;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's keys at 1024 px (review X9, P8): F1 lists the scatter's history and arrow keys and the settings
 * toggle, the arrow keys pan the focused scatter one history step per press, and Ctrl+B folds the settings away.
 */
@ExtendWith(ApplicationExtension.class)
class ShellKeysFxTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        ScoreScatterModel model = new ScoreScatterModel();
        window = ShownWindow.show(stage, ShownWindow.empty("naswot-shell-keys", model), model, 1024, 700).window();
    }

    @Test
    void f1ListsTheZoomHistoryKeysTheArrowKeysAndTheSettingsToggle(FxRobot robot) {
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Shortcuts registry = Shortcuts.standard();
        for (String id : List.of("scatter.back", "scatter.forward", "scatter.pan-keys", "view.settings-panel")) {
            Label keys = robot.lookup((Node n) -> ("shortcut-" + id).equals(n.getId())).queryAs(Label.class);
            assertEquals(registry.find(id).orElseThrow().displayText(), keys.getText(), id);
        }
        assertEquals(List.of(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN)),
                registry.find("scatter.back").orElseThrow().keys());
        assertTrue(registry.find("scatter.pan-keys").orElseThrow().description().contains("Shift"));
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void anArrowPressPansTheFocusedScatterByATenthAndIsOneHistoryStep(FxRobot robot) throws Exception {
        ScoreScatter scatter = window.scatter();
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            points.add(new ScorePoint(i, "a" + i, 1000 + 10 * i, 60 + 0.5 * i, 100_000L, ""));
        }
        robot.interact(() -> scatter.appendAll(points));
        robot.interact(() -> scatter.getViewer().getCanvas().requestFocus());
        ValueAxis x = scatter.getChart().getXYPlot().getDomainAxis();
        Range before = x.getRange();
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        Range after = x.getRange();
        assertEquals(before.getLowerBound() + 0.1 * before.getLength(), after.getLowerBound(), 1e-6 * before.getLength(),
                "Right slides the x range by a tenth");
        assertEquals(before.getLength(), after.getLength(), 1e-6 * before.getLength());
        robot.push(KeyCode.SHIFT, KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after.getLowerBound() - 0.5 * after.getLength(), x.getRange().getLowerBound(),
                1e-6 * before.getLength(), "Shift+Left slides it back by half");
        Range yBefore = scatter.getChart().getXYPlot().getRangeAxis().getRange();
        robot.push(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scatter.getChart().getXYPlot().getRangeAxis().getRange().getLowerBound() > yBefore.getLowerBound(),
                "Up shows larger y");
        robot.interact(() -> assertTrue(scatter.zoomBack()));
        robot.interact(() -> assertTrue(scatter.zoomBack()));
        assertEquals(after, x.getRange(), "one step back per press");
        robot.interact(() -> assertTrue(scatter.zoomBack()));
        assertTrue(x.isAutoRange(), "back to the view before the first press");
    }

    @Test
    void ctrlBHidesTheSettingsPanelAndTheTabsTakeItsWidth(FxRobot robot) {
        Node settings = window.getLeft();
        double wide = window.tabs().getWidth();
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(settings.isVisible(), "hidden");
        double wider = window.tabs().getWidth();
        assertTrue(wider > wide + 150, "the tabs grew from " + wide + " to " + wider + " px");
        robot.clickOn("View").clickOn("Hide settings panel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(settings.isVisible(), "the menu item shows it again");
        assertEquals(wide, window.tabs().getWidth(), 1.0);
    }
}
