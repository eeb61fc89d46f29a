package org.naswot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.data.DataDirectory;
import org.naswot.score.EngineStatus;
import org.naswot.score.LibtorchLocator;
import org.naswot.store.ResultStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code naswot doctor}: what this machine gives the app, and what to do about each gap. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "What this machine gives the app (Java, JavaFX, display and GTK, the libtorch found and how, "
                + "GPUs or the precise reason there are none, threads and allocator settings, data, results) and what "
                + "to do about each gap.")
final class DoctorCommand implements Callable<Integer> {

    @Option(names = "--libtorch", paramLabel = "DIR",
            description = "Look at this libtorch first (a folder with libtorch.so; also NASWOT_LIBTORCH).")
    String libtorch;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One line of the report: ok, or what is missing and what to do. */
    record Check(String name, boolean ok, String detail, String action) {
    }

    @Override
    public Integer call() {
        Output out = new Output(spec, common.json);
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("java", Runtime.version().feature() >= 17, System.getProperty("java.vm.name") + " "
                + Runtime.version(), Runtime.version().feature() >= 17 ? "" : "install Java 17 or later"));
        boolean fx = classPresent("javafx.application.Application");
        checks.add(new Check("javafx", fx, fx ? "JavaFX " + System.getProperty("javafx.version", "on the module path")
                : "not on the class or module path", fx ? "" : "start through target/naswot, which adds JavaFX"));
        String desktop = DesktopCheck.problem().orElse("");
        // DesktopCheck's sentence is "what is missing; what to do"
        int semi = desktop.indexOf("; ");
        checks.add(new Check("display", desktop.isEmpty(), desktop.isEmpty() ? "a display and GTK 3"
                : semi < 0 ? desktop : desktop.substring(0, semi), semi < 0 ? "" : desktop.substring(semi + 2)));

        List<LibtorchLocator.Candidate> found = LibtorchLocator.candidates(libtorch, LibtorchLocator.realMachine());
        String inUse = System.getProperty("PYTORCH_LIBRARY_PATH", System.getenv().getOrDefault("PYTORCH_LIBRARY_PATH",
                "(DJL's default: download)"));
        EngineStatus engine = EngineStatus.probe();
        checks.add(new Check("libtorch", engine.loaded(), engine.version() + " from " + inUse,
                engine.loaded() ? "" : "start through target/naswot, or give --libtorch DIR (a libtorch "
                        + LibtorchLocator.REQUIRED_VERSION + ")"));
        checks.add(new Check("gpu", engine.gpus() > 0, engine.gpus() > 0 ? engine.gpus() + " visible to libtorch"
                : "none", engine.reason()));
        int cores = Runtime.getRuntime().availableProcessors();
        String omp = System.getenv().getOrDefault("OMP_NUM_THREADS", "unset");
        checks.add(new Check("threads", true, cores + " cores; OMP_NUM_THREADS " + omp + ", OMP_WAIT_POLICY "
                + System.getenv().getOrDefault("OMP_WAIT_POLICY", "unset") + ", MALLOC_MMAP_THRESHOLD_ "
                + System.getenv().getOrDefault("MALLOC_MMAP_THRESHOLD_", "unset") + ", GLIBC_TUNABLES "
                + System.getenv().getOrDefault("GLIBC_TUNABLES", "unset"), ""));
        DataDirectory data = DataDirectory.resolve(common.dataDir);
        boolean cifar = Files.isDirectory(data.cifar10());
        checks.add(new Check("data", true, data.root() + (cifar ? " (CIFAR-10 present)"
                : " (no CIFAR-10 download: scoring uses the built-in 4,000 images)"),
                cifar ? "" : "naswot data download cifar10 for all 50,000 images; naswot data status for the rest"));
        Path db = common.db != null ? common.db : ResultStore.defaultLocation();
        checks.add(new Check("results", true, db + (Files.exists(db) ? "" : " (created on the first run)"), ""));

        if (common.json) {
            Map<String, Object> o = JsonLines.object();
            List<Map<String, Object>> list = new ArrayList<>();
            for (Check c : checks) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", c.name());
                m.put("ok", c.ok());
                m.put("detail", c.detail());
                m.put("action", c.action());
                list.add(m);
            }
            o.put("checks", list);
            o.put("libtorch_candidates", found.stream().map(DoctorCommand::candidate).toList());
            o.put("libtorch_in_use", inUse);
            o.put("gpus", engine.gpus());
            o.put("gpu_reason", engine.reason());
            out.json(o);
        } else {
            for (Check c : checks) {
                out.text(String.format("%-9s %s %s%s", c.name(), c.ok() ? "ok  " : "GAP ", c.detail(),
                        c.action().isEmpty() ? "" : "\n          -> " + c.action()));
            }
            out.text("libtorch, in the order looked at:");
            for (LibtorchLocator.Candidate c : found) {
                out.text("  " + c.source() + ": " + c.dir() + " " + (c.version().isEmpty() ? "" : c.version() + "+"
                        + c.flavour() + " ") + (c.usable() ? "(usable)" : "(" + c.problem() + ")"));
            }
        }
        return 0;
    }

    private static Map<String, Object> candidate(LibtorchLocator.Candidate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", c.source());
        m.put("dir", c.dir().toString());
        m.put("version", c.version());
        m.put("flavour", c.flavour());
        m.put("usable", c.usable());
        m.put("problem", c.problem());
        return m;
    }

    private static boolean classPresent(String name) {
        try {
            Class.forName(name, false, DoctorCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
