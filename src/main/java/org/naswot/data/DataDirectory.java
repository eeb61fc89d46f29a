package org.naswot.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where reference data lives. Resolution order: an explicit directory (--data-dir), the NASWOT_DATA
 * environment variable, the user's data directory ($XDG_DATA_HOME/naswot, default
 * ~/.local/share/naswot) when it exists, and finally ../shared/data relative to the working
 * directory (the layout of the project's tests and CI).
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
        Path user = userDataHome();
        if (Files.isDirectory(user)) {
            return new DataDirectory(user);
        }
        Path shared = Paths.get("..", "shared", "data").toAbsolutePath().normalize();
        if (Files.isDirectory(shared)) {
            return new DataDirectory(shared);
        }
        return new DataDirectory(user);
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

    public Path cifar10() {
        return root.resolve("cifar10");
    }

    public Path cifar100() {
        return root.resolve("cifar100");
    }

    public Path nb201Table() {
        return root.resolve("nb201").resolve("nb201_accuracies.csv");
    }

    public Path nb201Split() {
        return root.resolve("nb201").resolve("cifar10-valid-split.json");
    }
}
