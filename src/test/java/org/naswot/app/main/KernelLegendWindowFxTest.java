package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.kernel.KernelHeatmap;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.figures.kernel.ClassLabelsTest;
import org.naswot.figures.model.KernelMatrix;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Kernel tab ordered by class names every class in full, nothing overlapping, at the canvas size the window gives
 * it at 1024x700 and 1280x820, with and without Large fonts (review m7: "a", "bi", "t" under the class blocks).
 */
@ExtendWith(ApplicationExtension.class)
class KernelLegendWindowFxTest {
    private MainWindow window;
    private Stage stage;
    private AppMenu menu;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ScoreScatterModel model = new ScoreScatterModel();
        ShownWindow shown = ShownWindow.show(stage, ShownWindow.empty("naswot-kernel-legend", model), model, 1024, 700);
        window = shown.window();
        menu = shown.menu();
    }

    @Test
    void everyClassIsNamedAtTheWindowsSizes(FxRobot robot) {
        KernelHeatmap heatmap = window.heatmap();
        KernelMatrix selected = ClassLabelsTest.kernel("#12  |nor_conv_3x3~0|+|none~0|nor_conv_1x1~1|+|skip_connect~0|"
                + "none~1|avg_pool_3x3~2|", 3);
        KernelMatrix lowest = ClassLabelsTest.kernel("#4 \u00b7 lowest  |none~0|+|none~0|none~1|+|none~0|none~1|"
                + "none~2|", 4);
        robot.interact(() -> {
            window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                    .filter(t -> "Kernel".equals(t.getText())).findFirst().orElseThrow());
            heatmap.orderByClassProperty().set(true);
            heatmap.showComparison(selected, lowest);
        });
        for (boolean large : new boolean[] {false, true}) {
            for (int[] size : List.of(new int[] {1024, 700}, new int[] {1280, 820})) {
                robot.interact(() -> {
                    menu.setLargeFonts(large);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                double w = heatmap.getCanvas().getWidth();
                double h = heatmap.getCanvas().getHeight();
                String where = (large ? "large fonts, " : "") + size[0] + "x" + size[1] + " (canvas " + w + "x" + h
                        + ")";
                assertTrue(w > 200 && h > 200, where + ": the kernel has room");
                ClassLabelsTest.assertReadable(ClassLabelsTest.paint(heatmap.painter(heatmap.chartStyleProperty()
                        .get()), w, h), w, h, where);
            }
        }
    }
}
