package org.naswot.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Python that can import given modules: tests that run generated scripts use it, and skip (saying which modules
 * are missing) where none can. The python3 on the PATH comes first, then the system's (a pyenv shim may shadow the
 * one the distribution's packages installed into).
 */
public final class PythonModules {
    private static final List<String> CANDIDATES = List.of("python3", "/usr/bin/python3");

    private PythonModules() {
    }

    /** The first candidate that imports every module of {@code names}. */
    public static Optional<String> interpreterWith(String... names) {
        return CANDIDATES.stream().filter(python -> missing(python, names).isEmpty()).findFirst();
    }

    /** The modules of {@code names} python3 on the PATH cannot import, comma-separated ("python3" when absent). */
    public static String missing(String... names) {
        return missing("python3", names);
    }

    private static String missing(String python, String... names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import " + name).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    out.add(name);
                }
            } catch (IOException e) {
                return python;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return python + " (interrupted)";
            }
        }
        return String.join(", ", out);
    }
}
