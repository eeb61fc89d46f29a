package org.naswot.app.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.app.SyntheticData;
import org.naswot.app.theme.Theme;
import org.naswot.figures.kernel.HeatmapPainter;
import org.naswot.figures.model.LectureData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Review X7 and P6: autoplay's speed, the comparison with the lowest-scoring cell, slides, nothing cut. */
@ExtendWith(ApplicationExtension.class)
class LectureTeachingFxTest {
    /** An NB201 cell's string, as long as the header shows it. */
    private static final String ARCH = "|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|"
            + "nor_conv_1x1~1|nor_conv_3x3~2|";
    private static final LectureData GOOD = SyntheticData.lecture(ARCH, 16, 5, 2048, 1);
    private static final LectureData BAD = SyntheticData.lecture("|none~0|+|none~0|none~1|+|skip_connect~0|none~1|avg~2|",
            16, 3, 2048, 2, 4.0);
    private LectureView view;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        view = new LectureView(GOOD, BAD);
        Scene scene = new Scene(view, 1280, 820);
        Theme.LIGHT.applyTo(scene);
        s.setScene(scene);
        s.show();
    }

    @AfterEach
    void defaultSpeed() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> AutoplaySpeed.secondsProperty().set(AutoplaySpeed.DEFAULT_SECONDS)).get();
    }

    @Test
    void theChosenSpeedPacesAutoplay(FxRobot robot) throws Exception {
        LectureControls c = view.controlsExtras();
        robot.interact(() -> c.speed().setValue(10.0));
        assertEquals(10.0, AutoplaySpeed.secondsProperty().get(), "shared and saved with the preferences");
        robot.interact(() -> view.autoplayProperty().set(true));
        Thread.sleep(3500);
        assertEquals(0, view.getModel().indexProperty().get(), "10 s a step: still on the first after 3.5 s");
        robot.interact(() -> c.speed().setValue(1.0));
        WaitForAsyncUtils.waitFor(6, TimeUnit.SECONDS, () -> view.getModel().indexProperty().get() >= 3);
        robot.interact(() -> view.autoplayProperty().set(false));
    }

    @Test
    void theSpeedIsChosenWithTheKeyboard(FxRobot robot) {
        LectureControls c = view.controlsExtras();
        assertTrue(c.speed().isFocusTraversable());
        robot.interact(() -> c.speed().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(c.speed().isShowing(), "Space opens the choices");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5.0, AutoplaySpeed.secondsProperty().get(), "the choice after 2.5 s");
    }

    @Test
    void compareShowsBothKernelsAtTheSameStep(FxRobot robot) {
        LectureViewModel m = view.getModel();
        robot.interact(() -> m.indexProperty().set(2));
        assertEquals(LectureViewModel.Kind.KERNEL, m.current().kind());
        assertFalse(view.getCaption().contains("lowest-scoring"));
        assertFalse(view.controlsExtras().compare().isDisabled());
        robot.clickOn("Compare with lowest-scoring");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.compareProperty().get());
        String c = view.getCaption();
        assertTrue(c.contains("lowest-scoring cell, its ReLU layer 1 of 3"), c);
        assertTrue(c.contains(LectureViewModel.formatScore(BAD.logDet())), c);
        assertTrue(view.painterFor(m.current(), view.chartStyleProperty().get()) instanceof HeatmapPainter);
        robot.interact(m::last);
        assertTrue(view.getCaption().contains("its last layer"), view.getCaption());
    }

    @Test
    void withoutASecondCellThereIsNothingToCompare(FxRobot robot) {
        LectureView[] alone = new LectureView[1];
        robot.interact(() -> alone[0] = new LectureView(GOOD));
        assertTrue(alone[0].controlsExtras().compare().isDisabled());
    }

    @Test
    void nothingIsCutAtLargeFontsAtEitherSize(FxRobot robot) {
        robot.interact(() -> view.getModel().largeFontsProperty().set(true));
        List<String> elided = new ArrayList<>();
        for (int[] size : new int[][] {{1024, 700}, {1280, 820}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (int i = 0; i < view.getModel().stepCount(); i++) {
                int step = i;
                robot.interact(() -> view.getModel().indexProperty().set(step));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> view.layout());
                collect(view, size[0] + "x" + size[1] + " step " + (step + 1), elided);
            }
        }
        assertTrue(elided.isEmpty(), String.join("\n", elided));
    }

    @Test
    void slidesHaveOnePagePerStepWithItsCaption(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("slides.pdf");
        LectureControls c = view.controlsExtras();
        c.setSaveTarget((owner, name, ext) -> file);
        robot.clickOn(c.exportButton());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> c.slidesTask() != null && c.slidesTask().isDone()
                && !c.exportButton().isDisabled());
        assertTrue(c.status().startsWith("Saved " + view.getModel().stepCount() + " slides"), c.status());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<LectureViewModel.Step> steps = view.getModel().steps();
            assertEquals(steps.size(), pdf.getNumberOfPages());
            for (int p = 0; p < steps.size(); p++) {
                PDFTextStripper strip = new PDFTextStripper();
                strip.setStartPage(p + 1);
                strip.setEndPage(p + 1);
                String text = strip.getText(pdf).replaceAll("\\s+", " ");
                String caption = steps.get(p).caption();
                String start = caption.substring(0, 40);
                assertTrue(text.contains(start), "page " + (p + 1) + " lacks '" + start + "': " + text);
            }
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void aCancelledExportLeavesNoFile(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("slides.pdf");
        LectureSlides task = new LectureSlides(view.getModel(), new LectureFigures(GOOD, BAD), true, file);
        robot.interact(() -> task.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0) {
                task.cancel();
            }
        }));
        Thread worker = new Thread(task);
        worker.start();
        // the worker, not only the task: a cancelled task is done at once, its worker cleans up after
        worker.join(120_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(task.isCancelled());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "neither the PDF nor a part of it");
        }
        Path nowhere = dir.resolve("missing-folder").resolve("slides.pdf");
        LectureSlides failing = new LectureSlides(view.getModel(), new LectureFigures(GOOD, null), false, nowhere);
        failing.run();
        WaitForAsyncUtils.waitForFxEvents();
        Throwable[] failure = new Throwable[1];
        robot.interact(() -> failure[0] = failing.getException());
        assertNotEquals(null, failure[0], "a folder that is not there fails");
        assertFalse(Files.exists(nowhere));
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
                    out.add(where + ": '" + l.getText() + "' shown as '" + shown.getText() + "'");
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
