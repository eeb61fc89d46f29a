package org.naswot.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.data.DataDirectory;
import org.naswot.run.EngineSetup;
import org.naswot.run.ScoreEngine;
import org.naswot.run.ScoringRun;
import org.naswot.run.ScoringSession;
import org.naswot.run.SpaceContext;
import org.naswot.run.StoredProxies;
import org.naswot.service.ArchitectureSelection;
import org.naswot.service.ProxyCatalog;
import org.naswot.service.ProxySelection;
import org.naswot.service.RecommendedEnsemble;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringProtocol;
import org.naswot.score.proxies.ProxyRequirements;
import org.naswot.score.proxies.ZeroCostProxy;
import org.naswot.common.UserFacingException;
import org.naswot.search.stats.Correlations;
import org.naswot.search.stats.RankEnsemble;
import org.naswot.space.Architecture;
import org.naswot.spaces.OversizedEntries;
import org.naswot.spark.SparkEngines;
import org.naswot.store.ResultStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.naswot.search.stats.BestOfN;
import org.naswot.search.stats.Ndcg;
import org.naswot.search.stats.ProxyComparison;
import org.naswot.search.stats.ProxyQuality;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code naswot score-space}: rank a sample or all of a space and correlate with trained accuracy. */
@Command(name = "score-space", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score a seeded sample (or all) of a search space, one line per architecture, then a summary "
                + "with Kendall tau and Spearman rho against a benchmark accuracy column.",
            "Each score is stored as soon as it is computed; rerunning the same command resumes."})
final class ScoreSpaceCommand implements Callable<Integer> {
    /** The NASWOT score itself as an ensemble member. */
    private static final String NWOT = org.naswot.score.Measures.NWOT;
    private static final String ENSEMBLE = "ensemble";

    static final class Selection {
        @Option(names = "--sample", paramLabel = "N", required = true, description = "N distinct architectures drawn with --seed.")
        Integer sample;

        @Option(names = "--all", required = true, description = "Every architecture of the space.")
        boolean all;

        @Option(names = "--indices", paramLabel = "FILE", required = true,
                description = "The benchmark indices listed in FILE, one per line (# starts a comment).")
        Path indices;

        @Option(names = "--archs", paramLabel = "FILE", required = true,
                description = "The architectures whose strings FILE lists, one per line in --space's own form (as "
                        + "score --arch takes them); blank lines and lines starting with # are skipped.")
        Path archs;
    }

    @Option(names = "--proxies", paramLabel = "all|P1,P2,...", split = ",",
            description = "Also compute these zero-cost proxies (all: every one; see `naswot proxies`) on the same "
                    + "batch and weights; each line gains \"proxies\", the summary their Kendall tau, Spearman rho, "
                    + "top-10%% precision, nDCG, best-of-100 and Kendall tau with params and flops (computed with "
                    + "them). "
                    + "Values are stored and reused like scores; a failure is recorded apart and retried. An aggregate "
                    + "(az_nas, ...) computes its parts and is ranked across the run's architectures from their values.")
    List<String> proxies;

    @Option(names = "--ensemble", paramLabel = "recommended|P1,P2,...", split = ",",
            description = "Also correlate a rank ensemble (the mean of each member's rank) of these --proxies, "
                    + "aggregates among them (az_nas, vkdnw_single, vkdnw_agg, te_nas) and/or nwot (the NASWOT "
                    + "score); the summary lists it as \"ensemble\" with \"ensemble_members\". recommended: the "
                    + "documented training-free ensemble (its members are computed without naming them in --proxies).")
    List<String> ensemble;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Selection selection;

    @Mixin
    ProtocolOptions protocolOptions;

    @Option(names = "--accuracy", paramLabel = "COLUMN",
            description = "Benchmark accuracy column to correlate with (default: the space's, for nb201 "
                    + "cifar10valid_valid_200ep_nb201v10 as in the paper; nb301: the surrogate's val_accuracy). "
                    + "A table's published score columns can be named too (nb301: suite_zero_nwot, ...).")
    String accuracy;

