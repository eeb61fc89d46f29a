package org.naswot.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.SyntheticData;
import org.naswot.app.cell.CellDiagram;
import org.naswot.figures.export.CsvTable;
import org.naswot.app.kernel.KernelHeatmap;
import org.naswot.figures.model.KernelMatrix;
import org.naswot.figures.model.LectureData;
import org.naswot.app.theme.Shortcuts;
import org.naswot.app.theme.ShortcutsHelp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ComponentsFxTest {
    private KernelHeatmap heatmap;
    private CellDiagram cell;
    private Scene scene;

    @Start
    void start(Stage stage) {
        heatmap = new KernelHeatmap();
        cell = new CellDiagram();
        scene = new Scene(new HBox(heatmap, cell), 1200, 600);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void heatmapExportsTheNormalisedKernelInDisplayOrder(FxRobot robot) {
        LectureData d = SyntheticData.lecture("a", 8, 2, 32, 3);
        KernelMatrix k = new KernelMatrix("a", d.cumulativeKernels().get(1), d.labels(), d.classNames(), d.logDet());
        robot.interact(() -> {
            heatmap.show(k);
            heatmap.orderByClassProperty().set(true);
        });
        CsvTable t = heatmap.exportData();
        assertEquals(64, t.rows().size());
        int firstImage = Integer.parseInt(t.rows().get(0).get(4));
        int minLabel = java.util.Arrays.stream(d.labels()).min().orElseThrow();
        assertEquals(minLabel, d.labels()[firstImage], "row 0 is an image of the smallest label");
        assertEquals("1.0", t.rows().get(0).get(9), "diagonal normalised to 1");
        assertNotNull(heatmap.getCanvas().getPainter());
    }

    @Test
    void cellDiagramShowsNb201EdgesAsData(FxRobot robot) {
        String arch = "|nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|none~2|";
        robot.interact(() -> cell.show(org.naswot.spaces.nb201.Nb201Diagram.of(arch), arch));
        CsvTable t = cell.exportData();
        assertEquals(6, t.rows().size());
        assertEquals(List.of("0", "1", "0", "1", "", "", "nor_conv_3x3"), t.rows().get(0));
    }

    @Test
    void shortcutHelpListsEveryRegisteredShortcut(FxRobot robot) throws Exception {
        Shortcuts s = Shortcuts.standard();
        GridPane help = WaitForAsyncUtils.asyncFx(() -> ShortcutsHelp.content(s)).get();
        for (Shortcuts.Shortcut sc : s.all()) {
            Label key = (Label) help.getChildren().stream().filter(n -> ("shortcut-" + sc.id()).equals(n.getId()))
                    .findFirst().orElse(null);
            assertNotNull(key, sc.id());
            assertEquals(sc.displayText(), key.getText());
        }
        int installed = WaitForAsyncUtils.asyncFx(() -> s.install(scene, java.util.Map.of("help.shortcuts", () -> { },
                "lecture.next", () -> { }))).get();
        assertEquals(3, installed, "F1 plus two keys for next");
        assertTrue(scene.getAccelerators().containsKey(s.find("lecture.next").orElseThrow().keys().get(1)));
    }
}
