package org.naswot.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where reference data lives: an explicit directory (--data-dir), else the NASWOT_DATA environment variable, else
 * the user's data directory ($XDG_DATA_HOME/naswot, default ~/.local/share/naswot), whether or not it exists yet
 * (downloads and imports land there). The choice never depends on what exists, so writing results or importing a
 * file never changes where data is read from. Per file, {@link #file} falls back to the application's built-in copy
 * ({@link BuiltInData}) when the directory has none.
 *
 * <p>Layout: {@code cifar10/*.bin}, {@code cifar100/*.bin}, {@code nb201/nb201_accuracies.csv},
 * {@code nb201/cifar10-valid-split.json}, {@code nb101/...}; see the README.
 */
public record DataDirectory(Path root) {

    public static final String ENV = "NASWOT_DATA";

    public static DataDirectory resolve(Path explicit) {
        if (explicit != null) {
            return new DataDirectory(explicit.toAbsolutePath().normalize());
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return new DataDirectory(Paths.get(env).toAbsolutePath().normalize());
        }
        return new DataDirectory(userDataHome());
    }

    /** $XDG_DATA_HOME/naswot, or ~/.local/share/naswot. */
    public static Path userDataHome() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Paths.get(xdg)
                : Paths.get(System.getProperty("user.home"), ".local", "share");
        return base.resolve("naswot").toAbsolutePath().normalize();
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    /** A file of the data layout: this directory's copy, else the built-in one, else missing (see {@link DataFile}). */
    public DataFile file(String relative) {
        Path path = root.resolve(relative);
        if (Files.isRegularFile(path)) {
            return new DataFile(relative, path, null);
        }
        BuiltInData.Item item = BuiltInData.forRelative(relative).filter(BuiltInData::available).orElse(null);
        return new DataFile(relative, path, item);
    }

    public Path cifar10() {
        return root.resolve("cifar10");
    }

    public Path cifar100() {
        return root.resolve("cifar100");
    }
}
