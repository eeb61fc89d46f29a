package org.naswot.spaces.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.service.ExplorerSettings;
import org.naswot.app.main.ExplorerViewModel;
import org.naswot.app.main.ScoringTask;
import org.naswot.cli.CliRunner;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.testfx.api.FxToolkit;

/**
 * A space added as the README's recipe says (this package and one services line) is listed and scored by the command
 * line and the window alike, with the same scores.
 */
class ToySpaceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommandLineAndTheWindowListAndScoreARegisteredSpace(@TempDir Path dir) throws Exception {
        CliRunner.Result help = CliRunner.run("score-space", "--help");
        assertTrue(help.out().contains("toy"), "--space lists the registered space: " + help.out());

        CliRunner.Result cli = CliRunner.run("score-space", "--space", "toy", "--all", "--batch-size", "16",
                "--data-dir", dir.resolve("data").toString(), "--db", dir.resolve("cli.sqlite").toString(), "--json");
        assertEquals(0, cli.exitCode(), cli.err());
        Map<Integer, Double> cliScores = new TreeMap<>();
        JsonNode summary = null;
        for (String line : cli.lines()) {
            JsonNode n = JSON.readTree(line);
            if (n.has("index")) {
                cliScores.put(n.get("index").asInt(), n.get("score").asDouble());
                assertEquals(ToyModule.channels(n.get("index").asInt()), n.get("accuracy").asDouble(), 0.0);
            } else {
                summary = n;
            }
        }
        assertEquals(ToyModule.SIZE, cliScores.size(), cli.out());
        cliScores.values().forEach(s -> assertTrue(Double.isFinite(s) && s > 0, cliScores.toString()));
        assertEquals("channels", summary.get("accuracy").asText());

        CliRunner.Result one = CliRunner.run("score", "--space", "toy-space", "--arch", "c12", "--batch-size", "16",
                "--data-dir", dir.resolve("data").toString(), "--json");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(cliScores.get(2), JSON.readTree(one.out()).get("score").asDouble(), 0.0, "by alias and encoding");

        FxToolkit.registerPrimaryStage();
        DataDirectory data = DataDirectory.resolve(dir.resolve("data"));
        ExplorerViewModel vm = new ExplorerViewModel(data, dir.resolve("window.sqlite"), new ScoreScatterModel());
        assertTrue(vm.spaces().contains("toy"), vm.spaces().toString());
        ExplorerSettings settings = new ExplorerSettings("toy", "cifar10", "channels", InputKind.DATASET, 16, 1,
                ReluCounting.REFERENCE, "cpu", 0);
        Map<Integer, Double> windowScores = new TreeMap<>();
        ScoringTask task = new ScoringTask(settings, data, dir.resolve("window.sqlite"),
                p -> windowScores.put(p.index(), p.score()), n -> { });
        task.run();
        task.get();
        assertEquals(cliScores, windowScores);
        vm.shutdown();
    }
}
