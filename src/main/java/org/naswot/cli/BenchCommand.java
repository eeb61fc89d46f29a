package org.naswot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.score.ScoreProfile;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.run.ArchitectureSeeds;
import org.naswot.run.EngineSetup;
import org.naswot.run.ProcessMemory;
import org.naswot.run.Sampling;
import org.naswot.run.ScoringSession;
import org.naswot.score.Weights;
import org.naswot.search.stats.Summary;
import org.naswot.space.Architecture;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code naswot bench}: milliseconds per architecture for build + initialise + score on the dataset batch,
 * measured like the reference timing in src/test/reference/golden/bench_reference.txt: warm-up architectures first,
 * then several rounds over the list, per-architecture time = minimum over rounds, reported = median and
 * quartiles over architectures.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time build + initialise + score per architecture (median and quartiles of milliseconds).")
final class BenchCommand implements Callable<Integer> {

    static final class Archs {
        @Option(names = "--archs", paramLabel = "FILE", required = true,
                description = "Architectures to time: lines 'index<TAB>arch string', '#' comments.")
        Path file;

        @Option(names = "--sample", paramLabel = "N", required = true,
                description = "Time N distinct random architectures instead (memory soak: see rss_mb_*).")
        Integer sample;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Archs archs;

    @Option(names = "--warmup", defaultValue = "2", description = "Warm-up architectures before timing (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "2", description = "Rounds over the list; each architecture's time is its minimum (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--profile", description = "After timing, score each architecture once more and report where "
            + "the time goes (build, initialisation, each kind of forward module, kernel accumulation, log-det), the "
            + "convolutions' GFLOP and the rate achieved against an estimate of this CPU's peak.")
    boolean profile;

