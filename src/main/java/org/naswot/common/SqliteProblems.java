package org.naswot.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * SQLite's failures of the file system (SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_FULL, and the "cannot commit - no
 * transaction is active" that follows a write a full disk rolled back) as the sentence a user can act on: the name is
 * too long, the folder is read-only, the disk is full.
 */
public final class SqliteProblems {
    /** Bytes a file name may have on Linux's file systems; SQLite also creates NAME-wal and NAME-shm beside it. */
    static final int MAX_NAME_BYTES = 255;
    /** Below this much free space a failed write is put down to a full disk. */
    static final long NEARLY_FULL_BYTES = 16L << 20;

    private SqliteProblems() {
    }

    /**
     * @param what    what the file is ("results database", "benchmark store")
     * @param wayOut  what to do instead, e.g. "pass --db with a writable location"
     * @return the sentence, or null when the failure is not one of the file system's
     */
    public static String explain(Path file, String what, String wayOut, Throwable e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        Path name = file.getFileName();
        int bytes = name == null ? 0 : name.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES - 4) {
            return what + " " + abbreviated(file) + ": the file name is " + bytes + " bytes long; file systems allow "
                    + MAX_NAME_BYTES + " and SQLite adds \"-wal\" beside it: choose a shorter name";
        }
        Path folder = file.toAbsolutePath().getParent();
        boolean full = m.contains("sqlite_full") || m.contains("disk is full") || m.contains("no space left")
                || (m.contains("cannot commit") || m.contains("sqlite_ioerr")) && nearlyFull(folder);
        if (full) {
            return what + " " + file + ": the disk is full (" + free(folder) + " left on " + folder + "): free some "
                    + "space and run the command again (what was stored so far is kept)";
        }
        if (m.contains("cantopen") || m.contains("readonly") || m.contains("read-only")) {
            if (folder != null && !Files.isDirectory(folder)) {
                return what + " " + file + ": the folder " + folder + " does not exist (or is not a folder): "
                        + wayOut;
            }
            if (folder != null && !Files.isWritable(folder)) {
                return what + " " + file + ": its folder " + folder + " is read-only: " + wayOut;
            }
            if (Files.exists(file) && !Files.isWritable(file)) {
                return what + " " + file + ": the file is read-only: " + wayOut;
            }
        }
        return null;
    }

    private static String abbreviated(Path file) {
        String s = file.toString();
        return s.length() <= 80 ? s : s.substring(0, 60) + "..." + s.substring(s.length() - 12);
    }

    private static boolean nearlyFull(Path folder) {
        try {
            return folder != null && Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String free(Path folder) {
        try {
            return MachineMemory.describe(Files.getFileStore(folder).getUsableSpace());
        } catch (IOException | RuntimeException e) {
            return "nothing";
        }
    }
}
