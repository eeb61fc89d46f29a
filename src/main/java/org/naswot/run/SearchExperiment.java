package org.naswot.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.naswot.common.UserFacingException;
import org.naswot.search.AccuracyOracle;
import org.naswot.search.ArchitectureRef;
import org.naswot.search.AssistedRegularizedEvolution;
import org.naswot.search.Budget;
import org.naswot.search.BudgetedSearchResult;
import org.naswot.search.EvolutionSettings;
import org.naswot.search.Evaluation;
import org.naswot.search.NaswotResult;
import org.naswot.search.NaswotSearch;
import org.naswot.search.RandomSearch;
import org.naswot.search.RandomSearchResult;
import org.naswot.search.ScoredArchitecture;
import org.naswot.store.ResultStore;
import org.naswot.store.SearchAlgorithm;
import org.naswot.store.SearchCandidate;
import org.naswot.store.SearchOutcome;
import org.naswot.store.SearchSpec;

/**
 * Repeated searches (the paper's protocol): run r draws its own mini-batch (seed + r) and its own sample,
 * chooses a cell, and reports the chosen cell's benchmark accuracies. NASWOT search is the paper's
 * Algorithm 1; AREA its Algorithm 2; REA and random search are the baselines. Every score is stored as it
 * is computed and reused when the same (architecture, batch, settings) comes up again.
 */
public final class SearchExperiment {

    /**
     * @param n             sample size N (naswot, random)
     * @param budget        oracle budget (rea, area)
     * @param oracleColumn  accuracy column the oracle returns (the "training" signal), e.g. validation accuracy
     * @param evolution     population size P and tournament size S of rea and area
     */
    public record Settings(SearchAlgorithm algorithm, int n, Budget budget, int runs, long seed,
                           ScoringSession.Config scoring, String oracleColumn, EvolutionSettings evolution) {

        /** With NAS-Bench-201's REA settings (P = 10, S = 3), which the paper's REA/AREA comparison follows. */
        public Settings(SearchAlgorithm algorithm, int n, Budget budget, int runs, long seed,
                        ScoringSession.Config scoring, String oracleColumn) {
            this(algorithm, n, budget, runs, seed, scoring, oracleColumn, EvolutionSettings.nasBench201());
        }
    }

    /**
     * @param chosenScore NASWOT score of the chosen cell (NaN for algorithms that do not score)
     * @param randomPick  accuracies of one uniformly random cell of the run (random search only), else empty
     * @param sampled     benchmark indices of the cells the search looked at, in order
     * @param criteria    what the algorithm ranked each of them by (NASWOT score, or the oracle's accuracy), in order
     */
    public record RunResult(int run, ArchitectureRef chosen, double chosenScore, Map<String, Double> accuracies,
                            Map<String, Double> randomPick, double seconds, int computed, int reused, int queries,
                            List<Integer> sampled, List<Double> criteria) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Settings settings;
    private final SpaceContext context;
    private final ResultStore store;
    private final Map<String, String> reported;

    public SearchExperiment(Settings settings, SpaceContext context, ResultStore store) {
        this.settings = settings;
        this.context = context;
        this.store = store;
        this.reported = ReportedAccuracies.columns(context.descriptor());
        validate(settings, context);
    }

    /** Fails on settings the search cannot run with, before anything (such as a results database) is created. */
    public static void validate(Settings settings, SpaceContext context) {
        if (settings.algorithm() == SearchAlgorithm.AREA
                && settings.evolution().populationSize() > AssistedRegularizedEvolution.PAPER_SCORED_CANDIDATES) {
            throw new UserFacingException("area seeds its population with the best of "
                    + AssistedRegularizedEvolution.PAPER_SCORED_CANDIDATES + " scored cells: give --population "
                    + AssistedRegularizedEvolution.PAPER_SCORED_CANDIDATES + " or less");
        }
        if (settings.oracleColumn().isEmpty()) {
            // a space without any accuracies (a declarative space before an import): NASWOT searches by score alone
            if (settings.algorithm() != SearchAlgorithm.NASWOT) {
                throw new UserFacingException("searching " + context.id() + " with " + settings.algorithm().dbName()
                        + " needs accuracies, and it has none: import yours (naswot data import FILE.csv --mapping "
                        + "MAPPING.json) or search by score alone with --algorithm naswot");
            }
            return;
        }
        // an NDS space's accuracies come with its imported entries (requireAccuracyColumn says when they are missing)
        if (context.table() == null && !context.accuraciesFromEntries()) {
            throw new UserFacingException("searching " + context.id() + " needs its benchmark accuracies: "
                    + "import them first (naswot data import PATH)");
        }
        context.requireAccuracyColumn(settings.oracleColumn());
    }

    public List<RunResult> execute(Consumer<RunResult> listener, BooleanSupplier cancelled, Consumer<String> notes) {
        List<RunResult> results = new ArrayList<>();
        for (int r = 0; r < settings.runs() && !cancelled.getAsBoolean(); r++) {
            RunResult result = runOnce(r, notes);
            results.add(result);
            listener.accept(result);
        }
        return results;
    }

