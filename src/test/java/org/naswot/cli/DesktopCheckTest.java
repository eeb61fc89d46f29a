package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Launching the window where it cannot open says why in one line, with what to install and the headless way. */
class DesktopCheckTest {

    @Test
    void noDisplayNamesTheHeadlessAlternative() {
        Optional<String> p = DesktopCheck.problem(Map.of(), lib -> true);
        assertTrue(p.isPresent());
        assertTrue(p.get().contains("DISPLAY") && p.get().contains("gui --screenshot OUT.png"), p.get());
    }

    @Test
    void missingGtkNamesThePackage() {
        Optional<String> p = DesktopCheck.problem(Map.of("DISPLAY", ":0"), lib -> false);
        assertTrue(p.isPresent());
        assertTrue(p.get().contains("libgtk-3-0") && p.get().contains("--screenshot"), p.get());
        assertEquals(Optional.empty(), DesktopCheck.problem(Map.of("WAYLAND_DISPLAY", "wayland-0"), lib -> true));
    }

    @Test
    void toolkitFailuresAreTranslatedOthersAreNot() {
        String m = DesktopCheck.explainLaunchFailure(new RuntimeException("launch failed",
                new UnsupportedOperationException("Unable to open DISPLAY")));
        assertTrue(m != null && m.contains("--screenshot"), m);
        assertTrue(DesktopCheck.explainLaunchFailure(new UnsatisfiedLinkError("Unable to load glass GTK library"))
                .contains("libgtk-3-0"));
        assertNull(DesktopCheck.explainLaunchFailure(new IllegalStateException("something else")));
    }

    @Test
    void theGuiCommandExitsWithTwoAndOneLine() {
        // the test JVM has neither DISPLAY for a window (tests run headless) nor, on CI, GTK; either way the
        // command must end with the user-error code and no stack trace
        if (DesktopCheck.problem().isEmpty()) {
            return; // a desktop session: opening a window here would block the build
        }
        CliRunner.Result r = CliRunner.run("gui");
        assertEquals(Main.USER_ERROR, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--screenshot"), r.err());
    }
}
