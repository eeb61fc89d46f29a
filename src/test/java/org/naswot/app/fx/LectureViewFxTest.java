package org.naswot.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.SyntheticData;
import org.naswot.app.lecture.LectureView;
import org.naswot.app.lecture.LectureViewModel;
import org.naswot.app.theme.Shortcuts;
import org.naswot.app.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LectureViewFxTest {
    private LectureView view;

    @Start
    void start(Stage stage) {
        view = new LectureView(SyntheticData.lecture("|nor_conv_3x3~0|+|none~0|none~1|+|skip_connect~0|none~1|none~2|", 16, 3, 64, 1));
        Scene scene = new Scene(view, 1000, 700);
        Theme.LIGHT.applyTo(scene);
        LectureViewModel m = view.getModel();
        Shortcuts.standard().install(scene, java.util.Map.of("lecture.next", m::next, "lecture.previous", m::previous,
                "lecture.first", m::first, "lecture.last", m::last));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void nextAndPreviousButtonsStepThroughTheCaptions(FxRobot robot) {
        String first = view.getCaption();
        assertTrue(first.contains("16 images"), first);
        assertTrue(view.previousButton().isDisabled());
        robot.clickOn(view.nextButton());
        WaitForAsyncUtils.waitForFxEvents();
        String second = view.getCaption();
        assertNotEquals(first, second);
        assertTrue(second.contains("white where the unit's input is positive"), second);
        robot.clickOn(view.nextButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getCaption().contains("K[i][j] counts"), view.getCaption());
        robot.clickOn(view.previousButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second, view.getCaption());
    }

    @Test
    void stepsCoverEveryLayerAndEndWithTheScore(FxRobot robot) {
        LectureViewModel m = view.getModel();
        assertEquals(1 + 1 + 3 + 1, m.stepCount());
        robot.interact(m::last);
        assertEquals(LectureViewModel.Kind.SCORE, m.current().kind());
        assertTrue(view.getCaption().contains(String.format(java.util.Locale.ROOT, "%.2f", m.data().logDet())));
        assertTrue(view.nextButton().isDisabled());
        robot.interact(() -> m.indexProperty().set(99));
        assertEquals(m.stepCount() - 1, m.indexProperty().get(), "clamped");
    }

    @Test
    void keyboardShortcutsFromTheRegistryStep(FxRobot robot) {
        robot.clickOn(view.getCanvas());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.getModel().indexProperty().get());
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(view.getModel().stepCount() - 1, view.getModel().indexProperty().get());
    }

    @Test
    void largeFontsToggleTheRootStyleClass(FxRobot robot) {
        robot.clickOn("Large fonts");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getStyleClass().contains(Theme.LARGE_FONTS));
        assertTrue(view.getModel().largeFontsProperty().get());
    }

    /** Autoplay steps through on its own and stops at the score. */
    @org.junit.jupiter.api.Test
    void autoplayAdvancesUntilTheScore(org.testfx.api.FxRobot robot) throws Exception {
        robot.interact(() -> view.getModel().indexProperty().set(view.getModel().stepCount() - 2));
        robot.interact(() -> view.autoplayProperty().set(true));
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> view.getModel().indexProperty().get() == view.getModel().stepCount() - 1);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !view.autoplayProperty().get());
        org.junit.jupiter.api.Assertions.assertEquals(view.getModel().stepCount() - 1,
                view.getModel().indexProperty().get(), "it stops at the score");
    }
}
