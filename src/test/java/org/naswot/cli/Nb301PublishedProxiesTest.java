package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.main.ExplorerViewModel;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Suite-Zero's published proxy columns of NB301 as y (review N25): {@code naswot figure --accuracy suite_zero_nwot} and
 * the window name them in the same words, which come from the space's descriptor: never an accuracy, never in %.
 */
class Nb301PublishedProxiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private RunInfo storeRun(SpaceContext ctx) {
        try (ResultStore store = ResultStore.open(dir.resolve("r.sqlite"))) {
            long id = store.startRun(new ScoringSettings("nb301", "cifar10", InputKind.DATASET, 16, 1, 1,
                    ReluCounting.REFERENCE, "cpu", "digest", WeightSeeds.ARCHITECTURE), "nb301", 8);
            for (int i = 0; i < 8; i++) {
                store.addScore(id, new ScoreResult("nb301", i, ctx.space().architecture(i).encoding(), 50 + i % 3,
                        10, 1000, 0.1));
            }
            store.finishRun(id, RunStatus.FINISHED);
            return store.runs().get(0);
        }
    }

    @Test
    void theFigureCommandAndTheWindowLabelSuiteZerosNwotAlikeAsNoAccuracy() throws Exception {
        DataDirectory data = DataDirectory.resolve(dir.resolve("data"));
        SpaceContext ctx = SpaceContext.open("nb301", data);
        String kind = ctx.accuracyKind("suite_zero_nwot");
        assertEquals("Suite-Zero's published nwot (not an accuracy)", kind, "the descriptor's words");
        assertTrue(ctx.descriptor().findBenchmark().orElseThrow().yChoices().stream()
                .anyMatch(c -> c.column().equals("suite_zero_nwot")
                        && c.section().equals("Published proxy values (Suite-Zero, not accuracies)")));
        RunInfo run = storeRun(ctx);

        Path svg = dir.resolve("nwot.svg");
        CliRunner.Result r = CliRunner.run("figure", "--run", Long.toString(run.id()), "--accuracy", "suite_zero_nwot",
                "--out", svg.toString(), "--title", "--db", dir.resolve("r.sqlite").toString(), "--data-dir",
                dir.resolve("data").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = JSON.readTree(r.lines()[0]);
        assertTrue(o.get("title").asText().startsWith("NASWOT score vs " + kind), o.toString());
        assertTrue(o.get("accuracy_label").asText().contains("not an accuracy"), o.toString());
        String text = Files.readString(svg).replace("&apos;", "'").replace("&#39;", "'");
        assertTrue(text.contains(kind), "the axis and title say what y is");
        assertFalse(text.contains("(not an accuracy) (%)"), "published values are no percentages");
        // the metadata names the column with its label, as it does the surrogate's
        assertTrue(text.contains("suite_zero_nwot (NAS-Bench-Suite-Zero"), "the file's provenance");

        org.testfx.api.FxToolkit.registerPrimaryStage();
        ScoreScatterModel scatter = new ScoreScatterModel();
        ExplorerViewModel vm = new ExplorerViewModel(data, dir.resolve("r.sqlite"), scatter);
        WaitForAsyncUtils.asyncFx(() -> {
            vm.space.set("nb301");
            vm.accuracyColumn.set("suite_zero_nwot");
            vm.runList.show(run);
        }).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> kind.equals(scatter.yLabelProperty().get()));
        assertTrue(o.get("title").asText().startsWith(scatter.headingProperty().get()),
                "the window's heading is the figure's: " + scatter.headingProperty().get());
        vm.shutdown();
    }
}
