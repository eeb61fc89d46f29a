package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.theme.Shortcuts;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The View menu and the status line as the hands-on review walked them: the menu's Large fonts enlarges the charts as
 * Ctrl+L does, its items show their shortcuts, and the status text starts at the window's edge while nothing runs.
 */
@ExtendWith(ApplicationExtension.class)
class ViewMenuFxTest {
    private MainWindow window;
    private AppMenu menu;
    private ExplorerViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        Path tmp = Files.createTempDirectory("naswot-view-menu");
        ScoreScatterModel model = new ScoreScatterModel();
        vm = new ExplorerViewModel(new DataDirectory(tmp.resolve("data")), tmp.resolve("r.sqlite"), model);
        ShownWindow shown = ShownWindow.show(stage, vm, model, 1280, 820);
        window = shown.window();
        menu = shown.menu();
    }

    /** The review found View ▸ Large fonts growing the controls only; Ctrl+L grew the charts too. */
    @Test
    void largeFontsFromTheMenuEnlargesTheChartsAsTheShortcutDoes(FxRobot robot) {
        assertTrue(window.scatter().getChartStyle().fontScale() < 1.1, "normal size at the start");
        robot.clickOn("View").clickOn("Large fonts (projection)");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(menu.isLargeFonts());
        assertTrue(window.scatter().getChartStyle().fontScale() > 1.4, "the chart's fonts follow the menu");
        robot.clickOn("View").clickOn("Large fonts (projection)");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.scatter().getChartStyle().fontScale() < 1.1, "and back");
    }

    /** Dark theme and Large fonts show the keys the F1 sheet lists for them (the review saw none in the menu). */
    @Test
    void theViewMenuShowsTheRegisteredShortcuts(FxRobot robot) {
        Shortcuts registry = Shortcuts.standard();
        Menu view = ((MenuBar) window.getTop()).getMenus().stream().filter(m -> m.getText().equals("View"))
                .findFirst().orElseThrow();
        assertEquals(registry.find("theme.toggle").orElseThrow().keys().get(0), item(view, "Dark theme").getAccelerator());
        assertEquals(registry.find("fonts.large").orElseThrow().keys().get(0),
                item(view, "Large fonts (projection)").getAccelerator());
        // one press toggles once, whichever accelerator the scene holds for the keys
        robot.interact(() -> window.getScene().getAccelerators()
                .get(registry.find("theme.toggle").orElseThrow().keys().get(0)).run());
        assertTrue(menu.isDark());
    }

    /** While nothing runs the hidden progress bar takes no room: the status text starts at the bar's padding. */
    @Test
    void theStatusTextStartsAtTheLeftWhileNothingRuns(FxRobot robot) {
        robot.interact(() -> vm.status.set("Showing run 1 (60 architectures, reference counting, seed 1)."));
        WaitForAsyncUtils.waitForFxEvents();
        Node bar = robot.lookup(".status-bar").query();
        Label status = (Label) ((javafx.scene.Parent) bar).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label).findFirst().orElseThrow();
        double left = status.getBoundsInParent().getMinX();
        assertTrue(left <= 20, "the status text starts " + left + " px into the bar");
    }

    private static MenuItem item(Menu menu, String text) {
        return menu.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }
}
