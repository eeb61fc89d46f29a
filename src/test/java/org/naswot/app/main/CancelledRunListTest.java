package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.data.DataDirectory;
import org.naswot.store.RunInfo;
import org.naswot.store.RunStatus;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's Cancel: the run list says cancelled, as the database does (it used to keep the list read at the moment
 * of Cancel, "running or stopped", while the scoring thread recorded 'cancelled' a moment later).
 */
@ExtendWith(ApplicationExtension.class)
class CancelledRunListTest {

    @TempDir
    Path tmp;

    private final ScoreScatterModel scatter = new ScoreScatterModel();

    @Test
    void aCancelledRunIsListedAsCancelled() throws Exception {
        ExplorerViewModel vm = WaitForAsyncUtils.asyncFx(() -> {
            ExplorerViewModel m = new ExplorerViewModel(new DataDirectory(tmp.resolve("data")), tmp.resolve("r.sqlite"),
                    scatter);
            m.batchSize.set(8);
            m.sample.set(400);
            m.scoring.start();
            return m;
        }).get(30, TimeUnit.SECONDS);
        // cancel once a few scores are stored, in the middle of the run
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.progress.get() > 0.01);
        WaitForAsyncUtils.asyncFx(vm.scoring::cancel).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.running.get());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !vm.runList.runs.isEmpty() && vm.runList.runs.get(vm.runList.runs.size() - 1).status() == RunStatus.CANCELLED);
        RunInfo run = vm.runList.runs.get(vm.runList.runs.size() - 1);
        assertEquals(RunStatus.CANCELLED, run.status());
        assertTrue(run.scored() > 0 && run.scored() < 400, "stopped part way: " + run.scored());
        String text = RunListText.of(run, null);
        assertTrue(text.contains("cancelled, " + run.scored() + " of 400"), text);
        // the plot holds every stored score, the one stored after Cancel too (review m2)
        try {
            // no view here: drain the scatter's queue as its screen pump would
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.asyncFx(scatter::drainQueue).get(5, TimeUnit.SECONDS);
                return scatter.pointCountProperty().get() == run.scored();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("plotted " + scatter.pointCountProperty().get() + ", stored " + run.scored());
        }
    }
}
