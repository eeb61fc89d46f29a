package org.naswot.app.main;

import org.naswot.service.ExplorerSettings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.testfx.api.FxToolkit;

/** The window's scoring task on an NDS space with nothing imported says which file to import, and touches nothing. */
class ScoringTaskEmptySpaceTest {
    @Test
    void anUnimportedNdsSpaceNamesTheFileToImport(@TempDir Path dir) throws Exception {
        // a Task reports its progress through the FX thread (headless Monocle, as the other window tests)
        FxToolkit.registerPrimaryStage();
        ExplorerSettings settings = new ExplorerSettings("nds:ENAS", "cifar10", "test_accuracy", InputKind.DATASET, 16,
                1, ReluCounting.REFERENCE, "cpu", 3);
        Path db = dir.resolve("r.sqlite");
        ScoringTask task = new ScoringTask(settings, DataDirectory.resolve(dir.resolve("data")), db, p -> { }, n -> { });
        UserFacingException e = assertThrows(UserFacingException.class, task::call);
        assertTrue(e.getMessage().contains("naswot data import ENAS.json"), e.getMessage());
        assertFalse(Files.exists(db), "no results database is created for a space with nothing to score");
    }
}
