package org.naswot.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.naswot.service.ExplorerSettings;
import org.naswot.testing.SharedData;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Search tab's view-model runs NASWOT searches through the service layer and reloads them from the store. */
class SearchViewModelTest {
    private static final ExplorerSettings NB201 = new ExplorerSettings("nb201", "cifar10",
            "cifar10valid_valid_200ep_nb201v10", InputKind.NOISE, 8, 1, ReluCounting.REFERENCE, "cpu", 0);

    @Test
    void searchesStreamTheirChoicesAndReloadFromTheStore(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        Path db = dir.resolve("results.sqlite");
        SearchViewModel vm = new SearchViewModel(() -> NB201, DataDirectory.resolve(SharedData.dataDir()), db);
        WaitForAsyncUtils.asyncFx(() -> vm.loadPast(2)).get();
        assertEquals("No searches stored yet in " + db + ".", vm.status.get());

        WaitForAsyncUtils.asyncFx(() -> vm.search(2, 2)).get();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !vm.running.get()).get());
        assertEquals("2 runs of NASWOT with N = 2 (stored; \"Past searches\" reloads them).", vm.status.get());
        assertEquals(2, vm.rows.size());
        assertEquals(1.0, vm.progress.get(), 0.0);
        assertTrue(vm.summaryText().startsWith("NASWOT (N = 2), 2 runs:"), vm.summaryText());
        assertTrue(vm.summaryText().contains("random cell, CIFAR-10 test"), vm.summaryText());
        assertEquals(2, vm.choiceAccuracies().length, "every chosen cell has its CIFAR-10 test accuracy");
        // the figure credits the searches it plots, not the scatter's run (review N10)
        org.naswot.figures.model.Provenance p = vm.provenance();
        assertEquals(null, p.runId());
        assertEquals("cifar10_test", p.accuracy());
        assertTrue(p.images().contains("2 NASWOT searches, N = 2"), p.images());
        assertTrue(Files.isRegularFile(db));

        WaitForAsyncUtils.asyncFx(() -> vm.loadPast(2)).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> vm.status.get().startsWith("Reloaded")).get());
        assertEquals("Reloaded 2 stored runs with N = 2 (random cells are not stored, so only the choices are drawn).",
                vm.status.get());
        assertEquals(2, vm.rows.size());
        assertEquals(0, vm.randomAccuracies().length);
        assertFalse(vm.summaryText().contains("random cell"), vm.summaryText());

        WaitForAsyncUtils.asyncFx(() -> vm.loadPast(3)).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> vm.status.get().startsWith("No stored")).get());
        assertEquals(0, vm.rows.size());
    }
}
