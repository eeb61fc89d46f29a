package org.naswot.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * The folders the shell launchers set for the JVM, set here when the app was started by the installed package's own
 * launcher (jpackage's, which passes {@code -Dnaswot.installed=true} but cannot read the environment): DJL's copy of
 * its JNI library and JavaFX's native libraries go under $XDG_CACHE_HOME/naswot instead of ~/.djl.ai and ~/.openjfx,
 * as the README's "Files the app writes" says; a value the user set wins. user.home stays (the shell launchers move it
 * for the JDK's font cache, after exporting the XDG variables that the app's own folders follow; a JVM cannot export
 * them), so the installed window's font cache is the JDK's ~/.java/fonts.
 */
final class InstalledFolders {
    static final String INSTALLED = "naswot.installed";

    private InstalledFolders() {
    }

    static void apply(Map<String, String> env) {
        if (!Boolean.getBoolean(INSTALLED)) {
            return;
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        String xdg = env.get("XDG_CACHE_HOME");
        Path cache = (xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache")).resolve("naswot");
        if (env.get("DJL_CACHE_DIR") == null) {
            setUnlessSet("DJL_CACHE_DIR", cache.resolve("djl"));
        }
        setUnlessSet("javafx.cachedir", cache.resolve("openjfx"));
    }

    private static void setUnlessSet(String property, Path value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value.toString());
        }
    }
}
