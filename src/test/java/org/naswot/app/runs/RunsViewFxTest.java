package org.naswot.app.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.SweepGrid;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.score.WeightSeeds;
import org.naswot.service.RunHistory;
import org.naswot.service.RunSetting;
import org.naswot.store.ResultStore;
import org.naswot.store.RunStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Runs tab over a database of three runs and an unfinished sweep: each row's tau is the run's (as runs show
 * computes it), the search narrows the rows, grouping gives one group per value, the diff names the settings that
 * differ, and the unfinished sweep is offered for continuing.
 */
@ExtendWith(ApplicationExtension.class)
class RunsViewFxTest {
    @TempDir
    static Path dir;
    private static Path db;
    private RunsView view;

    private static ScoringSettings settings(int batch, long seed) {
        return new ScoringSettings("nb201", "cifar10", InputKind.DATASET, batch, seed, seed, ReluCounting.REFERENCE,
                "cpu", "digest-" + batch + "-" + seed, WeightSeeds.ARCHITECTURE);
    }

    @Start
    void start(Stage stage) {
        db = dir.resolve("runs.sqlite");
        try (ResultStore store = ResultStore.open(db)) {
            int[][] runs = {{64, 1}, {64, 2}, {128, 1}};
            for (int[] r : runs) {
                long id = store.startRun(settings(r[0], r[1]), "batch " + r[0] + " seed " + r[1], 12);
                for (int i = 0; i < 12; i++) {
                    int index = 100 * i + r[1] * 7 + r[0];
                    // scores that agree with accuracy for some architectures and not others
                    store.addScore(id, new ScoreResult("nb201", index, "arch" + index, (index * 37 % 11) + r[1],
                            10, 1000, 0.1));
                }
                store.finishRun(id, RunStatus.FINISHED);
            }
            store.tagRun(1, "baseline");
            SweepGrid grid = new SweepGrid(List.of("nb201"), "cifar10", 4, List.of(1L, 2L), List.of(8),
                    List.of(ReluCounting.REFERENCE), List.of(InputKind.DATASET), "cpu", WeightSeeds.ARCHITECTURE);
            store.startSweep(grid.json(), grid.points().stream().map(p -> "{}").toList());
        }
        view = new RunsView(new RunsViewModel(db, DataDirectory.resolve(dir.resolve("data")), m -> { }),
                RunsView.defaults(List.of("nb201"), () -> "nb201", () -> "cifar10", List.of("cpu")));
        stage.setScene(new Scene(view, 1280, 820));
        stage.show();
    }

    @Test
    void rowsCarryEachRunsTauAndTheTableSearchesGroupsAndDiffs(FxRobot robot) throws Exception {
        RunsViewModel m = view.getModel();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> m.rows.size() == 3);
        RunHistory history = new RunHistory(db, DataDirectory.resolve(dir.resolve("data")));
        for (var row : m.rows) {
            assertEquals(history.correlations(row.run()).tau(), row.tau(), 1e-12, "run " + row.run().id());
            assertNotNull(row.tauInterval());
            assertTrue(row.tauInterval().low() <= row.tau() && row.tau() <= row.tauInterval().high());
        }
        assertEquals(List.of("baseline"), m.rows.get(0).tags());

        robot.interact(() -> m.search.unbind());
        robot.interact(() -> m.search.set("seed=2"));
        assertEquals(1, m.shown.size());
        robot.interact(() -> m.search.set("baseline"));
        assertEquals(List.of(1L), m.shown.stream().map(r -> r.run().id()).toList());
        robot.interact(() -> m.search.set(""));
        assertEquals(3, m.shown.size());

        robot.interact(() -> m.groupBy.set(RunSetting.BATCH_SIZE));
        assertEquals(2, m.groups.size());
        assertEquals(List.of(1L, 2L), m.groups.get(0).runIds());
        assertEquals((m.rows.get(0).tau() + m.rows.get(1).tau()) / 2, m.groups.get(0).meanTau(), 1e-12);

        robot.interact(() -> m.selected.setAll(m.rows.get(0), m.rows.get(2)));
        assertTrue(m.diff.get().contains("batch_size: 64, 128"), m.diff.get());
        assertTrue(!m.diff.get().contains("seed:"), "equal settings are not listed: " + m.diff.get());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> m.resumable.get() != null);
        assertEquals(1, m.resumable.get().id());
        assertTrue(m.banner.get().contains("Sweep 1 did not finish"), m.banner.get());
    }
}
