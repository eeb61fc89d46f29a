package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both launchers keep what the JVM's libraries write (DJL's JNI library, JavaFX's natives, the JDK's font cache under
 * user.home) in the app's XDG cache folder, and export the XDG variables the app's own defaults follow. Runs the real
 * scripts with a fake java that prints its arguments and environment.
 */
class LauncherFoldersTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"launcher", "image"})
    void everyFileGoesUnderTheAppsXdgFolders(String kind) throws Exception {
        Path home = dir.resolve("home");
        List<String> out = launch(kind, Map.of("HOME", home.toString()));
        String cache = home + "/.cache/naswot";
        assertTrue(out.contains("ARG=-DDJL_CACHE_DIR=" + cache + "/djl"), out.toString());
        assertTrue(out.contains("ARG=-Djavafx.cachedir=" + cache + "/openjfx"), out.toString());
        assertTrue(out.contains("ARG=-Duser.home=" + cache + "/home"), out.toString());
        assertTrue(out.contains("XDG_DATA_HOME=" + home + "/.local/share"), out.toString());
        assertTrue(out.contains("XDG_CONFIG_HOME=" + home + "/.config"), out.toString());

        List<String> own = launch(kind, Map.of("HOME", home.toString(), "XDG_CACHE_HOME", dir + "/c",
                "XDG_DATA_HOME", dir + "/d"));
        assertTrue(own.contains("ARG=-DDJL_CACHE_DIR=" + dir + "/c/naswot/djl"), own.toString());
        assertTrue(own.contains("XDG_DATA_HOME=" + dir + "/d"), "the user's own folders stay: " + own);
        assertEquals("ARG=--version", own.get(own.size() - 1), "the user's arguments come last");
    }

    private List<String> launch(String kind, Map<String, String> userEnv) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path script;
        Path java;
        if (kind.equals("launcher")) {
            script = dir.resolve("naswot");
            Files.copy(Path.of("src/main/launcher/naswot"), script, StandardCopyOption.REPLACE_EXISTING);
            java = dir.resolve("jdk/bin/java");
        } else {
            script = dir.resolve("bin/naswot-explorer");
            Files.createDirectories(script.getParent());
            Files.copy(Path.of("src/main/image/naswot-explorer"), script, StandardCopyOption.REPLACE_EXISTING);
            java = dir.resolve("runtime/bin/java");
        }
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/bash\nfor v in XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME; do "
                + "echo \"$v=${!v:-}\"; done\nfor a in \"$@\"; do echo \"ARG=$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", script.toString(), "--version");
        Map<String, String> env = pb.environment();
        List.of("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "PYTORCH_LIBRARY_PATH").forEach(env::remove);
        env.put("JAVA_HOME", dir.resolve("jdk").toString());
        env.putAll(userEnv);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }
}
