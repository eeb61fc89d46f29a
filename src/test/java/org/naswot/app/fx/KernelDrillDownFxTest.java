package org.naswot.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.geom.Point2D;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.kernel.KernelBatch;
import org.naswot.app.kernel.KernelHeatmap;
import org.naswot.app.theme.Theme;
import org.naswot.figures.kernel.HeatmapPainter;
import org.naswot.figures.model.KernelMatrix;
import org.naswot.figures.model.LectureData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Kernel drill-down (issue 29 §1): hovering K[i][j] shows its value and images i and j with their classes. */
@ExtendWith(ApplicationExtension.class)
class KernelDrillDownFxTest {
    private static final List<String> CLASSES = List.of("airplane", "automobile", "bird", "cat");
    /** K of four images; labels cat, bird, airplane, bird: ordering by class moves rows. */
    private static final double[][] K = {{40, 31, 12, 20}, {31, 40, 17, 25}, {12, 17, 40, 9}, {20, 25, 9, 40}};
    private static final int[] LABELS = {3, 2, 0, 2};
    private KernelHeatmap heatmap;

    @Start
    void start(Stage stage) {
        heatmap = new KernelHeatmap();
        Scene scene = new Scene(heatmap, 800, 600);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static LectureData batch() {
        int n = 4;
        float[] pixels = new float[n * 3 * 2 * 2];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i % 7) / 7f;
        }
        return new LectureData("a", pixels, n, 3, 2, 2, LABELS, CLASSES, new double[] {125, 122, 113},
                new double[] {63, 62, 66}, List.of(), List.of(), 0);
    }

    /** Moves the pointer over K[i][j] of the first panel and returns the card's text. */
    private String hoverOver(FxRobot robot, int i, int j) {
        WaitForAsyncUtils.waitForFxEvents();
        HeatmapPainter p = (HeatmapPainter) heatmap.getCanvas().getPainter();
        Point2D c = p.centreOf(0, i, j);
        assertNotNull(c, "the kernel was painted");
        assertEquals(new HeatmapPainter.Cell(0, i, j), p.cellAt(c.getX(), c.getY()));
        Bounds b = heatmap.getCanvas().localToScreen(heatmap.getCanvas().getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + c.getX(), b.getMinY() + c.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        return heatmap.hoverText();
    }

    @Test
    void hoveringACellShowsItsValueAndBothImagesWithTheirClasses(FxRobot robot) {
        robot.interact(() -> {
            heatmap.batchProperty().set(new KernelBatch(batch(), false));
            heatmap.show(new KernelMatrix("#1 selected", K, LABELS, CLASSES, Double.NaN));
        });
        assertEquals("K[1][3] = 25  (K/K[0][0] = 0.625)\nimage 1: bird\nimage 3: bird", hoverOver(robot, 1, 3));
        assertEquals("K[2][0] = 12  (K/K[0][0] = 0.300)\nimage 2: airplane\nimage 0: cat", hoverOver(robot, 2, 0));
        // ordered by class the rows move on screen, but the card still names the batch's images
        robot.interact(() -> heatmap.orderByClassProperty().set(true));
        assertEquals("K[0][2] = 12  (K/K[0][0] = 0.300)\nimage 0: cat\nimage 2: airplane", hoverOver(robot, 0, 2));
        robot.moveTo(heatmap.lookup(".toolbar-strip"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(heatmap.hoverText(), "off the matrix the card hides");
    }

    @Test
    void aNoiseBatchNamesNoiseImagesInsteadOfClasses(FxRobot robot) {
        robot.interact(() -> {
            heatmap.batchProperty().set(new KernelBatch(batch(), true));
            heatmap.show(new KernelMatrix("#1 selected", K, new int[] {-1, -1, -1, -1}, List.of(), Double.NaN));
        });
        assertEquals("K[3][1] = 25  (K/K[0][0] = 0.625)\nnoise image 3\nnoise image 1", hoverOver(robot, 3, 1));
    }
}
