package org.naswot.app.cell;

import org.naswot.figures.cell.NdsGenotypes;

import org.naswot.figures.cell.CellDiagramPainter;
import org.naswot.figures.cell.CellGraphs;
import org.naswot.figures.cell.CellPairPainter;
import org.naswot.figures.cell.StagePlanPainter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.theme.ChartStyle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Cell view, headless, showing the NDS figures: what it paints on screen and what it exports. */
@ExtendWith(ApplicationExtension.class)
class NdsCellDiagramFxTest {
    private CellDiagram cell;

    @Start
    void start(Stage stage) {
        cell = new CellDiagram();
        stage.setScene(new Scene(cell, 1000, 420));
        stage.show();
    }

    /** Pixels of the view's snapshot in columns [x0, x1) that differ from the background. */
    private int inked(FxRobot robot, double fromFraction, double toFraction) {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(cell.snapshot(null, null)));
        WritableImage img = shot.get();
        PixelReader px = img.getPixelReader();
        java.awt.Color bg = ChartStyle.LIGHT.background();
        int n = 0;
        for (int y = 0; y < (int) img.getHeight(); y++) {
            for (int x = (int) (img.getWidth() * fromFraction); x < (int) (img.getWidth() * toFraction); x++) {
                Color c = px.getColor(x, y);
                if (Math.abs(c.getRed() * 255 - bg.getRed()) + Math.abs(c.getGreen() * 255 - bg.getGreen())
                        + Math.abs(c.getBlue() * 255 - bg.getBlue()) > 24) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void dartsNetworkShowsBothCellsAndExportsTheirEdges(FxRobot robot) {
        robot.interact(() -> {
            cell.figureProperty().set(org.naswot.spaces.ArchitectureDiagrams.of("nds:DARTS", NdsGenotypes.DARTS_V2).orElseThrow());
            cell.titleProperty().set("DARTS_V2");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertInstanceOf(CellPairPainter.class, cell.getCanvas().getPainter());
        assertTrue(inked(robot, 0.02, 0.45) > 3000, "the normal cell is drawn on the left");
        assertTrue(inked(robot, 0.55, 0.98) > 3000, "the reduction cell is drawn on the right");
        CsvTable t = cell.exportData();
        assertEquals("cell", t.header().get(0));
        assertEquals(2 * (8 + 4), t.rows().size(), "per cell 8 ops and 4 concatenated states");
        assertEquals(List.of("reduction", "0", "2", CellGraphs.PREVIOUS_PREVIOUS, "0", "", "", "max_pool_3x3"),
                t.rows().get(12));
    }

    @Test
    void anyNetShowsItsStagesAndSpaceSwitchesBack(FxRobot robot) {
        robot.interact(() -> cell.figureProperty().set(
                org.naswot.spaces.ArchitectureDiagrams.of("nds:ResNeXt-A", NdsGenotypes.RESNEXT_A).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertInstanceOf(StagePlanPainter.class, cell.getCanvas().getPainter());
        assertTrue(inked(robot, 0.4, 0.6) > 1000, "the middle stage is drawn");
        CsvTable t = cell.exportData();
        assertEquals(List.of("stage 2", "stage", "1 block; width 64; stride 2; bottleneck \u00d70.5; 8 groups"),
                t.rows().get(2));
        String arch = "|nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|none~2|";
        robot.interact(() -> cell.show(org.naswot.spaces.nb201.Nb201Diagram.of(arch), arch));
        assertInstanceOf(CellDiagramPainter.class, cell.getCanvas().getPainter());
    }
}
