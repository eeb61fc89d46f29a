package org.naswot.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the read-only reference data beside the project (../shared/data and ../shared/golden), or
 * where NASWOT_DATA / NASWOT_GOLDEN point. Tests read these files in place; nothing is copied.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path dataDir() {
        return locate("NASWOT_DATA", "data");
    }

    public static Path goldenDir() {
        return locate("NASWOT_GOLDEN", "golden");
    }

    public static Path data(String relative) {
        return dataDir().resolve(relative);
    }

    public static Path golden(String relative) {
        return goldenDir().resolve(relative);
    }

    private static Path locate(String env, String sub) {
        String fromEnv = System.getenv(env);
        Path dir;
        if (fromEnv != null && !fromEnv.isBlank()) {
            dir = Paths.get(fromEnv);
        } else {
            String shared = System.getProperty("naswot.shared", Paths.get("..", "shared").toString());
            dir = Paths.get(shared).resolve(sub);
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("reference data folder " + dir.toAbsolutePath()
                    + " is missing: set " + env + " or place the shared folder beside the project");
        }
        return dir.toAbsolutePath().normalize();
    }
}