    @Option(names = "--engine", defaultValue = "local", paramLabel = "local|spark",
            description = "Where architectures are scored: local (this process, default) or spark (the "
                    + "architectures the store lacks become an Apache Spark job; rows are stored here as they arrive).")
    String engine;

    @Option(names = "--workers", paramLabel = "W",
            description = "--engine local: architectures scored at once, each by its own thread with --threads "
                    + "libtorch threads (default on the CPU: one per core up to 8, with one thread each unless "
                    + "--threads is given; 1 on a GPU and with --proxies). Scores do not depend on it.")
    Integer workers;

    @Option(names = "--master", paramLabel = "URL",
            description = "--engine spark: the Spark master, e.g. 'local[2]' or spark://host:7077 (default: the one "
                    + "spark-submit sets).")
    String master;

    @Option(names = "--master-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "--engine spark: how long the master (and a cluster's first executor) may take to answer "
                    + "before the command gives up (default ${DEFAULT-VALUE}).")
    int masterTimeout;

    @Option(names = "--verbose", description = "--engine spark: show Spark's own log (kept out of the terminal "
            + "otherwise; failures are reported in one sentence either way).")
    boolean verbose;

    @Option(names = "--partitions", paramLabel = "P",
            description = "--engine spark: partitions of the architecture list (default: 4 per core, at most "
                    + "64 architectures each).")
    Integer partitions;

    @Mixin
    ScoringOptions scoring;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        boolean spark = sparkEngine();
        if (spark && workers != null) {
            throw new UserFacingException("--workers goes with --engine local; a Spark run has one task per core");
        }
        int localWorkers = spark ? 1 : localWorkers();
        // a Spark task has one core (spark.task.cpus): one libtorch thread each unless --threads says otherwise; so
        // has each of several local workers, unless --threads or --workers say otherwise
        Integer threads = scoring.threads != null ? scoring.threads
                : spark ? Integer.valueOf(1)
                : localWorkers > 1 ? Integer.valueOf(Math.max(1, cores() / localWorkers)) : null;
        EngineSetup.threads(threads);
        Output out = new Output(spec, common.json);
        ScoringProtocol chosenProtocol = protocolOptions.chosen();
        int seedCount = protocolSeedCount(chosenProtocol, spark);
        ScoringSession.Config config = scoring.config(chosenProtocol, protocolOptions.batchSize(scoring, spec));
        Path db = common.db != null ? common.db : ResultStore.defaultLocation();
        // the accuracy column (an NDS space's import) is checked before a batch is drawn
        SpaceContext ctx = SpaceContext.open(config.space(), DataDirectory.resolve(common.dataDir));
        String column = accuracy != null ? accuracy : ctx.defaultAccuracyColumn();
        ctx.requireAccuracyColumn(column);
        // refused before anything is computed or a database created
        boolean recommended = RecommendedEnsemble.requested(ensemble);
        ProxySelection selectedProxies = ProxySelection.resolve(recommended ? RecommendedEnsemble.withMembers(proxies)
                : proxies);
        // with the size references of every proxy's size bias (proxy_tau_params, proxy_tau_flops): free to compute
        List<ZeroCostProxy> chosen = ProxyCatalog.withSizeReferences(selectedProxies.proxies());
        List<String> members = recommended ? RecommendedEnsemble.MEMBERS : ensembleMembers(chosen, selectedProxies);
        if (spark && !chosen.isEmpty()) {
            throw new UserFacingException("--proxies are computed in this process only: score them with "
                    + "--engine local (the NASWOT scores the Spark run stored are reused)");
        }
        if (spark) {
            SparkEngines.requireSpark();
        }
        List<Map<String, Object>> perSeed = new ArrayList<>();
        for (int k = 0; k < seedCount; k++) {
            Map<String, Object> summary = scoreOneSeed(config.withSeedOffset(k), ctx, out, spark, threads,
                    localWorkers, db, column, selectedProxies, chosen, members, seedCount == 1);
            perSeed.add(summary);
            if (Boolean.TRUE.equals(summary.get("cancelled"))) {
                break;
            }
        }
        if (seedCount > 1) {
            printSeedsSummary(out, ProtocolSummary.merge(perSeed));
        }
        return Boolean.TRUE.equals(perSeed.get(perSeed.size() - 1).get("cancelled")) ? 130 : 0;
    }

