package org.naswot.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.run.EngineSetup;
import org.naswot.run.ScoringSession;
import org.naswot.run.SearchExperiment;
import org.naswot.search.BestSoFar;
import org.naswot.search.EvolutionSettings;
import org.naswot.service.SearchCurves;
import org.naswot.service.SearchService;
import org.naswot.run.SpaceContext;
import org.naswot.search.Budget;
import org.naswot.search.stats.Summary;
import org.naswot.store.ResultStore;
import org.naswot.store.SearchAlgorithm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code naswot search}: repeated NASWOT / REA / AREA / random searches with benchmark accuracies. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Repeat a search R times and report the chosen cells' benchmark accuracies.",
            "naswot (the paper's Algorithm 1): sample N cells with replacement, score them on one mini-batch "
                + "(a new batch per run), choose the best score. area (Algorithm 2): score 20 random cells, seed "
                + "regularised evolution with the best 10. rea and random are the baselines (benchmark lookups of "
                + "validation accuracy stand in for training)."})
final class SearchCommand implements Callable<Integer> {

    @Option(names = "--algorithm", defaultValue = "naswot", description = "naswot, rea, area or random (default ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--n", defaultValue = "10", description = "Sample size N for naswot and random (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--runs", defaultValue = "10", description = "Number of repeated searches R (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--budget", defaultValue = "100",
            description = "Budget of rea/area in --budget-kind units (default ${DEFAULT-VALUE}).")
    double budget;

    @Option(names = "--budget-kind", defaultValue = "queries",
            description = "queries (benchmark lookups) or seconds (simulated training time, needs imported training times). Default ${DEFAULT-VALUE}.")
    String budgetKind;

    @Option(names = "--population", paramLabel = "P", defaultValue = "10",
            description = "Population size P of rea/area (default ${DEFAULT-VALUE}, NAS-Bench-201's REA; area needs P <= 20).")
    int population;

    @Option(names = "--sample-size", paramLabel = "S", defaultValue = "3",
            description = "Tournament sample size S of rea/area (default ${DEFAULT-VALUE}).")
    int sampleSize;

    @Option(names = "--curve", description = "Add each run's best-so-far curve to its JSON line: curve_accuracy (the "
            + "accuracy, in the oracle's column, of the cell the algorithm would choose after each step) and "
            + "curve_seconds (the run's wall time spread evenly over its steps).")
    boolean curve;

    @Option(names = "--oracle", paramLabel = "COLUMN",
            description = "Accuracy column used as the training signal (default: the space's validation accuracy).")
    String oracle;

