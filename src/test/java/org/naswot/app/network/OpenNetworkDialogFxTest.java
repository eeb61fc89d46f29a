package org.naswot.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.ScoringSession;
import org.naswot.score.ReluCounting;
import org.naswot.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Open network…'s window, headless: it scores the file in the background, then shows the score and K. */
@ExtendWith(ApplicationExtension.class)
class OpenNetworkDialogFxTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Label("main window"), 200, 100));
        stage.show();
    }

    private static Path fixture(String name) {
        return Paths.get(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
                .resolve("src/test/reference/onnx").resolve(name);
    }

    private static ScoringSession.Config settings() {
        return new ScoringSession.Config("nb201", "cifar10", InputKind.DATASET, 16, 1, 1, ReluCounting.REFERENCE, "cpu",
                null);
    }

    private OpenNetworkDialog open(FxRobot robot, String file) throws Exception {
        AtomicReference<OpenNetworkDialog> d = new AtomicReference<>();
        robot.interact(() -> d.set(OpenNetworkDialog.show(owner, fixture(file), settings(),
                DataDirectory.resolve(SharedData.dataDir()))));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !d.get().statusText().startsWith("Reading")
                && !d.get().statusText().startsWith("Computing") && !d.get().statusText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return d.get();
    }

    @Test
    void showsTheScoreHowReluNodesCountedAndTheKernel(FxRobot robot) throws Exception {
        OpenNetworkDialog d = open(robot, "small_cnn.onnx");
        assertTrue(d.statusText().startsWith("NASWOT score "), d.statusText());
        assertTrue(d.detailsText().contains("Relu nodes   4, each counted once"), d.detailsText());
        assertTrue(d.detailsText().contains("cifar10, 16 images"), d.detailsText());
        assertNotNull(d.kernel().kernelProperty().get());
        assertEquals(16, d.kernel().kernelProperty().get().size());
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(d.stage().getScene().getRoot().snapshot(null, null)));
        Path png = Paths.get(System.getProperty("basedir", ".")).resolve("target/open-network-dialog.png");
        Files.createDirectories(png.getParent());
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(shot.get(), null), "png", png.toFile());
        robot.interact(() -> d.stage().close());
    }

    @Test
    void aRefusedFileSaysWhyInOneLine(FxRobot robot) throws Exception {
        OpenNetworkDialog d = open(robot, "unsupported_op.onnx");
        assertTrue(d.statusText().startsWith("Not scored: ") && d.statusText().contains("Sigmoid"), d.statusText());
        assertTrue(d.detailsText().isEmpty());
        robot.interact(() -> d.stage().close());
    }
}
