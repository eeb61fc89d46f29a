package org.naswot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.run.EngineSetup;
import org.naswot.run.Sampling;
import org.naswot.run.ScoringRun;
import org.naswot.run.ScoringSession;
import org.naswot.run.SearchExperiment;
import org.naswot.run.SpaceContext;
import org.naswot.score.ScoreResult;
import org.naswot.search.report.BenchmarkDataset;
import org.naswot.search.report.MethodRuns;
import org.naswot.search.report.ReproductionData;
import org.naswot.search.report.ReproductionReport;
import org.naswot.search.stats.Bootstrap;
import org.naswot.search.stats.ConfidenceInterval;
import org.naswot.search.stats.Correlations;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;
import org.naswot.store.SearchAlgorithm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code naswot reproduce}: the NAS-Bench-201 rows of the paper's Table 2 (NASWOT N=10, N=100, optionally
 * N=1000, with random and optimal-in-N baselines drawn from the same samples) and Figure 3's Kendall tau,
 * beside the published values with bootstrap confidence intervals.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Reproduce the paper's NAS-Bench-201 results (Table 2, Figure 3's Kendall tau) with confidence intervals.")
final class ReproduceCommand implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "10", description = "Searches per N (the paper: 500). Default ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--n1000", description = "Also N=1000 (1000 scores per run).")
    boolean n1000;

    @Option(names = "--tau-sample", defaultValue = "1000", description = "Cells for Kendall tau (default ${DEFAULT-VALUE}; 0 to skip).")
    int tauSample;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the Markdown report here as well.")
    Path outFile;

    @Option(names = "--bootstrap", defaultValue = "2000", description = "Bootstrap resamples (default ${DEFAULT-VALUE}).")
    int resamples;

    @Mixin
    ScoringOptions scoring;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final Map<String, BenchmarkDataset> DATASETS = Map.of(
            "cifar10_test", BenchmarkDataset.CIFAR10,
            "cifar100_test", BenchmarkDataset.CIFAR100,
            "imagenet16_test", BenchmarkDataset.IMAGENET16_120);

    /**
     * --space comes with the shared scoring options, whose help lists every space; reproduce accepts nb201 only, so
     * its help says so (the option keeps its binding to {@link ScoringOptions#space}).
     */
    static void narrowSpaceHelp(picocli.CommandLine.Model.CommandSpec reproduce) {
        picocli.CommandLine.Model.OptionSpec space = reproduce.findOption("--space");
        reproduce.remove(space);
        reproduce.addOption(space.toBuilder().description("Search space: nb201 only (the paper's NAS-Bench-201 "
                + "results). Default ${DEFAULT-VALUE}.").build());
    }

    /** Only a space whose module says so, named by its id (as before: not an alias, not a variant). */
    static boolean reproducesPaper(String space) {
        return org.naswot.spaces.SpaceModules.catalog().find(space).filter(d -> d.id().equals(space))
                .map(d -> org.naswot.spaces.SpaceModules.of(d).reproducesPaper()).orElse(false);
    }

    @Override
    public Integer call() throws Exception {
        if (!reproducesPaper(scoring.space)) {
            throw new UserFacingException("reproduce covers the paper's NAS-Bench-201 results (--space nb201)");
        }
        // checked before hours of searches, written whole at the end
        OutputFile target = outFile == null ? null : OutputFile.checked(outFile, "--out");
        EngineSetup.threads(scoring.threads);
        Output out = new Output(spec, common.json);
        SpaceContext ctx = SpaceContext.open(scoring.space, DataDirectory.resolve(common.dataDir));
        ScoringSession.Config config = scoring.config();
        Path db = common.db != null ? common.db : ResultStore.defaultLocation();
        List<MethodRuns> methods = new ArrayList<>();
        Correlations correlations = null;
        ConfidenceInterval tauInterval = null;
        try (ResultStore store = ResultStore.open(db); CancelOnInterrupt cancel = CancelOnInterrupt.install()) {
            java.util.function.Consumer<String> notes = out.noteOnce();
            List<Integer> sizes = n1000 ? List.of(10, 100, 1000) : List.of(10, 100);
            for (int n : sizes) {
                SearchExperiment e = new SearchExperiment(new SearchExperiment.Settings(SearchAlgorithm.NASWOT, n, null,
                        runs, scoring.seed, config, ctx.defaultAccuracyColumn()), ctx, store);
                Map<BenchmarkDataset, List<Double>> chosen = new EnumMap<>(BenchmarkDataset.class);
                Map<BenchmarkDataset, List<Double>> random = new EnumMap<>(BenchmarkDataset.class);
                Map<BenchmarkDataset, List<Double>> optimal = new EnumMap<>(BenchmarkDataset.class);
                e.execute(r -> {
                    out.note(String.format("N=%d run %d/%d: chose #%d (CIFAR-10 test %.2f) in %.1f s", n, r.run() + 1,
                            runs, r.chosen().index(), r.accuracies().get("cifar10_test"), r.seconds()));
                    DATASETS.forEach((key, dataset) -> {
                        chosen.computeIfAbsent(dataset, d -> new ArrayList<>()).add(r.accuracies().get(key));
                        random.computeIfAbsent(dataset, d -> new ArrayList<>())
                                .add(e.accuracies(r.sampled().get(0)).get(key));
                        optimal.computeIfAbsent(dataset, d -> new ArrayList<>()).add(r.sampled().stream()
                                .mapToDouble(i -> e.accuracies(i).get(key)).max().orElse(Double.NaN));
                    });
                }, cancel::requested, notes);
                methods.add(MethodRuns.naswot(n, chosen));
                methods.add(MethodRuns.baseline("Optimal in N=" + n, optimal));
                if (n == 10) {
                    methods.add(MethodRuns.baseline("Random cell", random));
                }
            }
            if (tauSample > 0 && !cancel.requested()) {
                double[][] pairs = tauPairs(ctx, config, store, out, cancel);
                correlations = Correlations.of(pairs[0], pairs[1]);
                tauInterval = new Bootstrap(new SplittableRandom(scoring.seed), resamples).kendallTau(pairs[0], pairs[1], 0.95);
            }
        }
        String report = new ReproductionReport(new Bootstrap(new SplittableRandom(scoring.seed), resamples), 0.95)
                .render(new ReproductionData(methods, correlations, tauInterval));
        String header = String.format("<!-- naswot reproduce: %d searches per N, batch %d, %s counting, seeds %d..%d, "
                        + "tool %s -->%n", runs, scoring.batchSize, scoring.counting().cliName(),
                scoring.seed, scoring.seed + runs - 1, org.naswot.common.Version.current());
        if (target != null) {
            target.write(file -> Files.writeString(file, header + report));
        }
        out.text(header + report);
        return 0;
    }

    /** Scores and validation accuracies of a seeded sample of cells (the same run score-space would make). */
    private double[][] tauPairs(SpaceContext ctx, ScoringSession.Config config, ResultStore store, Output out,
                                CancelOnInterrupt cancel) {
        try (ScoringSession session = ScoringSession.open(config, ctx, out::note)) {
            List<Architecture> archs = new ArrayList<>();
            for (int i : Sampling.distinct(ctx.space().size(), tauSample, scoring.seed)) {
                archs.add(ctx.space().architecture(i));
            }
            ScoringRun.Outcome o = session.run(store).execute(archs, "score-space --sample " + tauSample + " --seed "
                    + scoring.seed, (r, reused, done, total) -> {
                        if (done % 100 == 0) {
                            out.note("Kendall tau sample: " + done + "/" + total);
                        }
                    }, cancel::requested, org.naswot.store.RunStatus.INTERRUPTED);
            List<ScoreResult> results = o.results();
            double[][] pairs = new double[2][results.size()];
            for (int i = 0; i < results.size(); i++) {
                pairs[0][i] = results.get(i).score();
                pairs[1][i] = ctx.accuracy(results.get(i).index(), ctx.defaultAccuracyColumn());
            }
            return pairs;
        }
    }
}