    @Mixin
    ScoringOptions scoring;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 1 || n < 1) {
            throw new UserFacingException("--runs and --n must be at least 1");
        }
        if (population < 1 || sampleSize < 1) {
            throw new UserFacingException("--population and --sample-size must be at least 1");
        }
        EngineSetup.threads(scoring.threads);
        Output out = new Output(spec, common.json);
        SearchAlgorithm alg = SearchAlgorithm.fromDb(algorithm.toLowerCase(java.util.Locale.ROOT));
        Budget b = budget();
        SpaceContext ctx = SpaceContext.open(scoring.spaceKey(), DataDirectory.resolve(common.dataDir));
        ScoringSession.Config config = scoring.config();
        String oracleColumn = oracle != null ? oracle : ctx.defaultAccuracyColumn();
        Path db = common.db != null ? common.db : ResultStore.defaultLocation();
        SearchExperiment.Settings settings = new SearchExperiment.Settings(alg, n, b, runs, scoring.seed, config,
                oracleColumn, new EvolutionSettings(population, sampleSize));
        SearchExperiment.validate(settings, ctx); // before the database exists: a refused command creates nothing
        try (CancelOnInterrupt cancel = CancelOnInterrupt.install()) {
            long start = System.nanoTime();
            java.util.Set<String> keys = new java.util.LinkedHashSet<>();
            List<SearchExperiment.RunResult> results = new SearchService(db).run(settings, ctx, (e, r) -> {
                keys.addAll(e.reportedColumns().keySet());
                print(out, alg, r, curve ? SearchCurves.of(r, ctx, oracleColumn) : null);
            }, cancel::requested, out.noteOnce());
            double seconds = (System.nanoTime() - start) / 1e9;
            printSummary(out, alg, results, keys, seconds);
            return cancel.requested() ? 130 : 0;
        }
    }

    private Budget budget() {
        try {
            return switch (budgetKind) {
                case "queries" -> Budget.queries((int) budget);
                case "seconds" -> Budget.seconds(budget);
                default -> throw new UserFacingException("unknown --budget-kind '" + budgetKind
                        + "' (expected queries or seconds)");
            };
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--budget: " + e.getMessage());
        }
    }

    private void print(Output out, SearchAlgorithm alg, SearchExperiment.RunResult r, BestSoFar curve) {
        if (common.json) {
            Map<String, Object> o = JsonLines.object();
            o.put("run", r.run());
            o.put("algorithm", alg.dbName());
            o.put("chosen_index", r.chosen().index());
            o.put("chosen_arch", r.chosen().encoding());
            o.put("chosen_score", JsonLines.number(r.chosenScore()));
            r.accuracies().forEach((k, v) -> o.put(k, JsonLines.number(v)));
            r.randomPick().forEach((k, v) -> o.put("random_" + k, JsonLines.number(v)));
            o.put("seconds", r.seconds());
            o.put("computed", r.computed());
            o.put("reused", r.reused());
            if (r.queries() > 0) {
                o.put("queries", r.queries());
            }
            if (curve != null) {
                o.put("curve_accuracy", numbers(curve.accuracy()));
                o.put("curve_seconds", numbers(curve.seconds()));
            }
            out.json(o);
        } else {
            StringBuilder acc = new StringBuilder();
            r.accuracies().forEach((k, v) -> acc.append(String.format("  %s %.2f", k, v)));
            out.text(String.format("run %3d  #%-6d score %-10s%s  (%.1f s)  %s", r.run(), r.chosen().index(),
                    Double.isNaN(r.chosenScore()) ? "-" : String.format("%.2f", r.chosenScore()), acc, r.seconds(),
                    r.chosen().encoding()));
        }
    }

    private static List<Object> numbers(double[] values) {
        List<Object> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(JsonLines.number(v));
        }
        return out;
    }

    private void printSummary(Output out, SearchAlgorithm alg, List<SearchExperiment.RunResult> results,
                              java.util.Set<String> keys, double seconds) {
        Map<String, Object> o = JsonLines.object();
        o.put("summary", true);
        o.put("algorithm", alg.dbName());
        o.put("runs", results.size());
        o.put("n", n);
        StringBuilder text = new StringBuilder(String.format("%s, %d runs, N=%d:", alg.dbName(), results.size(), n));
        for (String key : keys) {
            List<Double> values = new ArrayList<>();
            results.forEach(r -> values.add(r.accuracies().get(key)));
            Summary s = Summary.of(values);
            o.put(key + "_mean", JsonLines.number(s.mean()));
            o.put(key + "_std", JsonLines.number(s.std()));
            text.append(String.format("%n  %-16s %6.2f +- %.2f", key, s.mean(), s.std()));
        }
        int scored = results.stream().mapToInt(r -> r.computed() + r.reused()).sum();
        o.put("seconds_per_run", results.isEmpty() ? null : seconds / results.size());
        o.put("archs_per_second", JsonLines.number(scored / seconds));
        o.put("computed", results.stream().mapToInt(SearchExperiment.RunResult::computed).sum());
        o.put("reused", results.stream().mapToInt(SearchExperiment.RunResult::reused).sum());
        if (common.json) {
            out.json(new LinkedHashMap<>(o));
        } else {
            out.text(text + String.format("%n  %.1f s per run, %.2f architectures scored per second (std: n-1)",
                    results.isEmpty() ? 0 : seconds / results.size(), scored / seconds));
        }
    }
}
