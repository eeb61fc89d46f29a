package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The installed package's launcher cannot export the XDG variables: the app puts DJL's and JavaFX's files there. */
class InstalledFoldersTest {
    private static final String[] PROPERTIES = {InstalledFolders.INSTALLED, "DJL_CACHE_DIR", "javafx.cachedir"};
    private final Map<String, String> saved = new java.util.HashMap<>();

    InstalledFoldersTest() {
        for (String p : PROPERTIES) {
            saved.put(p, System.getProperty(p));
            System.clearProperty(p);
        }
    }

    @AfterEach
    void restore() {
        saved.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }

    @Test
    void theInstalledLauncherPutsNativeCachesUnderTheXdgCache() {
        System.setProperty(InstalledFolders.INSTALLED, "true");
        InstalledFolders.apply(Map.of("HOME", "/home/u", "XDG_CACHE_HOME", "/var/cache/u"));
        assertEquals("/var/cache/u/naswot/djl", System.getProperty("DJL_CACHE_DIR"));
        assertEquals("/var/cache/u/naswot/openjfx", System.getProperty("javafx.cachedir"));
    }

    @Test
    void withoutXdgCacheHomeTheHomesCacheAndAValueTheUserSetWins() {
        System.setProperty(InstalledFolders.INSTALLED, "true");
        System.setProperty("javafx.cachedir", "/mine");
        InstalledFolders.apply(Map.of("HOME", "/home/u", "XDG_CACHE_HOME", "relative/ignored"));
        assertEquals("/home/u/.cache/naswot/djl", System.getProperty("DJL_CACHE_DIR"));
        assertEquals("/mine", System.getProperty("javafx.cachedir"));
        System.clearProperty("DJL_CACHE_DIR");
        InstalledFolders.apply(Map.of("HOME", "/home/u", "DJL_CACHE_DIR", "/env/djl"));
        assertNull(System.getProperty("DJL_CACHE_DIR"), "DJL reads its environment variable itself");
    }

    @Test
    void theRepositoryLaunchersAreLeftAlone() {
        InstalledFolders.apply(Map.of("HOME", "/home/u"));
        assertNull(System.getProperty("DJL_CACHE_DIR"));
        assertNull(System.getProperty("javafx.cachedir"));
    }
}
