package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The settings column shows no horizontal scroll bar when its vertical one appears (it did as soon as the content was
 * taller than the window: the bar narrowed the viewport below the content), at 1280x820 and 1024x700, with and
 * without Large fonts.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsScrollFxTest {
    private MainWindow window;
    private Stage stage;
    private AppMenu menu;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ScoreScatterModel model = new ScoreScatterModel();
        ShownWindow shown = ShownWindow.show(stage, ShownWindow.empty("naswot-settings-scroll", model), model, 1280, 820);
        window = shown.window();
        menu = shown.menu();
    }

    private static boolean showing(ScrollPane pane, Orientation o) {
        for (Node n : pane.getChildrenUnmodifiable()) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == o && bar.isVisible()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void noHorizontalScrollBarBesideTheVerticalOne(FxRobot robot) {
        ScrollPane settings = (ScrollPane) window.getLeft();
        List<String> problems = new ArrayList<>();
        int vertical = 0;
        for (boolean large : new boolean[] {false, true}) {
            for (int[] size : new int[][] {{1280, 820}, {1024, 700}, {1024, 560}}) {
                robot.interact(() -> {
                    menu.setLargeFonts(large);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    window.applyCss();
                    window.layout();
                });
                String where = (large ? "large fonts, " : "") + size[0] + "x" + size[1];
                vertical += showing(settings, Orientation.VERTICAL) ? 1 : 0;
                if (showing(settings, Orientation.HORIZONTAL)) {
                    problems.add(where + ": horizontal scroll bar (content " + settings.getContent()
                            .getLayoutBounds().getWidth() + " px in a " + settings.getViewportBounds().getWidth()
                            + " px viewport)");
                }
            }
        }
        assertTrue(vertical > 0, "the vertical bar appeared at some size (else this test shows nothing)");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
