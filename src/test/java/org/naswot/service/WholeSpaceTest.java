package org.naswot.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.run.SpaceContext;

/** The window's whole-space estimate counts what --all scores here and what of it has an accuracy (review N8). */
class WholeSpaceTest {
    @TempDir
    Path tmp;

    @Test
    void nb101sWholeSpaceIsItsBuiltInCellsNotTheBenchmarksSize() {
        SpaceContext ctx = SpaceContext.open("nb101", new DataDirectory(tmp.resolve("fresh")));
        ArchitectureSelection.WholeSpace w = ArchitectureSelection.wholeSpace(ctx, ctx.defaultAccuracyColumn());
        assertEquals(ctx.space().size(), w.architectures());
        assertTrue(w.architectures() < 423_624, "the built-in table, not the benchmark: " + w.architectures());
        assertTrue(w.withAccuracy() > 0 && w.withAccuracy() <= w.architectures(), w.toString());
        assertEquals(0, ArchitectureSelection.wholeSpace(ctx, "no_such_column").withAccuracy());
    }
}
