package org.naswot.common;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's file-system failures become sentences naming the cause and the way out. */
class SqliteProblemsTest {
    @TempDir
    Path tmp;

    private static final String WAY = "pass --db with a writable location";

    @Test
    void aFullDiskIsSaidSo() {
        String s = SqliteProblems.explain(tmp.resolve("r.sqlite"), "results database", WAY,
                new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)"));
        assertTrue(s.contains("the disk is full") && s.contains("free some space"), s);
    }

    @Test
    void aLongNameAMissingFolderAndAReadOnlyFolderAreNamed() throws Exception {
        SQLException cantOpen = new SQLException("[SQLITE_CANTOPEN] Unable to open the database file");
        String s = SqliteProblems.explain(tmp.resolve("a".repeat(300) + ".sqlite"), "results database", WAY, cantOpen);
        assertTrue(s.contains("307 bytes long") && s.contains("choose a shorter name"), s);
        s = SqliteProblems.explain(tmp.resolve("gone/r.sqlite"), "results database", WAY, cantOpen);
        assertTrue(s.contains("does not exist") && s.endsWith(WAY), s);
        Path ro = Files.createDirectory(tmp.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            s = SqliteProblems.explain(ro.resolve("r.sqlite"), "results database", WAY, cantOpen);
            // root may write anywhere: then the folder is not the problem and SQLite's own message stands
            assertTrue(Files.isWritable(ro) ? s == null : s.contains("is read-only: " + WAY), s);
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertNull(SqliteProblems.explain(tmp.resolve("r.sqlite"), "results database", WAY,
                new SQLException("[SQLITE_CORRUPT] database disk image is malformed")), "not the file system's");
    }
}