    /** One run of the protocol (one seed): scored, stored and summarised; the summary printed when {@code print}. */
    private Map<String, Object> scoreOneSeed(ScoringSession.Config config, SpaceContext ctx, Output out, boolean spark,
                                             Integer threads, int localWorkers, Path db, String column,
                                             ProxySelection selectedProxies, List<ZeroCostProxy> chosen,
                                             List<String> members, boolean print) {
        try (ScoringSession session = ScoringSession.open(config, ctx, out::note);
             ScoreEngine scoreEngine = spark ? SparkEngines.create(config, session, common.dataDir, threads, master,
                     partitions, verbose, masterTimeout) : null) {
            if (localWorkers > 1 && session.device().device().isGpu()) {
                throw new UserFacingException("--workers above 1 score on the CPU only: one worker keeps a GPU busy");
            }
            ProxyRequirements.check(chosen, session.batch().labels(), session.classes());
            ArchitectureSelection selected = ArchitectureSelection.of(ctx, selectionRequest(ctx));
            selected.notes(ctx.id()).forEach(out::note);
            // networks this machine cannot hold are skipped with a count, not failed one by one
            OversizedEntries oversized = OversizedEntries.split(selected.architectures(), session.batch().size(),
                    session.batch().height());
            oversized.notes(ctx.id(), selected.selected()).forEach(out::note);
            List<Architecture> archs = oversized.kept();
            int skipped = selected.skipped() + oversized.skipped();
            // validated first: a refused command leaves no new database behind
            try (ResultStore store = ResultStore.open(db); CancelOnInterrupt cancel = CancelOnInterrupt.install()) {
                ScoringRun run = spark ? session.run(store, scoreEngine) : session.run(store, localWorkers);
                run.onNote(out::note);
                return scoreAndSummarise(out, run, session, ctx, column,
                        spark ? 0 : localWorkers, archs,
                        skipped, selectedProxies, members, store, cancel, db, print);
            }
        }
    }

    private int protocolSeedCount(ScoringProtocol chosen, boolean spark) {
        int n = protocolOptions.seedCount();
        if (spark && (n > 1 || chosen != ScoringProtocol.PAPER)) {
            throw new UserFacingException("--protocol " + chosen.cliName() + " and --protocol-seeds run with "
                    + "--engine local only: leave --engine spark out");
        }
        protocolOptions.requireDrawnBatch(scoring);
        return n;
    }

    /** Under another protocol than the paper's, one line saying what it changed. */
    @SuppressWarnings("unchecked")
    private static void printProtocol(Output out, Map<String, Object> summary) {
        if ("paper".equals(summary.get("protocol"))) {
            return;
        }
        List<String> noise = (List<String>) summary.get("noise_input");
        out.text("protocol " + summary.get("protocol") + ": " + summary.get("weight_init") + " weights"
                + (noise.isEmpty() ? "" : ", " + String.join(" and ", noise) + " on Gaussian noise of the batch's shape"));
    }

