package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.theme.Theme;
import org.naswot.cli.CliRunner;
import org.naswot.data.DataDirectory;
import org.naswot.score.ScoringProtocol;
import org.naswot.service.RunHistory;
import org.naswot.store.RunInfo;
import org.naswot.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Same numbers everywhere: three NB201 cells scored in the window under the VKDNW protocol have the scores
 * {@code naswot score-space --protocol vkdnw --protocol-seeds 1} gives them for the same seed, to the last digit. The
 * protocol picker shows the batch it fixes (the batch picker at 64, disabled, with a note; the user's size back with
 * Paper), the run is stored with its protocol, and selecting the run sets the picker to it.
 */
@ExtendWith(ApplicationExtension.class)
class ProtocolAgreementFxTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private ExplorerViewModel vm;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("naswot-protocol-window");
        ScoreScatterModel model = new ScoreScatterModel();
        vm = new ExplorerViewModel(DataDirectory.resolve(SharedData.dataDir()), dir.resolve("window.sqlite"), model);
        vm.sample.set(3);
        ShownWindow.show(stage, vm, model, 1300, 820);
    }

    @Test
    void windowScoresUnderVkdnwEqualScoreSpaces(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ChoiceBox<ScoringProtocol> picker = (ChoiceBox<ScoringProtocol>) robot.lookup("#protocol-picker").query();
        @SuppressWarnings("unchecked")
        Spinner<Integer> batch = (Spinner<Integer>) robot.lookup(".spinner").nth(0).query();
        Label note = robot.lookup("#protocol-batch-note").queryAs(Label.class);
        robot.interact(() -> {
            assertEquals(ScoringProtocol.PAPER, picker.getValue());
            assertTrue(picker.getTooltip().getText().contains("batch 64"), picker.getTooltip().getText());
            batch.getValueFactory().setValue(32);
            picker.setValue(ScoringProtocol.VKDNW);
        });
        robot.interact(() -> {
            assertEquals(64, batch.getValue(), "the protocol's batch, shown");
            assertTrue(batch.isDisabled());
            assertTrue(note.isVisible() && note.getText().contains("64") && note.getText().contains("32"),
                    note.getText());
            assertEquals(64, vm.settings().scoredBatchSize());
            picker.setValue(ScoringProtocol.PAPER);
        });
        robot.interact(() -> {
            assertEquals(32, batch.getValue(), "the user's own batch size comes back with Paper");
            assertFalse(batch.isDisabled());
            assertFalse(note.isVisible());
            picker.setValue(ScoringProtocol.VKDNW);
        });
        robot.clickOn("Score");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.running.get() || vm.status.get().startsWith("Scored"));
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !vm.running.get());
        assertTrue(vm.status.get().startsWith("Scored 3 architectures"), vm.status.get());

        RunHistory history = new RunHistory(dir.resolve("window.sqlite"), DataDirectory.resolve(SharedData.dataDir()));
        List<RunInfo> runs = history.runs();
        assertEquals(1, runs.size());
        RunInfo run = runs.get(0);
        assertEquals(ScoringProtocol.VKDNW, run.settings().protocol());
        assertEquals(64, run.settings().batchSize());
        assertTrue(RunListText.of(run, null).contains("vkdnw protocol"), RunListText.of(run, null));
        Map<Integer, Double> window = new HashMap<>();
        history.points(run, "cifar10valid_valid_200ep_nb201v10", RunHistory.NWOT).points()
                .forEach(p -> window.put(p.index(), p.x()));

        CliRunner.Result cli = CliRunner.run("score-space", "--space", "nb201", "--sample", "3", "--seed", "1",
                "--protocol", "vkdnw", "--protocol-seeds", "1", "--data-dir", SharedData.dataDir().toString(),
                "--db", dir.resolve("cli.sqlite").toString(), "--json");
        assertEquals(0, cli.exitCode(), cli.err());
        Map<Integer, Double> expected = new HashMap<>();
        for (String line : cli.lines()) {
            JsonNode n = JSON.readTree(line);
            if (n.has("index") && !n.has("summary")) {
                JsonNode v = n.get("score");
                expected.put(n.get("index").asInt(), v.isNumber() ? v.asDouble()
                        : v.asText().equals("-inf") ? Double.NEGATIVE_INFINITY : Double.NaN);
            }
        }
        assertEquals(3, expected.size(), cli.out());
        assertEquals(expected.keySet(), window.keySet(), "the same three cells");
        expected.forEach((i, s) -> assertEquals(s, window.get(i), 0.0, "cell " + i));

        // selecting the run sets the protocol picker to its protocol, as the other pickers
        robot.interact(() -> picker.setValue(ScoringProtocol.PAPER));
        StoredRunsList list = robot.lookup(n -> n instanceof StoredRunsList).queryAs(StoredRunsList.class);
        robot.interact(() -> {
            list.getSelectionModel().clearSelection();
            list.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertEquals(ScoringProtocol.VKDNW, picker.getValue());
            assertEquals(64, batch.getValue());
            assertTrue(batch.isDisabled());
        });
    }
}