    @Mixin
    ScoringOptions scoring;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (rounds < 1 || warmup < 0) {
            throw new UserFacingException("--rounds must be at least 1 and --warmup at least 0");
        }
        EngineSetup.threads(scoring.threads);
        Output out = new Output(spec, common.json);
        ScoringSession.Config config = scoring.config();
        try (ScoringSession session = ScoringSession.open(config, DataDirectory.resolve(common.dataDir), out::note)) {
            List<Architecture> list = archs.file != null ? readList(session, archs.file) : sample(session);
            long rssStart = ProcessMemory.residentBytes();
            long rssMax = rssStart;
            for (int i = 0; i < Math.min(warmup, list.size()); i++) {
                time(session, list.get(i));
            }
            long rssAfterWarmup = ProcessMemory.residentBytes();
            double[] best = new double[list.size()];
            java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < list.size(); i++) {
                    best[i] = Math.min(best[i], time(session, list.get(i)));
                    if (i % 50 == 49) {
                        rssMax = Math.max(rssMax, ProcessMemory.residentBytes());
                    }
                }
            }
            long rssEnd = ProcessMemory.residentBytes();
            rssMax = Math.max(rssMax, rssEnd);
            // the kernel's high-water mark also sees peaks between samples (and the JVM's start-up, which is smaller)
            rssMax = Math.max(rssMax, ProcessMemory.peakResidentBytes());
            Summary s = Summary.of(best);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("median_ms", s.median());
            o.put("q1_ms", s.q1());
            o.put("q3_ms", s.q3());
            o.put("min_ms", s.min());
            o.put("max_ms", s.max());
            o.put("mean_ms", s.mean());
            o.put("n", list.size());
            o.put("rounds", rounds);
            o.put("warmup", warmup);
            o.put("threads", org.naswot.score.IntraOpThreads.ofCurrentThread());
            o.put("device", session.device().label());
            o.put("relu_count", scoring.counting().cliName());
            o.put("omp_wait_policy", System.getenv().getOrDefault("OMP_WAIT_POLICY", "(unset)"));
            o.put("malloc_mmap_threshold", System.getenv().getOrDefault("MALLOC_MMAP_THRESHOLD_", "(unset)"));
            o.put("glibc_tunables", System.getenv().getOrDefault("GLIBC_TUNABLES", "(unset)"));
            o.put("kernel_method", session.scorer().kernelMethod().cliName());
            o.put("rss_mb_after_warmup", rssAfterWarmup / 1e6);
            o.put("rss_mb_end", rssEnd / 1e6);
            o.put("rss_mb_max", rssMax / 1e6);
            if (list.size() <= 100) {
                Map<String, Double> perArch = new LinkedHashMap<>();
                for (int i = 0; i < list.size(); i++) {
                    perArch.put(Integer.toString(list.get(i).index()), best[i]);
                }
                o.put("per_arch_ms", perArch);
            }
            Map<String, Object> profiled = profile ? profileJson(profile(session, list)) : null;
            if (profiled != null) {
                o.put("profile", profiled);
            }
            if (common.json) {
                out.json(o);
            } else {
                out.text(String.format("%d architectures, %d round(s), %d thread(s) on %s: median %.1f ms "
                                + "(quartiles %.1f .. %.1f, range %.1f .. %.1f); RSS %.0f MB after warm-up, %.0f MB max",
                        list.size(), rounds, org.naswot.score.IntraOpThreads.ofCurrentThread(), session.device().label(),
                        s.median(), s.q1(), s.q3(), s.min(), s.max(), rssAfterWarmup / 1e6, rssMax / 1e6));
                if (profiled != null) {
                    out.text(profileText(profiled));
                }
            }
        }
        return 0;
    }

    private ScoreProfile profile(ScoringSession session, List<Architecture> list) {
        ScoreProfile p = new ScoreProfile();
        for (Architecture a : list) {
            session.scorer().profiled(a, Weights.seeded(ArchitectureSeeds.of(scoring.effectiveInitSeed(), a, scoring.weightSeeds())), p);
        }
        return p;
    }

    private static Map<String, Object> profileJson(ScoreProfile p) {
        Map<String, Double> phases = p.millisecondsPerArchitecture();
        double total = phases.values().stream().mapToDouble(Double::doubleValue).sum();
        double gflop = 2 * p.convolutionMacsPerArchitecture() / 1e9;
        CpuPeak peak = CpuPeak.read(org.naswot.score.IntraOpThreads.ofCurrentThread());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("architectures", p.architectures());
        o.put("ms_per_arch", phases);
        o.put("total_ms", total);
        o.put("conv_gflop_per_arch", gflop);
        o.put("conv_ms", p.convolutionMilliseconds());
        o.put("conv_gflop_s", gflop / (p.convolutionMilliseconds() / 1e3));
        o.put("overall_gflop_s", gflop / (total / 1e3));
        o.put("cpu_peak_gflop_s", peak.gigaflops());
        o.put("cpu_peak", peak.describe());
        return o;
    }

    private static String profileText(Map<String, Object> o) {
        @SuppressWarnings("unchecked")
        Map<String, Double> phases = (Map<String, Double>) o.get("ms_per_arch");
        double total = (Double) o.get("total_ms");
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT,
                "profile over %d architectures (ms per architecture, share):%n", o.get("architectures")));
        phases.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> b.append(String.format(java.util.Locale.ROOT, "  %8.1f  %5.1f%%  %s%n", e.getValue(),
                        100 * e.getValue() / total, e.getKey())));
        b.append(String.format(java.util.Locale.ROOT, "  %8.1f          total%n", total));
        b.append(String.format(java.util.Locale.ROOT, "convolutions: %.3f GFLOP per architecture, %.1f GFLOP/s in "
                        + "their own time, %.1f GFLOP/s over the whole score; CPU peak about %.0f GFLOP/s (%s)",
                o.get("conv_gflop_per_arch"), o.get("conv_gflop_s"), o.get("overall_gflop_s"),
                o.get("cpu_peak_gflop_s"), o.get("cpu_peak")));
        return b.toString();
    }

    private double time(ScoringSession session, Architecture a) {
        long t0 = System.nanoTime();
        session.scorer().score(a, Weights.seeded(ArchitectureSeeds.of(scoring.effectiveInitSeed(), a, scoring.weightSeeds())));
        return (System.nanoTime() - t0) / 1e6;
    }

    private static List<Architecture> readList(ScoringSession session, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("architecture list " + file + " not found");
        }
        List<Architecture> list = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\t");
            String archText = f[f.length - 1];
            try {
                list.add(session.context().space().parse(archText));
            } catch (UserFacingException e) {
                throw new UserFacingException(file + " line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        if (list.isEmpty()) {
            throw new UserFacingException("architecture list " + file + " lists no architectures");
        }
        return list;
    }

    private List<Architecture> sample(ScoringSession session) {
        List<Architecture> list = new ArrayList<>();
        for (int i : Sampling.distinct(session.context().space().size(), archs.sample, scoring.seed)) {
            list.add(session.context().space().architecture(i));
        }
        return list;
    }
}
