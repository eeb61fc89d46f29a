package org.naswot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.naswot.data.BuiltInData;

/**
 * The reference data the tests read, all from the repository: {@code src/test/reference/golden} (outputs of the
 * paper's PyTorch code) and a data directory in the layout the application reads, assembled once per build under
 * {@code target/test-data}: the files of {@code src/test/reference/data} (NATS-Bench samples, Suite-Zero table, the
 * authors' search runs) plus the application's own built-in pack written out as files (CIFAR-10 images, the NB201
 * table and split, the NB101 table), so tests that need paths get the same bytes the application ships.
 */
public final class SharedData {
    private static Path dataDir;

    private SharedData() {
    }

    /** A data directory holding every reference file as a file. */
    public static synchronized Path dataDir() {
        if (dataDir == null) {
            dataDir = assemble(basedir().resolve("target").resolve("test-data"));
        }
        return dataDir;
    }

    public static Path goldenDir() {
        return existing(basedir().resolve("src/test/reference/golden"));
    }

    public static Path data(String relative) {
        return dataDir().resolve(relative);
    }

    public static Path golden(String relative) {
        return goldenDir().resolve(relative);
    }

    /** The project folder: Maven's basedir, else the working directory (Maven runs tests there). */
    private static Path basedir() {
        return Paths.get(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    private static Path assemble(Path target) {
        Path source = existing(basedir().resolve("src/test/reference/data"));
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path to = target.resolve(source.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
            }
            for (BuiltInData.Item item : BuiltInData.Item.values()) {
                Path to = target.resolve(item.relative());
                Files.createDirectories(to.getParent());
                Files.write(to, BuiltInData.bytes(item));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot assemble the test data directory " + target, e);
        }
        return target;
    }

    private static Path existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("test reference folder " + dir + " is missing from the checkout");
        }
        return dir;
    }
}
