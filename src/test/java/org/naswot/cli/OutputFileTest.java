package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;

/** A file is written whole through a temporary file and a rename, or not at all. */
class OutputFileTest {
    @TempDir
    Path tmp;

    @Test
    void aFullDiskLeavesTheOldFileAndNoPartialOne() throws Exception {
        Path target = tmp.resolve("figs/scatter.pdf");
        OutputFile out = OutputFile.checked(target, "--out");
        out.write(f -> Files.writeString(f, "first version"));
        assertEquals("first version", Files.readString(target));
        UserFacingException e = assertThrows(UserFacingException.class, () -> out.write(f -> {
            Files.writeString(f, "half a PD");
            throw new FileSystemException(f.toString(), null, "No space left on device");
        }));
        assertTrue(e.getMessage().contains("the disk is full") && e.getMessage().contains("free some space"),
                e.getMessage());
        assertEquals("first version", Files.readString(target), "the earlier file is untouched");
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void aNewFileAppearsOnlyWhenComplete() throws Exception {
        Path target = tmp.resolve("new.png");
        OutputFile out = OutputFile.checked(target, "--out");
        assertThrows(UserFacingException.class, () -> out.write(f -> {
            Files.write(f, new byte[0]);
            throw new FileSystemException(f.toString(), null, "No space left on device");
        }));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(), files.toList(), "no 0-byte file under the name");
        }
    }
}
