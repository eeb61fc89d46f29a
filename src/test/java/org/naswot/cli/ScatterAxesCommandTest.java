package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.app.explore.ScatterDisplayModel;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.main.ExplorerViewModel;
import org.naswot.data.DataDirectory;
import org.naswot.figures.scatter.ClipPercentiles;
import org.naswot.figures.scatter.ScatterData;
import org.naswot.figures.scatter.ScatterFigure;
import org.naswot.run.SpaceContext;
import org.naswot.score.ScoreResult;
import org.naswot.service.RunFigures;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * naswot figure --kind scatter --axes ranks and --clip: the window's rank-vs-rank and clipped scatter, the same
 * numbers and labels (reviews X5, X2); bad values are one line and write nothing.
 */
class ScatterAxesCommandTest {

    @TempDir
    Path tmp;

    private CliRunner.Result figure(Path db, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("figure", "--db", db.toString(), "--run", "1", "--out",
                out.toString(), "--data-dir", tmp.resolve("none").toString(), "--json"));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void ranksAndClippingMatchTheWindow() throws Exception {
        Path db = tmp.resolve("r.sqlite");
        CliRunner.Result scored = CliRunner.run("score-space", "--space", "nb201", "--sample", "24", "--seed", "4",
                "--batch-size", "24", "--data-dir", tmp.resolve("none").toString(), "--db", db.toString(), "--json");
        assertEquals(0, scored.exitCode(), scored.err());
        Path svg = tmp.resolve("ranks.svg");
        CliRunner.Result r = figure(db, svg, "--axes", "ranks", "--clip", "1,99");
        assertEquals(0, r.exitCode(), r.err());
        String cliTitle = DataCommandsTest.JSON.readTree(r.lines()[0]).get("title").asText();
        String drawn = Files.readString(svg);
        // the window: the same run shown, Axes = Ranks and Clip on, as a user sets them
        FxToolkit.registerPrimaryStage();
        ScoreScatterModel scatter = new ScoreScatterModel();
        ExplorerViewModel vm = new ExplorerViewModel(DataDirectory.resolve(tmp.resolve("none")), db, scatter);
        ScatterDisplayModel display = WaitForAsyncUtils.asyncFx(() -> new ScatterDisplayModel(scatter)).get();
        RunInfo run;
        List<ScoreResult> scores;
        try (ResultStore store = ResultStore.openReadOnly(db)) {
            run = store.requireRun(1);
            scores = store.scores(1);
        }
        WaitForAsyncUtils.asyncFx(() -> {
            vm.space.set("nb201");
            vm.runList.show(run);
        }).get();
        // as the scatter view's pump does: drain the streamed points, then the statistics
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            scatter.drainQueue();
            scatter.refreshStatisticsIfDirty();
            return scatter.data().size() == 24 && scatter.getTitle().contains("\u03c4");
        }).get());
        WaitForAsyncUtils.asyncFx(() -> {
            display.ranksProperty().set(true);
            display.clipProperty().set(true);
        }).get();
        ScatterFigure window = scatter.figure();
        assertEquals(window.title(), cliTitle, "the same tau and rho in the title");
        assertEquals("rank by NASWOT score (1 = highest)", window.xAxisLabel());
        assertTrue(drawn.contains(">" + window.xAxisLabel() + "<"), "the window's x label, drawn by the command");
        assertTrue(drawn.contains(">" + window.data().clip().beyondNote() + "<"), "the edge markers' legend: "
                + window.data().clip().beyondNote());

        // the figure the command draws (the service it calls) against the window's: labels, ranks, clip, point by point
        SpaceContext ctx = SpaceContext.open(run.settings().space(), DataDirectory.resolve(tmp.resolve("none")));
        ScatterFigure cli = RunFigures.scatterFigure(run, scores, ctx, ctx.defaultAccuracyColumn(), 0, true,
                ClipPercentiles.parse("1,99"));
        assertEquals(window.xAxisLabel(), cli.xAxisLabel());
        assertEquals(window.yAxisLabel(), cli.yAxisLabel());
        assertEquals("rank by trained accuracy (1 = highest)", cli.yAxisLabel());
        assertEquals(window.correlations(), cli.correlations());
        assertEquals(window.data().clip(), cli.data().clip(), "the same clipped ranges and points beyond");
        Map<Integer, double[]> windowRanks = new HashMap<>();
        ScatterData d = window.data();
        for (int i = 0; i < d.plottedCount(); i++) {
            windowRanks.put(d.plottedPoint(i).index(), new double[] {d.x(i), d.y(i)});
        }
        ScatterData c = cli.data();
        assertEquals(d.plottedCount(), c.plottedCount());
        assertTrue(c.plottedCount() >= 20, "most of the 24 are plotted (a singular kernel is not): " + c.plottedCount());
        for (int i = 0; i < c.plottedCount(); i++) {
            double[] w = windowRanks.get(c.plottedPoint(i).index());
            assertEquals(w[0], c.x(i), 0.0, "x rank of #" + c.plottedPoint(i).index());
            assertEquals(w[1], c.y(i), 0.0, "y rank of #" + c.plottedPoint(i).index());
        }
        vm.shutdown();
    }

    @Test
    void badAxesAndClipAreOneLineAndWriteNothing() {
        Path db = tmp.resolve("none.sqlite");
        Path out = tmp.resolve("x.svg");
        String[][] bad = {
            {"--axes", "sideways"}, {"--clip", "99,1"}, {"--clip", "1"}, {"--clip", "a,b"},
            {"--kind", "cell", "--axes", "ranks"}, {"--kind", "search-curve", "--clip", "1,99"}};
        String[] expected = {"--axes must be values or ranks", "--clip", "--clip", "--clip", "--kind scatter only",
            "--kind scatter only"};
        for (int i = 0; i < bad.length; i++) {
            CliRunner.Result r = figure(db, out, bad[i]);
            assertEquals(Main.USER_ERROR, r.exitCode(), String.join(" ", bad[i]) + ": " + r.err());
            assertTrue(r.err().contains(expected[i]), r.err());
            assertTrue(r.err().strip().lines().count() <= 2, "one or two lines: " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
            assertFalse(Files.exists(out), "nothing written");
        }
    }
}
