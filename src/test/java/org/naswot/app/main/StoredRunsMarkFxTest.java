package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A run shown without a click, as a scoring run is when it ends, is the one marked in the stored-runs list (the
 * hands-on walk saw run #1 still highlighted under a chart of the run just scored, which was listed below the fold).
 */
@ExtendWith(ApplicationExtension.class)
class StoredRunsMarkFxTest {
    private ExplorerViewModel vm;
    private MainWindow window;
    private Path db;

    @Start
    void start(Stage stage) throws Exception {
        Path tmp = Files.createTempDirectory("naswot-runs-mark");
        db = tmp.resolve("r.sqlite");
        ScoreScatterModel model = new ScoreScatterModel();
        vm = new ExplorerViewModel(new DataDirectory(tmp.resolve("data")), db, model);
        window = ShownWindow.show(stage, vm, model, 1280, 820).window();
    }

    @Test
    void aRunShownWhenItsScoringEndsIsTheOneMarkedInTheList(FxRobot robot) throws Exception {
        long first = storedRun(1);
        long second = storedRun(2);
        robot.interact(() -> vm.runList.refreshRuns());
        StoredRunsList list = robot.lookup(n -> n instanceof StoredRunsList).query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        robot.interact(() -> list.getSelectionModel().clearAndSelect(indexOf(list, first)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(first), selectedIds(list));

        robot.interact(() -> vm.runList.showFinished(second));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(second), selectedIds(list), "the run just scored is marked, not the earlier one");
        assertEquals(second, vm.runList.shownRun.get().id(), "and it stays the run shown");
    }

    private long storedRun(int seed) {
        ScoringSettings s = new ScoringSettings("nb201", "cifar10", InputKind.NOISE, 8, seed, seed,
                ReluCounting.REFERENCE, "cpu", "0f".repeat(32));
        try (ResultStore store = ResultStore.open(db)) {
            long id = store.startRun(s, "gui --sample 2 --seed " + seed, 2);
            store.addScore(id, new ScoreResult("nb201", 37, "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|", 80, 1,
                    1000 + seed, 0));
            return id;
        }
    }

    private static int indexOf(StoredRunsList list, long id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("run " + id + " is not listed");
    }

    private static List<Long> selectedIds(StoredRunsList list) {
        return list.getSelectionModel().getSelectedItems().stream().map(RunInfo::id).toList();
    }
}
