package org.naswot.spaces.declarative;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Descriptor files opened by their path ({@code --space my-space.json}), remembered in the cache
 * ({@code $XDG_CACHE_HOME/naswot/opened-spaces.txt}, one absolute path a line; {@code -Dnaswot.openedSpaces=FILE}
 * elsewhere, empty for none) so that later commands ({@code figure --run N}, the window's run list) know the space of
 * a stored run by its id. Losing the file loses nothing but that convenience.
 */
final class OpenedSpaceFiles {
    private OpenedSpaceFiles() {
    }

    static Path location() {
        String own = System.getProperty("naswot.openedSpaces");
        if (own != null) {
            return own.isBlank() ? null : Path.of(own);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("naswot").resolve("opened-spaces.txt");
    }

    static List<Path> list() {
        Path file = location();
        if (file == null || !Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).map(Path::of).filter(Files::isRegularFile).distinct().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static synchronized void remember(Path descriptor) {
        Path file = location();
        if (file == null) {
            return;
        }
        Path absolute = descriptor.toAbsolutePath().normalize();
        try {
            if (Files.isRegularFile(file) && Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .anyMatch(l -> l.strip().equals(absolute.toString()))) {
                return;
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, absolute + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // a read-only cache only costs later commands the space's name: opening the file again still works
        }
    }
}
