package org.naswot.app.theme;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Reads and writes {@link Preferences} as JSON at $XDG_CONFIG_HOME/naswot/preferences.json (default
 * ~/.config/naswot/preferences.json). A missing or unreadable file gives the defaults; unknown fields are
 * ignored, so older and newer versions can share the file. Writes go through a temporary file and a move.
 */
public final class PreferencesStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public PreferencesStore(Path file) {
        this.file = file;
    }

    /** The store at the standard location for this user. */
    public static PreferencesStore standard() {
        return new PreferencesStore(defaultFile(System.getenv(), System.getProperty("user.home")));
    }

    public static Path defaultFile(Map<String, String> env, String home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("naswot").resolve("preferences.json");
    }

    public Path file() {
        return file;
    }

    public Preferences load() {
        if (!Files.isRegularFile(file)) {
            return Preferences.defaults();
        }
        try {
            Preferences p = JSON.readValue(file.toFile(), Preferences.class);
            Preferences d = Preferences.defaults();
            return new Preferences(p.theme() == null ? d.theme() : p.theme(), p.lastSpace(), p.lastDataset(),
                    p.windowWidth() > 0 ? p.windowWidth() : d.windowWidth(),
                    p.windowHeight() > 0 ? p.windowHeight() : d.windowHeight(), p.largeFonts(), p.sample(), p.seed(),
                    p.accuracyColumn(), p.colourMode(), p.topK(), p.exportJson(), p.lastRun(),
                    p.kernelByClass(), p.xAxis(), p.markerSize(), p.markerAlpha(), p.scatter(),
                    p.lectureSeconds(), p.proxyHidden(), p.settingsHidden(), p.proxyView());
        } catch (IOException e) {
            return Preferences.defaults();
        }
    }

    public void save(Preferences p) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), p);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