    /** The summary of several seeds' runs: the mean Kendall taus first, then each seed's. */
    @SuppressWarnings("unchecked")
    private void printSeedsSummary(Output out, Map<String, Object> merged) {
        if (common.json) {
            out.json(merged);
            return;
        }
        List<Object> taus = (List<Object>) merged.get("kendall_tau_seeds");
        out.text(String.format(java.util.Locale.ROOT, "%n--protocol %s, %d seeds %s, %s: mean Kendall tau %s "
                        + "(per seed %s), mean Spearman rho %s; runs %s in %s",
                merged.get("protocol"), taus.size(), merged.get("protocol_seeds"), merged.get("accuracy"),
                coefficient(merged.get("kendall_tau")),
                String.join(", ", taus.stream().map(ScoreSpaceCommand::coefficient).toList()),
                coefficient(merged.get("spearman_rho")), merged.get("run_ids"), merged.get("db")));
        printProtocol(out, merged);
        printProxyCorrelations(out, merged);
    }

    private static String wallClock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d h %02d min %02d s", s / 3600, s / 60 % 60, s % 60)
                : s >= 60 ? String.format("%d min %02d s", s / 60, s % 60) : String.format("%.1f s", seconds);
    }

    private Map<String, Object> scoreAndSummarise(Output out, ScoringRun run, ScoringSession session, SpaceContext ctx,
                                  String column, int workerCount,
                                  List<Architecture> archs, int skipped, ProxySelection selectedProxies,
                                  List<String> members, ResultStore store, CancelOnInterrupt cancel, Path db,
                                  boolean print) {
        // with params and flops, which every proxy's size bias needs (as checked before the run started)
        List<ZeroCostProxy> chosen = ProxyCatalog.withSizeReferences(selectedProxies.proxies());
        String label = "score-space " + (selection != null && selection.sample != null
                ? "--sample " + selection.sample + " --seed " + scoring.seed
                : selection != null && selection.indices != null ? "--indices " + selection.indices.getFileName()
                : selection != null && selection.archs != null ? "--archs " + selection.archs.getFileName()
                : "--all")
                + (session.settings().protocol() == ScoringProtocol.PAPER ? ""
                : " --protocol " + session.settings().protocol().cliName())
                + (session.settings().batchSeed() == scoring.seed ? "" : " (protocol seed "
                + session.settings().batchSeed() + ")");
        List<Double> scoreList = new ArrayList<>();
        List<Double> accList = new ArrayList<>();
        // by canonical form: listed architectures (--archs) may have no benchmark index
        Map<String, Architecture> byEncoding = new java.util.HashMap<>();
        archs.forEach(a -> byEncoding.put(a.encoding(), a));
        StoredProxies proxyValues = chosen.isEmpty() ? null
                : new StoredProxies(session, ctx, chosen, store, Math.max(1, workerCount));
        if (proxyValues != null) {
            proxyValues.prefetch(archs);
        }
        // each proxy's values in the order of scoreList / accList
        Map<String, List<Double>> proxyColumns = new LinkedHashMap<>();
        chosen.forEach(p -> proxyColumns.put(p.id(), new ArrayList<>()));
        ScoringRun.Outcome outcome;
        long started = System.nanoTime();
        try (StoredProxies closing = proxyValues) {
            outcome = run.execute(archs, label, (r, reused, done, total) -> {
                double acc = ctx.accuracy(r.index(), column);
                scoreList.add(r.score());
                accList.add(acc);
                Map<String, Double> values = proxyValues == null ? Map.of() : proxyValues.of(byEncoding.get(r.arch()));
                values.forEach((id, v) -> proxyColumns.get(id).add(v));
                printArchitecture(out, r, reused, done, total, acc, proxyValues == null ? null : values);
            }, cancel::requested, org.naswot.store.RunStatus.INTERRUPTED);
        }
        double wallSeconds = (System.nanoTime() - started) / 1e9;
        double[] scores = toArray(scoreList);
        double[] accs = toArray(accList);
        Correlations c = Correlations.of(scores, accs);
        Map<String, Object> summary = JsonLines.object();
        summary.put("summary", true);
        summary.put("n", outcome.results().size());
        summary.put("kendall_tau", JsonLines.number(c.tau()));
        summary.put("kendall_tau_seeds", new ArrayList<>(java.util.Collections.singletonList(JsonLines.number(c.tau()))));
        summary.put("spearman_rho", JsonLines.number(c.rho()));
        // time to score one architecture (stored results keep the time they took when computed)
        summary.put("seconds_per_arch", JsonLines.number(outcome.results().stream()
                .mapToDouble(ScoreResult::seconds).average().orElse(Double.NaN)));
        // the run's own duration: with several workers, architectures per second is workers / seconds_per_arch
        summary.put("wall_seconds", JsonLines.number(wallSeconds));
        if (workerCount > 0) {
            summary.put("workers", workerCount);
        }
        summary.put("computed", outcome.computed());
        summary.put("reused", outcome.results().size() - outcome.computed());
        summary.put("skipped", skipped);
        if (proxyValues != null) {
            putProxyCorrelations(summary, proxyColumns, selectedProxies, members, scores, accs);
            putProxyQualities(summary, proxyColumns, selectedProxies, scores, accs);
            summary.put("proxies_computed", proxyValues.computed());
            summary.put("proxies_reused", proxyValues.reused());
            summary.put("proxies_failed", proxyValues.failed());
            // per proxy: failures are not results (not stored, retried by the next run); NaN only when undefined
            summary.put("failed", proxyValues.failedByProxy());
            // per proxy: values that are NaN because the proxy leaves them undefined (not failures)
            summary.put("undefined", proxyValues.undefinedByProxy());
        }
        summary.put("accuracy", column);
        summary.put("accuracy_label", ctx.accuracyLabel(column));
        summary.put("accuracy_source", ctx.accuracySource(column));
        summary.put("images", session.batch().description());
        summary.put("run_id", outcome.runId());
        summary.put("db", db.toString());
        summary.put("cancelled", outcome.cancelled());
        summary.put("engine", engine);
        ScoringProtocol used = session.settings().protocol();
        summary.put("protocol", used.cliName());
        summary.put("protocol_seed", session.settings().batchSeed());
        summary.put("weight_init", used.weightInit().name().toLowerCase(java.util.Locale.ROOT));
        // what was scored on noise rather than on the images the "images" entry describes
        List<String> onNoise = new ArrayList<>();
        if (used.noiseInputFor(NWOT)) {
            onNoise.add(NWOT);
        }
        chosen.stream().map(ZeroCostProxy::id).filter(used::noiseInputFor).forEach(onNoise::add);
        summary.put("noise_input", onNoise);
        // the measures the protocol computes on PyTorch's default initialisation instead of weight_init
        summary.put("default_init", chosen.stream().map(ZeroCostProxy::id)
                .filter(id -> used.weightInitFor(id) != used.weightInit()).toList());
        if (!print) {
            return summary;
        }
        if (common.json) {
            out.json(summary);
        } else if (column.isEmpty()) {
            printScoresAlone(out, outcome, skipped, wallSeconds, workerCount, ctx.id(), db, proxyColumns);
        } else {
            out.text(String.format("%n%d architectures (%d computed, %d from the store%s), %s: Kendall tau %.4f, "
                            + "Spearman rho %.4f, %.3f s per architecture, %s wall clock%s%n%s: %s%n"
                            + "run %d in %s%s",
                    outcome.results().size(), outcome.computed(), outcome.results().size() - outcome.computed(),
                    skipped > 0 ? ", " + skipped + " left out (see the note above)" : "", column, c.tau(), c.rho(),
                    outcome.results().stream().mapToDouble(ScoreResult::seconds).average().orElse(Double.NaN),
                    wallClock(wallSeconds), workerCount == 0 ? " on Spark"
                            : workerCount == 1 ? "" : " with " + workerCount + " workers",
                    column, ctx.accuracyLabel(column), outcome.runId(), db,
                    outcome.cancelled() ? " (interrupted: rerun the same command to resume)" : ""));
            printProtocol(out, summary);
            printProxyCorrelations(out, summary);
        }
        return summary;
    }

    /**
     * The summary of a space without accuracies (a declarative space before an import): the scores' range and best
     * architecture, and each proxy's rank correlation with the NASWOT score instead of with accuracy.
     */
    private static void printScoresAlone(Output out, ScoringRun.Outcome outcome, int skipped, double wallSeconds,
                                         int workerCount, String space, Path db, Map<String, List<Double>> proxies) {
        List<ScoreResult> results = outcome.results();
        ScoreResult best = results.stream().filter(r -> Double.isFinite(r.score()))
                .max(java.util.Comparator.comparingDouble(ScoreResult::score)).orElse(null);
        out.text(String.format("%n%d architectures (%d computed, %d from the store%s), no accuracies for %s (scores "
                        + "alone; import yours with naswot data import FILE.csv --mapping MAPPING.json), %.3f s per "
                        + "architecture, %s wall clock%s",
                results.size(), outcome.computed(), results.size() - outcome.computed(),
                skipped > 0 ? ", " + skipped + " left out (see the note above)" : "", space,
                results.stream().mapToDouble(ScoreResult::seconds).average().orElse(Double.NaN), wallClock(wallSeconds),
                workerCount == 0 ? " on Spark" : workerCount == 1 ? "" : " with " + workerCount + " workers"));
        if (best != null) {
            out.text("best score " + Output.formatScore(best.score()) + " at #" + best.index() + " " + best.arch());
        }
        if (!proxies.isEmpty()) {
            double[] scores = results.stream().mapToDouble(ScoreResult::score).toArray();
            out.text("proxies against the NASWOT score (no accuracies):");
            proxies.forEach((id, values) -> {
                Correlations c = Correlations.of(scores, toArray(values));
                out.text(String.format("  %-12s Kendall tau %.4f, Spearman rho %.4f", id, c.tau(), c.rho()));
            });
        }
        out.text("run " + outcome.runId() + " in " + db + (outcome.cancelled()
                ? " (interrupted: rerun the same command to resume)" : ""));
    }

    private void printArchitecture(Output out, ScoreResult r, boolean reused, int done, int total, double acc,
                                   Map<String, Double> proxies) {
        if (common.json) {
            Map<String, Object> o = Output.scoreObject(r);
            o.put("accuracy", JsonLines.number(acc));
            o.put("reused", reused);
            if (proxies != null) {
                Map<String, Object> p = JsonLines.object();
                proxies.forEach((id, v) -> p.put(id, JsonLines.number(v)));
                o.put("proxies", p);
            }
            out.json(o);
        } else {
            out.text(String.format("%5d/%d  #%-6d %-14s acc %6s  %s%s", done, total, r.index(),
                    Output.formatScore(r.score()).replace(" (K is singular)", ""),
                    Double.isNaN(acc) ? "-" : String.format("%.2f", acc), r.arch(),
                    reused ? "  (stored)" : ""));
        }
    }

    /**
     * Architectures scored at once by this process: --workers, or on the CPU one per core (at most 8, each worker
     * holds one network's activations) divided by --threads; 1 on a GPU, which one worker keeps busy. Proxies are
     * computed on as many threads, each with one libtorch thread (so their values do not depend on this count).
     */
    private int localWorkers() {
        if (workers != null) {
            if (workers < 1) {
                throw new UserFacingException("--workers must be at least 1, got " + workers);
            }
            return workers;
        }
        if (!scoring.device.equals("cpu")) {
            return 1;
        }
        return EngineSetup.cpuWorkers(scoring.threads == null ? 1 : scoring.threads);
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Whether --engine asks for Spark; --master and --partitions only make sense then. */
    private boolean sparkEngine() {
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new UserFacingException("--engine must be local or spark, got '" + engine + "'");
        }
        boolean spark = engine.equals("spark");
        if (!spark && (master != null || partitions != null)) {
            throw new UserFacingException("--master and --partitions go with --engine spark");
        }
        return spark;
    }

    /** Each proxy's (and the ensemble's) Kendall tau and Spearman rho against the accuracies. */
    private static void putProxyCorrelations(Map<String, Object> summary, Map<String, List<Double>> proxyColumns,
                                             ProxySelection selectedProxies, List<String> members, double[] scores,
                                             double[] accs) {
        Map<String, Object> tau = JsonLines.object();
        Map<String, Object> rho = JsonLines.object();
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put(NWOT, scores);
        proxyColumns.forEach((id, values) -> columns.put(id, toArray(values)));
        proxyColumns.forEach((id, values) -> {
            Correlations pc = Correlations.of(columns.get(id), accs);
            tau.put(id, JsonLines.number(pc.tau()));
            rho.put(id, JsonLines.number(pc.rho()));
        });
        // run-level aggregates: ranked across this run's architectures from their parts' values
        Map<String, Object> aggregates = JsonLines.object();
        selectedProxies.aggregate(columns).forEach((id, values) -> {
            Correlations ac = Correlations.of(values, accs);
            tau.put(id, JsonLines.number(ac.tau()));
            rho.put(id, JsonLines.number(ac.rho()));
        });
        selectedProxies.aggregates().forEach(a -> aggregates.put(a.id(), a.members()));
        if (!aggregates.isEmpty()) {
            summary.put("aggregate_members", aggregates);
        }
        if (!members.isEmpty()) {
            Map<String, double[]> aggregateColumns = selectedProxies.aggregate(columns);
            List<double[]> memberValues = members.stream()
                    .map(m -> m.equals(NWOT) ? scores : aggregateColumns.containsKey(m) ? aggregateColumns.get(m)
                            : toArray(proxyColumns.get(m))).toList();
            boolean recommended = RecommendedEnsemble.MEMBERS.equals(members);
            Correlations ec = Correlations.of(recommended ? RecommendedEnsemble.combine(memberValues)
                    : RankEnsemble.of(memberValues), accs);
            tau.put(ENSEMBLE, JsonLines.number(ec.tau()));
            rho.put(ENSEMBLE, JsonLines.number(ec.rho()));
            summary.put("ensemble_members", members);
            if (recommended) {
                summary.put("ensemble_rule", RecommendedEnsemble.RULE);
            }
        }
        summary.put("proxy_kendall_tau", tau);
        summary.put("proxy_spearman", rho);
        // this run's taus as one seed's entry (ProtocolSummary joins the seeds' lists)
        Map<String, Object> tauSeeds = JsonLines.object();
        tau.forEach((id, t) -> tauSeeds.put(id, new ArrayList<>(java.util.Collections.singletonList(t))));
        summary.put("proxy_kendall_tau_seeds", tauSeeds);
    }

    /**
     * Each proxy's top-10% precision, nDCG (VKDNW's), best-of-N and Kendall tau with params and flops (its size bias),
     * computed by {@link ProxyQuality}.
     */
    private static void putProxyQualities(Map<String, Object> summary, Map<String, List<Double>> proxyColumns,
                                          ProxySelection selectedProxies, double[] scores, double[] accs) {
        Map<String, double[]> columns = new LinkedHashMap<>();
        proxyColumns.forEach((id, values) -> columns.put(id, toArray(values)));
        Map<String, double[]> withNwot = new LinkedHashMap<>(columns);
        withNwot.put(NWOT, scores);
        columns.putAll(selectedProxies.aggregate(withNwot));
        BestOfN draws = new BestOfN(ProxyComparison.DEFAULT_BEST_OF, ProxyComparison.DRAWS, ProxyComparison.SEED);
        Map<String, Object> precision = JsonLines.object();
        Map<String, Object> ndcg = JsonLines.object();
        Map<String, Object> bestOf = JsonLines.object();
        Map<String, Object> tauParams = JsonLines.object();
        Map<String, Object> tauFlops = JsonLines.object();
        for (ProxyQuality q : ProxyQuality.of(columns, accs, draws)) {
            precision.put(q.name(), JsonLines.number(q.topPrecision()));
            ndcg.put(q.name(), JsonLines.number(q.ndcg()));
            bestOf.put(q.name(), JsonLines.number(q.bestOfN()));
            tauParams.put(q.name(), JsonLines.number(q.tauParams()));
            tauFlops.put(q.name(), JsonLines.number(q.tauFlops()));
        }
        summary.put("proxy_top10_precision", precision);
        summary.put("proxy_ndcg", ndcg);
        summary.put("ndcg_cutoff", Ndcg.CUTOFF);
        summary.put("proxy_best_of_n", bestOf);
        summary.put("best_of_n", draws.n());
        summary.put("best_of_n_possible", JsonLines.number(draws.meanAccuracy(accs, accs)));
        summary.put("proxy_tau_params", tauParams);
        summary.put("proxy_tau_flops", tauFlops);
    }

    /** The text form of the summary's proxy_kendall_tau and proxy_spearman: one line per proxy (and the ensemble). */
    @SuppressWarnings("unchecked")
    private static void printProxyCorrelations(Output out, Map<String, Object> summary) {
        Map<String, Object> tau = (Map<String, Object>) summary.get("proxy_kendall_tau");
        Map<String, Object> rho = (Map<String, Object>) summary.get("proxy_spearman");
        if (tau == null) {
            return;
        }
        out.text("proxies against the same column:");
        tau.forEach((id, t) -> out.text(String.format(java.util.Locale.ROOT, "  %-12s Kendall tau %s, Spearman rho %s",
                id, coefficient(t), coefficient(rho.get(id)))));
        Map<String, Object> aggregates = (Map<String, Object>) summary.get("aggregate_members");
        if (aggregates != null) {
            aggregates.forEach((id, parts) -> out.text("  " + id + ": an aggregate ranked across this run's "
                    + summary.get("n") + " architectures from their stored " + String.join(", ", (List<String>) parts)));
        }
    }

    private static String coefficient(Object value) {
        return value instanceof Double d ? String.format(java.util.Locale.ROOT, "%.4f", d) : "-";
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The ensemble's members, each one of the chosen proxies, a chosen aggregate (az_nas, ...) or nwot; empty without
     * --ensemble.
     */
    private List<String> ensembleMembers(List<ZeroCostProxy> chosen, ProxySelection selectedProxies) {
        if (ensemble == null || ensemble.isEmpty()) {
            return List.of();
        }
        if (chosen.isEmpty()) {
            throw new UserFacingException("--ensemble combines --proxies (and nwot): name the proxies with --proxies, "
                    + "or use --ensemble recommended");
        }
        List<String> available = new ArrayList<>(chosen.stream().map(ZeroCostProxy::id).toList());
        selectedProxies.aggregates().forEach(a -> available.add(a.id()));
        List<String> out = new ArrayList<>();
        for (String raw : ensemble) {
            String m = raw.strip();
            if (!m.equals(NWOT) && !available.contains(m)) {
                throw new UserFacingException("ensemble member '" + m + "' is neither nwot nor one of --proxies ("
                        + String.join(", ", available) + ")");
            }
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private ArchitectureSelection.Request selectionRequest(SpaceContext ctx) {
        if (selection != null && selection.indices != null) {
            return new ArchitectureSelection.Request.Indices(IndexFile.read(selection.indices, ctx.space().size(),
                    ctx.id()));
        }
        if (selection != null && selection.archs != null) {
            return new ArchitectureSelection.Request.Listed(ArchitectureFile.read(selection.archs, ctx.space()));
        }
        if (selection == null || selection.all) {
            return new ArchitectureSelection.Request.All();
        }
        return new ArchitectureSelection.Request.Sample(selection.sample, scoring.seed);
    }
}
