package org.naswot.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the libtorch this app can load, in the order a GPU user expects: {@code --libtorch DIR} or
 * {@code NASWOT_LIBTORCH} (or the user's own {@code PYTORCH_LIBRARY_PATH}), then a pip-installed {@code torch} of the
 * version DJL needs in the active virtual environment, conda environment or the {@code python3} on the PATH (its
 * {@code torch/lib}), then DJL's cache, then the CPU build the launcher unpacked. Each place found is named with its
 * version and flavour, and why it cannot be used where it cannot (another torch version: the exact one to install).
 */
public final class LibtorchLocator {
    /** The libtorch version DJL 0.36's pytorch-jni 2.7.1-0.36.0 is built against. */
    public static final String REQUIRED_VERSION = "2.7.1";
    /** The launcher's system property naming the CPU libtorch it unpacked beside the app. */
    public static final String BUNDLED_PROPERTY = "naswot.bundledLibtorch";

    private static final Pattern PY_VERSION = Pattern.compile("__version__\\s*=\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern DJL_DIR = Pattern.compile("(\\d+\\.\\d+\\.\\d+)-([a-z0-9]+)-linux-x86_64");

    private LibtorchLocator() {
    }

    /**
     * One place a libtorch may be.
     *
     * @param source  how it was found ("--libtorch", "NASWOT_LIBTORCH", "virtualenv", "python3", "DJL cache", ...)
     * @param version torch's version without the local part ("2.7.1"), or "" when unknown
     * @param flavour "cpu", "cu128", ... or "" when unknown
     * @param problem why it cannot be used, with the way out; null when it can
     */
    public record Candidate(String source, Path dir, String version, String flavour, String problem) {
        public boolean usable() {
            return problem == null;
        }

        /** The PYTORCH_FLAVOR for DJL: its JNI library exists for cpu and cu128 (any CUDA 12 torch loads with it). */
        public String jniFlavour() {
            return flavour.startsWith("cu12") ? "cu128" : "cpu";
        }
    }

    /** What the locator reads of the machine; tests give it fake folders. */
    public interface Machine {
        String env(String name);

        String property(String name);

        /** site-packages folders of the {@code python3} on the PATH (empty when there is none). */
        List<Path> pythonSitePackages();
    }

    /** Every place looked at, in order of preference. */
    public static List<Candidate> candidates(String cliDir, Machine m) {
        List<Candidate> out = explicit(cliDir, m);
        for (String[] env : new String[][] {{"VIRTUAL_ENV", "virtualenv"}, {"CONDA_PREFIX", "conda env"}}) {
            String prefix = m.env(env[0]);
            if (prefix != null && !prefix.isBlank()) {
                sitePackagesUnder(Path.of(prefix)).forEach(sp -> addTorch(out, env[1], sp));
            }
        }
        m.pythonSitePackages().forEach(sp -> addTorch(out, "python3", sp));
        String djlCache = m.env("DJL_CACHE_DIR") != null ? m.env("DJL_CACHE_DIR") : m.property("DJL_CACHE_DIR");
        Path cache = djlCache != null ? Path.of(djlCache)
                : m.property("user.home") != null ? Path.of(m.property("user.home"), ".djl.ai") : null;
        if (cache != null && Files.isDirectory(cache.resolve("pytorch"))) {
            try (Stream<Path> dirs = Files.list(cache.resolve("pytorch"))) {
                dirs.filter(d -> DJL_DIR.matcher(d.getFileName().toString()).matches()).sorted()
                        .forEach(d -> out.add(inspect("DJL cache", d)));
            } catch (IOException e) {
                // an unreadable cache is no candidate
            }
        }
        String bundled = m.property(BUNDLED_PROPERTY);
        if (bundled != null) {
            out.add(inspect("bundled CPU build", Path.of(bundled)));
        }
        // the same folder found twice (e.g. PYTORCH_LIBRARY_PATH set by hand to the virtualenv's) counts once
        List<Candidate> distinct = new ArrayList<>();
        for (Candidate c : out) {
            if (distinct.stream().noneMatch(d -> d.dir().toAbsolutePath().normalize()
                    .equals(c.dir().toAbsolutePath().normalize()))) {
                distinct.add(c);
            }
        }
        return distinct;
    }

    /** What the user named: {@code --libtorch}, {@code NASWOT_LIBTORCH}, their own {@code PYTORCH_LIBRARY_PATH}. */
    private static List<Candidate> explicit(String cliDir, Machine m) {
        List<Candidate> out = new ArrayList<>();
        if (cliDir != null && !cliDir.isBlank()) {
            out.add(inspect("--libtorch", Path.of(cliDir)));
        }
        addIfSet(out, "NASWOT_LIBTORCH", m.env("NASWOT_LIBTORCH"));
        addIfSet(out, "PYTORCH_LIBRARY_PATH", m.env("PYTORCH_LIBRARY_PATH"));
        return out;
    }

    /** The first usable candidate. */
    public static Optional<Candidate> choose(List<Candidate> candidates) {
        return candidates.stream().filter(Candidate::usable).findFirst();
    }

    /**
     * Points DJL at the chosen libtorch before the engine starts (system properties PYTORCH_LIBRARY_PATH,
     * PYTORCH_FLAVOR, PYTORCH_VERSION). Returns what was chosen, or empty when nothing usable was found (DJL then
     * does what it did before).
     */
    public static Optional<Candidate> apply(String cliDir, Machine m) {
        // every command starts here: ask python3 only when the user named no usable libtorch themselves
        Optional<Candidate> chosen = choose(explicit(cliDir, m)).or(() -> choose(candidates(cliDir, m)));
        chosen.ifPresent(c -> {
            System.setProperty("PYTORCH_LIBRARY_PATH", c.dir().toString());
            System.setProperty("PYTORCH_FLAVOR", c.jniFlavour());
            System.setProperty("PYTORCH_VERSION", REQUIRED_VERSION);
        });
        return chosen;
    }

    private static void addIfSet(List<Candidate> out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.add(inspect(name, Path.of(value)));
        }
    }

    private static void addTorch(List<Candidate> out, String source, Path sitePackages) {
        Path lib = sitePackages.resolve("torch").resolve("lib");
        if (Files.isDirectory(lib)) {
            out.add(inspect(source, lib));
        }
    }

    private static List<Path> sitePackagesUnder(Path prefix) {
        List<Path> out = new ArrayList<>();
        Path lib = prefix.resolve("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> s = Files.list(lib)) {
                s.filter(p -> p.getFileName().toString().startsWith("python3")).sorted()
                        .map(p -> p.resolve("site-packages")).filter(Files::isDirectory).forEach(out::add);
            } catch (IOException e) {
                // unreadable: nothing there for us
            }
        }
        return out;
    }

    /** What a folder holds: libtorch or not, which version and flavour, and whether this app can load it. */
    public static Candidate inspect(String source, Path dir) {
        if (!Files.isDirectory(dir)) {
            return new Candidate(source, dir, "", "", "no such folder");
        }
        if (!Files.exists(dir.resolve("libtorch.so")) && !Files.exists(dir.resolve("libtorch_cpu.so"))) {
            Path lib = dir.resolve("lib");
            if (Files.exists(lib.resolve("libtorch.so")) || Files.exists(lib.resolve("libtorch_cpu.so"))) {
                return inspect(source, lib);
            }
            return new Candidate(source, dir, "", "", "no libtorch.so in it");
        }
        String[] vf = versionAndFlavour(dir);
        String version = vf[0];
        String flavour = vf[1];
        String problem = null;
        if (version.isEmpty()) {
            problem = null; // a hand-built or unpacked libtorch without a version file: the user's choice, tried as is
        } else if (!version.equals(REQUIRED_VERSION)) {
            problem = "torch " + version + (flavour.isEmpty() ? "" : "+" + flavour) + " found; this app needs "
                    + REQUIRED_VERSION + ": pip install torch==" + REQUIRED_VERSION + " --index-url "
                    + "https://download.pytorch.org/whl/" + (flavour.startsWith("cu") ? "cu128" : "cpu");
        } else if (flavour.startsWith("cu") && !flavour.startsWith("cu12")) {
            problem = "torch " + version + "+" + flavour + ": this app's JNI library is built for CUDA 12 (cu128); "
                    + "pip install torch==" + REQUIRED_VERSION + " --index-url https://download.pytorch.org/whl/cu128";
        }
        return new Candidate(source, dir, version, flavour.isEmpty() && !version.isEmpty() ? "cpu" : flavour, problem);
    }

    /** From pip's torch/version.py, a libtorch zip's build-version, or DJL's cache folder name. */
    static String[] versionAndFlavour(Path libDir) {
        Path torch = libDir.getParent();
        String full = null;
        String cuda = null;
        try {
            if (torch != null && Files.isRegularFile(torch.resolve("version.py"))) {
                String py = Files.readString(torch.resolve("version.py"), StandardCharsets.UTF_8);
                Matcher v = PY_VERSION.matcher(py);
                full = v.find() ? v.group(1) : null;
                Matcher c = Pattern.compile("(?m)^cuda\\s*(?::[^=]*)?=\\s*['\"]([0-9.]+)['\"]").matcher(py);
                cuda = c.find() ? c.group(1) : null;
            } else if (torch != null && Files.isRegularFile(torch.resolve("build-version"))) {
                full = Files.readString(torch.resolve("build-version"), StandardCharsets.UTF_8).strip();
            }
        } catch (IOException e) {
            full = null;
        }
        if (full == null) {
            Matcher d = DJL_DIR.matcher(libDir.getFileName().toString());
            return d.matches() ? new String[] {d.group(1), d.group(2)} : new String[] {"", ""};
        }
        int plus = full.indexOf('+');
        String version = plus < 0 ? full : full.substring(0, plus);
        String local = plus < 0 ? "" : full.substring(plus + 1).toLowerCase(Locale.ROOT);
        String flavour = local.startsWith("cu") ? local
                : cuda != null ? "cu" + cuda.replace(".", "") : "cpu";
        return new String[] {version, flavour};
    }

    /** The real machine: environment, system properties and {@code python3}'s site-packages (without importing torch). */
    public static Machine realMachine() {
        return new Machine() {
            @Override
            public String env(String name) {
                return System.getenv(name);
            }

            @Override
            public String property(String name) {
                return System.getProperty(name);
            }

            @Override
            public List<Path> pythonSitePackages() {
                try {
                    Process p = new ProcessBuilder("python3", "-c",
                            "import site,sysconfig\nprint(sysconfig.get_paths()['purelib'])\n"
                                    + "print(sysconfig.get_paths()['platlib'])\nprint(site.getusersitepackages())")
                            .redirectErrorStream(true).start();
                    if (!p.waitFor(5, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                        return List.of();
                    }
                    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    return out.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().map(Path::of)
                            .filter(Files::isDirectory).toList();
                } catch (IOException e) {
                    return List.of();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return List.of();
                }
            }
        };
    }
}
