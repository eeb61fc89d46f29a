package org.naswot.spaces.declarative;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The user's spaces folder: {@code $NASWOT_SPACES}, else {@code $XDG_CONFIG_HOME/naswot/spaces}, else
 * {@code ~/.config/naswot/spaces} (where the preferences live). A descriptor dropped there is a space like the
 * built-in ones, known by its id.
 */
public final class UserSpacesFolder {
    private UserSpacesFolder() {
    }

    public static Path path() {
        String own = System.getenv("NASWOT_SPACES");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("naswot").resolve("spaces");
    }

    /** The folder's *.json files, sorted; none when it does not exist. */
    public static List<Path> files() {
        Path dir = path();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
