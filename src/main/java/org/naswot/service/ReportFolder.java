package org.naswot.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.naswot.common.UserFacingException;

/**
 * Where a report is written: a new folder, an empty one, or one an earlier report wrote (it holds
 * {@link #MANIFEST}), which is replaced. The report is written into a hidden folder beside the target and moved into
 * place when complete, so a failure leaves no partial folder and the earlier report intact.
 */
final class ReportFolder {
    /** The file that marks a folder as a naswot report (and lists what is in it). */
    static final String MANIFEST = "naswot-report.json";

    private final Path target;
    private final Path staging;
    /** The outermost folder created for the report's parent (removed again on failure), or null. */
    private final Path created;

    private ReportFolder(Path target, Path staging, Path created) {
        this.target = target;
        this.staging = staging;
        this.created = created;
    }

    /** Checks that {@code target} may receive a report and opens a staging folder beside it. */
    static ReportFolder open(Path target) {
        Path t = target.toAbsolutePath().normalize();
        check(t);
        Path created = t.getParent();
        while (created.getParent() != null && !Files.exists(created.getParent())) {
            created = created.getParent();
        }
        try {
            created = Files.exists(created) ? null : created;
            Files.createDirectories(t.getParent());
            return new ReportFolder(t, Files.createTempDirectory(t.getParent(), "." + t.getFileName() + ".partial-"),
                    created);
        } catch (IOException e) {
            throw new UserFacingException("cannot write the report beside " + t + ": " + e.getMessage()
                    + " (choose a folder you can write to)", e);
        }
    }

    /** A new folder, an empty one, or an earlier report; anything else is refused, naming the way out. */
    static void check(Path t) {
        if (Files.exists(t) && !Files.isDirectory(t)) {
            throw new UserFacingException(t + " is a file, not a folder: name a new or empty folder for the report");
        }
        if (Files.isDirectory(t) && !Files.isRegularFile(t.resolve(MANIFEST)) && !isEmpty(t)) {
            throw new UserFacingException(t + " is not empty and holds no naswot report: name a new or empty folder "
                    + "(an earlier report's folder is replaced)");
        }
    }

    /** The folder the files go into until {@link #commit()}. */
    Path staging() {
        return staging;
    }

    /** Moves the complete report into place, replacing an earlier one. */
    Path commit() throws IOException {
        check(target); // unchanged since open, unless someone filled the folder meanwhile
        if (Files.isDirectory(target)) {
            delete(target);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, target);
        }
        return target;
    }

    /** Removes the staging folder, and the folders made to hold it (after a failure). */
    void discard() {
        try {
            if (Files.exists(staging)) {
                delete(staging);
            }
            if (created != null && Files.exists(created)) {
                delete(created);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
