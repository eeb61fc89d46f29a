package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.SpaceContext;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.score.WeightSeeds;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.naswot.store.RunStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * NB301's Accuracy picker (review N25): below the surrogate's prediction, Suite-Zero's published proxy columns under a
 * heading that says they are no accuracies; choosing one plots it with the descriptor's words on the axis and the
 * heading, no "%".
 */
@ExtendWith(ApplicationExtension.class)
class Nb301PublishedProxiesFxTest {
    private static final String SECTION = "Published proxy values (Suite-Zero, not accuracies)";
    private static final String KIND = "Suite-Zero's published nwot (not an accuracy)";
    private ExplorerViewModel vm;
    private ScoreScatterModel model;
    private RunInfo run;

    @Start
    void start(Stage stage) throws Exception {
        Path tmp = Files.createTempDirectory("naswot-nb301-proxies");
        DataDirectory data = new DataDirectory(tmp.resolve("data"));
        SpaceContext ctx = SpaceContext.open("nb301", data);
        try (ResultStore store = ResultStore.open(tmp.resolve("r.sqlite"))) {
            long id = store.startRun(new ScoringSettings("nb301", "cifar10", InputKind.DATASET, 16, 1, 1,
                    ReluCounting.REFERENCE, "cpu", "digest", WeightSeeds.ARCHITECTURE), "nb301", 12);
            for (int i = 0; i < 12; i++) {
                store.addScore(id, new ScoreResult("nb301", i, ctx.space().architecture(i).encoding(), 100 + i * 7 % 5,
                        10, 1000, 0.1));
            }
            store.finishRun(id, RunStatus.FINISHED);
            run = store.runs().get(0);
        }
        model = new ScoreScatterModel();
        vm = new ExplorerViewModel(data, tmp.resolve("r.sqlite"), model);
        ShownWindow.show(stage, vm, model, 1280, 820);
    }

    @Test
    void thePickerOffersSuiteZerosColumnsUnderTheirHeadingAndPlotsOneAsNoAccuracy(FxRobot robot) throws Exception {
        robot.interact(() -> vm.space.set("nb301"));
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#accuracy-picker").queryAs(ComboBox.class);
        List<String> items = List.copyOf(picker.getItems());
        assertEquals("val_accuracy", items.get(0), items.toString());
        assertEquals(SECTION, items.get(1), "the published columns come under their own heading: " + items);
        assertTrue(items.subList(2, items.size()).stream().allMatch(c -> c.startsWith("suite_zero_")), items.toString());
        assertTrue(items.contains("suite_zero_nwot") && items.contains("suite_zero_synflow"), items.toString());
        // a heading is no column: choosing it leaves the choice as it was
        robot.interact(() -> picker.setValue(SECTION));
        assertEquals("val_accuracy", vm.accuracyColumn.get());

        robot.interact(() -> vm.runList.show(run));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.yLabelProperty().get().startsWith("surrogate"));
        robot.clickOn(picker);
        Node heading = robot.lookup(".picker-section").query();
        assertTrue(heading.isDisabled(), "the heading cannot be chosen");
        robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && "suite_zero_nwot".equals(c.getItem())).queryAs(Node.class));
        assertEquals("suite_zero_nwot", vm.accuracyColumn.get());
        assertEquals(KIND, ((javafx.scene.control.ListCell<?>) picker.getButtonCell()).getText(),
                "the closed picker says it is no accuracy");
        javafx.scene.control.Label note = robot.lookup(".published-values-note").queryAs(javafx.scene.control.Label.class);
        assertTrue(note.isVisible() && note.getText().equals("y: " + KIND), "in full under it: " + note.getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> KIND.equals(model.yLabelProperty().get()));
        assertTrue(model.headingProperty().get().endsWith("vs " + KIND), model.headingProperty().get());
        assertFalse(model.yLabelProperty().get().contains("%"), "published values are no percentages");
        assertEquals(KIND, model.figure().toCsv().header().get(3));
        vm.shutdown();
    }
}
