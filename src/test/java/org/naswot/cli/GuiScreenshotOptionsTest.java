package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.app.theme.Preferences;
import org.naswot.app.theme.PreferencesStore;
import org.naswot.app.theme.Theme;

/**
 * naswot gui --screenshot with --axes, --clip and --proxy-figure: bad values are one line naming the valid ones, exit
 * 2 and no file; a screenshot run leaves the user's preferences file exactly as it was.
 */
class GuiScreenshotOptionsTest {

    @TempDir
    Path tmp;

    private void refused(String expected, String... options) {
        Path out = tmp.resolve("shot.png");
        List<String> args = new ArrayList<>(List.of("gui", "--headless"));
        args.addAll(List.of(options));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(Main.USER_ERROR, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(Files.exists(out), "no file written");
    }

    @Test
    void badValuesAreOneLineNamingTheValidOnes() {
        String out = tmp.resolve("shot.png").toString();
        refused("--axes must be values or ranks, not 'sideways'", "--screenshot", out, "--axes", "sideways");
        refused("--proxy-figure must be heatmap, matrix or parallel, not 'pie'", "--screenshot", out,
                "--proxy-figure", "pie");
        refused("--clip: percentiles must satisfy", "--screenshot", out, "--clip", "99,1");
        refused("--clip: give two percentiles LOW,HIGH such as 1,99", "--screenshot", out, "--clip", "1");
        refused("add --screenshot OUT.png", "--axes", "ranks");
    }

    /** The whole command in its own JVM (a JavaFX application starts once per process). */
    @Test
    void aScreenshotWithRanksLeavesThePreferencesFileAsItWas() throws Exception {
        Path config = tmp.resolve("config");
        Path prefsFile = config.resolve("naswot/preferences.json");
        new PreferencesStore(prefsFile).save(Preferences.defaults().withTheme(Theme.DARK).withChoices(7, 3, null,
                "PARAMS", 10));
        byte[] before = Files.readAllBytes(prefsFile);
        FileTime touched = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(prefsFile, touched);
        Path out = tmp.resolve("shot.png");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"),
                "-DPYTORCH_LIBRARY_PATH=" + System.getProperty("PYTORCH_LIBRARY_PATH"), "-DPYTORCH_FLAVOR=cpu",
                "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1", "-Duser.home=" + tmp.resolve("home"),
                Main.class.getName(), "gui", "--headless", "--screenshot", out.toString(), "--size", "1024x700",
                "--space", "nb201", "--sample", "3", "--seed", "2", "--axes", "ranks", "--clip", "1,99",
                "--proxy-figure", "parallel", "--data-dir", tmp.resolve("data").toString(), "--db",
                tmp.resolve("r.sqlite").toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectErrorStream(false);
        Map<String, String> env = pb.environment();
        env.put("HOME", tmp.resolve("home").toString());
        env.put("XDG_CONFIG_HOME", config.toString());
        env.put("XDG_DATA_HOME", tmp.resolve("share").toString());
        env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        env.remove("DISPLAY");
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "ended");
        assertEquals(0, p.exitValue(), err);
        BufferedImage shot = ImageIO.read(out.toFile());
        assertEquals(1024, shot.getWidth(), err);
        assertEquals(700, shot.getHeight());
        assertArrayEquals(before, Files.readAllBytes(prefsFile), "the preferences file is unchanged");
        assertEquals(touched, Files.getLastModifiedTime(prefsFile), "and not rewritten");
    }
}