    private RunResult runOnce(int run, Consumer<String> notes) {
        long runSeed = settings.seed() + run;
        ScoringSession.Config c = settings.scoring();
        ScoringSession.Config perRun = new ScoringSession.Config(c.space(), c.dataset(), c.input(), c.batchSize(),
                runSeed, runSeed, c.counting(), c.device(), c.batchFile(), org.naswot.score.WeightSeeds.ARCHITECTURE, c.protocol());
        SplittableRandom rng = new SplittableRandom(ArchitectureSeeds.of(runSeed, context.space().architecture(0)));
        long start = System.nanoTime();
        long searchId = store == null ? -1 : store.startSearch(spec(run));
        // only algorithms that score need the network machinery
        boolean scores = settings.algorithm() == SearchAlgorithm.NASWOT || settings.algorithm() == SearchAlgorithm.AREA;
        try (ScoringSession session = scores ? ScoringSession.open(perRun, context, notes) : null;
             // the stored scores' run is named from 1, as the Search table and its CSV number the runs
             StoredScorer scorer = scores ? new StoredScorer(session, store, "search " + settings.algorithm().dbName()
                     + " run " + (run + 1)) : null) {
            List<SearchCandidate> candidates = new ArrayList<>();
            ArchitectureRef chosen;
            double chosenScore = Double.NaN;
            Map<String, Double> randomPick = Map.of();
            int queries = 0;
            switch (settings.algorithm()) {
                case NASWOT -> {
                    NaswotResult res = new NaswotSearch(context.space(), scorer).run(settings.n(), rng);
                    chosen = res.chosen();
                    chosenScore = res.score();
                    List<ScoredArchitecture> sampled = res.sampled();
                    for (int i = 0; i < sampled.size(); i++) {
                        candidates.add(new SearchCandidate(i, sampled.get(i).architecture().index(), sampled.get(i).score()));
                    }
                }
                case RANDOM -> {
                    RandomSearchResult res = new RandomSearch(context.space(), oracle()).run(settings.n(), rng);
                    chosen = res.best();
                    randomPick = accuracies(res.randomPick().index());
                    for (int i = 0; i < res.sampled().size(); i++) {
                        candidates.add(new SearchCandidate(i, res.sampled().get(i).architecture().index(),
                                res.sampled().get(i).accuracy()));
                    }
                    queries = res.sampled().size();
                }
                case REA, AREA -> {
                    BudgetedSearchResult res = settings.algorithm() == SearchAlgorithm.REA
                            ? new org.naswot.search.RegularizedEvolution(context.space(), oracle(),
                                    settings.evolution()).run(settings.budget(), rng)
                            : new AssistedRegularizedEvolution(context.space(), scorer, oracle(),
                                    settings.evolution(), AssistedRegularizedEvolution.PAPER_SCORED_CANDIDATES)
                                    .run(settings.budget(), rng);
                    chosen = res.best();
                    queries = res.queries();
                    for (int i = 0; i < res.trajectory().size(); i++) {
                        candidates.add(new SearchCandidate(i, res.trajectory().get(i).architecture().index(),
                                res.trajectory().get(i).accuracy()));
                    }
                }
                default -> throw new IllegalStateException("unknown algorithm " + settings.algorithm());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Double> acc = accuracies(chosen.index());
            if (store != null) {
                store.addCandidates(searchId, candidates);
                store.finishSearch(searchId, new SearchOutcome(chosen.index(), chosen.encoding(),
                        Double.isNaN(chosenScore) ? null : chosenScore, json(acc), seconds));
            }
            return new RunResult(run, chosen, chosenScore, acc, randomPick, seconds,
                    scorer == null ? 0 : scorer.computed(), scorer == null ? 0 : scorer.reused(), queries,
                    candidates.stream().map(SearchCandidate::archIndex).toList(),
                    candidates.stream().map(SearchCandidate::score).toList());
        }
    }

    /** The benchmark's accuracies stand in for training: validation accuracy, unknown training time. */
    private AccuracyOracle oracle() {
        return a -> new Evaluation(context.accuracy(a.index(), settings.oracleColumn()), Double.NaN);
    }

    /** Benchmark accuracies of one cell, keyed like {@link #reportedColumns()}. */
    public Map<String, Double> accuracies(int index) {
        Map<String, Double> out = new LinkedHashMap<>();
        reported.forEach((key, column) -> out.put(key, context.accuracy(index, column)));
        return out;
    }

    private SearchSpec spec(int run) {
        Map<String, Object> s = new LinkedHashMap<>();
        ScoringSession.Config c = settings.scoring();
        s.put("batch_size", c.batchSize());
        s.put("relu_count", c.counting().cliName());
        s.put("input", c.input().cliName());
        s.put("device", c.device());
        // the window's Protocol picker reaches its searches too: a search scored under another protocol says so
        if (c.protocol() != org.naswot.score.ScoringProtocol.PAPER) {
            s.put("protocol", c.protocol().cliName());
        }
        s.put("oracle", settings.oracleColumn());
        if (settings.algorithm() == SearchAlgorithm.REA || settings.algorithm() == SearchAlgorithm.AREA) {
            s.put("population", settings.evolution().populationSize());
            s.put("sample_size", settings.evolution().sampleSize());
        }
        Budget b = settings.budget();
        return new SearchSpec(settings.algorithm(), context.id(), c.dataset(),
                settings.algorithm() == SearchAlgorithm.NASWOT || settings.algorithm() == SearchAlgorithm.RANDOM
                        ? settings.n() : null,
                b == null ? null : b.limit(), b == null ? null : b.unit().name().toLowerCase(java.util.Locale.ROOT),
                settings.seed(), run, json(s));
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, String> reportedColumns() {
        return reported;
    }
}
