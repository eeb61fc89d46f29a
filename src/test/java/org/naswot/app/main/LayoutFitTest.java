package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
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
 * Every tab at 1280x820 and 1024x700, with and without Large fonts: no button, header or label is cut to an ellipsis
 * (review N5, N12, N19 and the partly fixed layout items).
 */
@ExtendWith(ApplicationExtension.class)
class LayoutFitTest {
    private MainWindow window;
    private Stage stage;
    private AppMenu menu;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ScoreScatterModel model = new ScoreScatterModel();
        ShownWindow shown = ShownWindow.show(stage, ShownWindow.empty("naswot-layout", model), model, 1280, 820);
        window = shown.window();
        menu = shown.menu();
    }

    @Test
    void noTabCutsItsTextAtEitherSizeOrFontSize(FxRobot robot) {
        List<String> elided = new ArrayList<>();
        for (boolean large : new boolean[] {false, true}) {
            for (int[] size : new int[][] {{1280, 820}, {1024, 700}}) {
                for (int tab = 0; tab < window.tabs().getTabs().size(); tab++) {
                    int t = tab;
                    robot.interact(() -> {
                        menu.setLargeFonts(large);
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                        window.tabs().getSelectionModel().select(t);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> {
                        window.applyCss();
                        window.layout();
                        String where = (large ? "large fonts, " : "") + size[0] + "x" + size[1] + ", tab "
                                + window.tabs().getTabs().get(t).getText();
                        collect(window, where, elided);
                    });
                }
            }
        }
        assertTrue(elided.isEmpty(), elided.size() + " cut texts:\n" + String.join("\n", elided));
        // Large fonts enlarges the charts too (review N12)
        robot.interact(() -> menu.setLargeFonts(true));
        assertTrue(window.scatter().getChartStyle().fontScale() > 1.4, "chart font scale with Large fonts");
        robot.interact(() -> menu.setLargeFonts(false));
        assertTrue(window.scatter().getChartStyle().fontScale() < 1.1, "and back");
    }

    /** Visible Labeled controls whose skin shows less than their text (ends with the ellipsis). */
    private static void collect(Node node, String where, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(l.getText())
                        && shown.getText().endsWith(l.getEllipsisString())) {
                    out.add(where + ": '" + l.getText() + "' shown as '" + shown.getText() + "' ("
                            + l.getClass().getSimpleName() + ")");
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, where, out);
            }
        }
    }
}
