package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
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
 * Review P1 and N12 at 1024x700 with Large fonts: a long status message is shown whole (wrapped, not cut with "…")
 * while a short one keeps the bar one line high, and every tab's header lies within the tab strip (none in the
 * overflow menu).
 */
@ExtendWith(ApplicationExtension.class)
class StatusAndTabsFitFxTest {
    private static final String LONG = "Scored 20 architectures (18 computed, 2 from the cache) in 41 s; 3 kernels "
            + "were singular and rank lowest; the run is stored as run 12 in results.sqlite";
    private MainWindow window;
    private AppMenu menu;
    private ExplorerViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ScoreScatterModel model = new ScoreScatterModel();
        vm = ShownWindow.empty("naswot-status-tabs", model);
        ShownWindow shown = ShownWindow.show(stage, vm, model, 1024, 700);
        window = shown.window();
        menu = shown.menu();
    }

    private void largeAt1024() {
        menu.setLargeFonts(true);
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    @Test
    void aLongStatusIsShownWholeAndAShortOneKeepsTheBarOneLineHigh(FxRobot robot) {
        robot.interact(() -> {
            largeAt1024();
            vm.status.set("Ready.");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Parent bar = robot.lookup(".status-bar").query();
        double shortHeight = bar.getLayoutBounds().getHeight();
        robot.interact(() -> vm.status.set("Showing run 1."));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shortHeight, bar.getLayoutBounds().getHeight(), 0.5, "a short message does not move the layout");
        robot.interact(() -> vm.status.set(LONG));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.applyCss();
            window.layout();
        });
        Label status = (Label) bar.getChildrenUnmodifiable().stream().filter(n -> n instanceof Label).findFirst()
                .orElseThrow();
        Text shown = (Text) status.lookup(".text");
        assertEquals(LONG, shown.getText(), "the whole message, not cut with an ellipsis");
        Bounds text = shown.localToScene(shown.getLayoutBounds());
        assertTrue(text.getMaxY() <= stage.getScene().getHeight() + 0.5 && text.getMaxX() <= 1024.5,
                "within the window: " + text);
    }

    /**
     * At normal fonts every header fits; at Large fonts the strip scrolls with arrows shown, and each tab, selected,
     * has its whole header in sight (the pane's overflow menu hid the tabs after Lecture).
     */
    @Test
    void everyTabHeaderCanBeSeenAtLargeFontsAnd1024(FxRobot robot) {
        for (boolean large : new boolean[] {false, true}) {
            robot.interact(() -> {
                largeAt1024();
                menu.setLargeFonts(large);
            });
            settle(robot);
            TabStrip strip = window.tabStrip();
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) strip.getChildrenUnmodifiable()
                    .stream().filter(n -> n instanceof javafx.scene.control.ScrollPane).findFirst().orElseThrow();
            List<javafx.scene.control.ToggleButton> headers = robot.lookup(".tab-strip-button")
                    .queryAllAs(javafx.scene.control.ToggleButton.class).stream().toList();
            assertEquals(window.tabs().getTabs().size(), headers.size());
            if (!large) {
                assertTrue(!strip.scrolls(), "all fit at 13 px");
            }
            for (int i = 0; i < headers.size(); i++) {
                int t = i;
                robot.interact(() -> window.tabs().getSelectionModel().select(t));
                settle(robot);
                javafx.scene.control.ToggleButton header = headers.stream()
                        .filter(h -> h.getUserData() == window.tabs().getTabs().get(t)).findFirst().orElseThrow();
                assertTrue(header.isSelected(), "the strip follows the selection");
                for (javafx.scene.control.ToggleButton h : headers) {
                    Bounds hb = h.localToScene(h.getLayoutBounds());
                    Bounds vb = scroll.localToScene(scroll.getLayoutBounds());
                    if (hb.getMaxX() > vb.getMaxX() + 0.5 || hb.getMinX() < vb.getMinX() - 0.5) {
                        assertTrue(strip.scrolls(), h.getText() + " is out of sight and no arrows say so");
                    }
                }
                Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                Bounds b = header.localToScene(header.getLayoutBounds());
                assertTrue(b.getMinX() >= view.getMinX() - 0.5 && b.getMaxX() <= view.getMaxX() + 0.5,
                        (large ? "large fonts: " : "") + header.getText() + " at " + b.getMinX() + "-" + b.getMaxX()
                                + " outside " + view.getMinX() + "-" + view.getMaxX());
            }
        }
        // the arrows scroll: from the first tab, the last header comes into sight and a click selects it
        robot.interact(() -> window.tabs().getSelectionModel().select(0));
        settle(robot);
        if (!window.tabStrip().scrolls()) {
            return; // all eight fit beside the settings at this machine's font: nothing to scroll
        }
        javafx.scene.control.Button forward = robot.lookup(".tab-strip-arrow").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> b.getText().equals("\u25b6")).findFirst().orElseThrow();
        javafx.scene.control.ToggleButton last = robot.lookup(".tab-strip-button")
                .queryAllAs(javafx.scene.control.ToggleButton.class).stream()
                .filter(h -> h.getUserData() == window.tabs().getTabs().get(window.tabs().getTabs().size() - 1))
                .findFirst().orElseThrow();
        for (int i = 0; i < 4 && !forward.isDisabled(); i++) {
            robot.clickOn(forward);
            settle(robot);
        }
        assertTrue(forward.isDisabled(), "scrolled to the end");
        robot.clickOn(last);
        settle(robot);
        assertEquals(last.getText(), window.tabs().getSelectionModel().getSelectedItem().getText());
    }

    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.applyCss();
            window.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
