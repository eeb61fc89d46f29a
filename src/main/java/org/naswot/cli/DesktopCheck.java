package org.naswot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Before a window opens on Linux: is there a display to open it on, and the GTK 3 library JavaFX draws with? Either
 * missing is said in one line naming what to install or set, with the headless alternative, instead of JavaFX's
 * stack trace from its launcher thread.
 */
final class DesktopCheck {

    static final String HEADLESS_HINT = "to render without a display use `naswot gui --screenshot OUT.png` "
            + "(or run under xvfb-run)";

    /** Folders the dynamic linker searches on common distributions, besides LD_LIBRARY_PATH. */
    private static final List<String> LIBRARY_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib",
            "/usr/local/lib");

    private DesktopCheck() {
    }

    /** The problem for this process, if any; empty off Linux (other platforms bring their own toolkit). */
    static Optional<String> problem() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        return problem(System.getenv(), DesktopCheck::libraryPresent);
    }

    static Optional<String> problem(Map<String, String> env, Predicate<String> library) {
        if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of("no display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window cannot open; "
                    + HEADLESS_HINT);
        }
        if (!library.test("libgtk-3.so.0")) {
            return Optional.of("the GTK 3 library (libgtk-3.so.0) is not installed, and JavaFX draws its windows with "
                    + "it: install the libgtk-3-0 package (Debian/Ubuntu: sudo apt-get install libgtk-3-0; Fedora: "
                    + "gtk3); " + HEADLESS_HINT);
        }
        return Optional.empty();
    }

    /** Translates a failure of the JavaFX toolkit's start into the same kind of line, or null when unrelated. */
    static String explainLaunchFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (m.contains("Unable to open DISPLAY")) {
                return "cannot open the display '" + System.getenv("DISPLAY") + "' (is the X server running and "
                        + "reachable?); " + HEADLESS_HINT;
            }
            if (m.contains("GTK") || m.contains("gtk")) {
                return "JavaFX cannot load the GTK 3 library (" + m.lines().findFirst().orElse("") + "): install the "
                        + "libgtk-3-0 package; " + HEADLESS_HINT;
            }
        }
        return null;
    }

    private static boolean libraryPresent(String name) {
        List<String> dirs = new ArrayList<>();
        String ld = System.getenv("LD_LIBRARY_PATH");
        if (ld != null) {
            dirs.addAll(List.of(ld.split(":")));
        }
        dirs.addAll(LIBRARY_DIRS);
        return dirs.stream().filter(d -> !d.isBlank()).anyMatch(d -> Files.exists(Path.of(d, name)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
