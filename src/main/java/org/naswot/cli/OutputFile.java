package org.naswot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.naswot.common.UserFacingException;

/**
 * A file a command writes ({@code --out}): checked before any work (not a folder, not under a file, a name the file
 * system takes, a folder that can be written), then written to a temporary file beside it and renamed over it, so
 * a failure (a full disk, a crash) never leaves a partial or empty file under the requested name.
 */
final class OutputFile {
    /** Bytes a file name may have on Linux's file systems (ext4, xfs, btrfs, tmpfs). */
    static final int MAX_NAME_BYTES = 255;

    /** Writes the content of a file to the path it is given. */
    @FunctionalInterface
    interface Body {
        void writeTo(Path file) throws IOException;
    }

    private final Path target;
    private final String option;

    private OutputFile(Path target, String option) {
        this.target = target;
        this.option = option;
    }

    /**
     * Checks {@code file} as the target of {@code option}, creating missing folders.
     *
     * @throws UserFacingException naming the problem and the way out
     */
    static OutputFile checked(Path file, String option) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new UserFacingException(option + " " + file + " is a folder: give a file name in it, e.g. "
                    + file.resolve("figure.pdf"));
        }
        Path nameOnly = target.getFileName();
        if (nameOnly == null) {
            throw new UserFacingException(option + " " + file + " names no file");
        }
        int bytes = nameOnly.toString().getBytes(StandardCharsets.UTF_8).length;
        // the temporary file's name is longer still: leave room for it
        if (bytes > MAX_NAME_BYTES - 16) {
            throw new UserFacingException(option + ": the file name is " + bytes + " bytes long; file systems allow "
                    + MAX_NAME_BYTES + " (and a temporary name beside it needs a few more): choose a shorter name");
        }
        Path parent = target.getParent();
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new UserFacingException(option + " " + file + ": " + p + " is a file, not a folder: choose "
                        + "another path");
            }
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw problem(option, file, "cannot create the folder " + parent, e);
        }
        if (!Files.isWritable(parent)) {
            throw new UserFacingException(option + " " + file + ": the folder " + parent + " is not writable "
                    + "(permission denied): choose another folder");
        }
        // what permissions do not tell (root on /proc, a read-only mount): try, before any work is done
        try {
            Files.delete(Files.createTempFile(parent, "." + nameOnly + ".", ".part"));
        } catch (IOException e) {
            throw problem(option, file, "cannot create a file in " + parent, e);
        }
        return new OutputFile(target, option);
    }

    Path path() {
        return target;
    }

    /** Writes through a temporary file in the same folder, renamed over the target when complete. */
    void write(Body body) {
        Path tmp;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw problem(option, target, "cannot create a file in " + target.getParent(), e);
        }
        try {
            body.writeTo(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write's failure is the one to report
            }
            if (e instanceof UserFacingException u) {
                throw u;
            }
            throw problem(option, target, "writing failed, nothing was written", e);
        }
    }

    /** One sentence for a failure of the file system: a full disk, no permission, a read-only or virtual folder. */
    static UserFacingException problem(String option, Path file, String what, Throwable e) {
        String reason = reason(e);
        String way = reason.contains("disk is full") ? "free some space or choose another disk"
                : "choose another " + (option.startsWith("--") ? option + " path" : "path");
        return new UserFacingException(option + " " + file + ": " + what + ": " + reason + "; " + way, e);
    }

    /** What an I/O failure means, in words (the JDK's exception names the path, the OS's reason is the message). */
    static String reason(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = String.valueOf(c instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : c.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk full") || m.contains("sqlite_full")
                    || m.contains("quota")) {
                return "the disk is full";
            }
            if (c instanceof AccessDeniedException || m.contains("permission denied")
                    || m.contains("operation not permitted")) {
                return "permission denied";
            }
            if (m.contains("read-only file system")) {
                return "the file system is read-only";
            }
            if (m.contains("file name too long")) {
                return "the file name is too long";
            }
            if (c instanceof java.nio.file.NoSuchFileException && (file(c).startsWith("/proc/")
                    || file(c).startsWith("/sys/"))) {
                return file(c).substring(0, 5) + " is the kernel's virtual file system, where no files can be created";
            }
            if (c instanceof java.nio.file.NoSuchFileException) {
                return "no such file or folder";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(root.getMessage());
    }

    private static String file(Throwable t) {
        return t instanceof FileSystemException f && f.getFile() != null ? f.getFile() : "";
    }
}
