package org.naswot.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.naswot.figures.search.SearchSeries;
import org.naswot.run.SearchExperiment;
import org.naswot.run.SpaceContext;
import org.naswot.search.BestSoFar;
import org.naswot.search.Budget;
import org.naswot.search.EvolutionSettings;
import org.naswot.store.SearchAlgorithm;
import org.naswot.store.SearchCandidate;
import org.naswot.store.SearchRunInfo;
import org.naswot.store.SearchSpec;

/**
 * Best-so-far curves of search runs, fresh or stored, and the names of their settings: one rule for the command line,
 * the window and {@code naswot figure}, so the same runs give the same numbers everywhere.
 */
public final class SearchCurves {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private SearchCurves() {
    }

    /** A fresh run's curve of {@code column}'s accuracy. */
    public static BestSoFar of(SearchExperiment.RunResult r, SpaceContext ctx, String column) {
        double[] criteria = r.criteria().stream().mapToDouble(Double::doubleValue).toArray();
        double[] accuracy = r.sampled().stream().mapToDouble(i -> ctx.accuracy(i, column)).toArray();
        return BestSoFar.of(criteria, accuracy, r.seconds());
    }

    /** A stored run's curve (its candidates in step order) of {@code column}'s accuracy. */
    public static BestSoFar of(SearchRunInfo run, List<SearchCandidate> candidates, SpaceContext ctx, String column) {
        List<SearchCandidate> ordered = candidates.stream().sorted(Comparator.comparingInt(SearchCandidate::step))
                .toList();
        double[] criteria = ordered.stream().mapToDouble(SearchCandidate::score).toArray();
        double[] accuracy = ordered.stream().mapToDouble(c -> ctx.accuracy(c.archIndex(), column)).toArray();
        return BestSoFar.of(criteria, accuracy, run.outcome().seconds());
    }

    /** The legend's name of a search setting, e.g. "NASWOT, N = 10" or "REA, 100 queries". */
    public static String label(SearchExperiment.Settings s) {
        return label(s.algorithm(), s.n(), s.budget() == null ? null : s.budget().limit(),
                s.budget() == null ? null : s.budget().unit().name().toLowerCase(Locale.ROOT), s.evolution());
    }

    static String label(SearchSpec spec) {
        return label(spec.algorithm(), spec.n() == null ? 0 : spec.n(), spec.budget(), spec.budgetKind(),
                evolution(spec.settingsJson()));
    }

    /** P and S are named only where they differ from NAS-Bench-201's (10, 3), so different settings never merge. */
    private static String label(SearchAlgorithm a, int n, Double budget, String kind, EvolutionSettings e) {
        String name = a == SearchAlgorithm.NASWOT ? "NASWOT" : a == SearchAlgorithm.RANDOM ? "random" : a.name();
        if (a == SearchAlgorithm.NASWOT || a == SearchAlgorithm.RANDOM) {
            return name + ", N = " + n;
        }
        String label = budget == null ? name : name + String.format(Locale.ROOT, ", %s %s",
                budget == Math.rint(budget) ? Long.toString(budget.longValue()) : budget.toString(), kind);
        return e.equals(EvolutionSettings.nasBench201()) ? label
                : label + String.format(Locale.ROOT, ", P = %d, S = %d", e.populationSize(), e.sampleSize());
    }

    /** P and S of a stored rea/area run (its settings JSON); runs stored before they were recorded used (10, 3). */
    private static EvolutionSettings evolution(String settingsJson) {
        try {
            com.fasterxml.jackson.databind.JsonNode n = settingsJson == null ? null : JSON.readTree(settingsJson);
            return n == null || !n.has("population") ? EvolutionSettings.nasBench201()
                    : new EvolutionSettings(n.get("population").asInt(), n.get("sample_size").asInt());
        } catch (java.io.IOException | IllegalArgumentException e) {
            return EvolutionSettings.nasBench201();
        }
    }

    /**
     * The random-sampling baseline with the same budget: N samples for naswot, as many samples as queries for rea
     * and area (a time budget has no sample count: none), none for random itself. Same runs and seeds.
     */
    public static SearchExperiment.Settings randomBaseline(SearchExperiment.Settings s) {
        int samples;
        if (s.algorithm() == SearchAlgorithm.RANDOM) {
            return null;
        } else if (s.algorithm() == SearchAlgorithm.NASWOT) {
            samples = s.n();
        } else if (s.budget() != null && s.budget().unit() == Budget.Unit.QUERIES) {
            samples = (int) s.budget().limit();
        } else {
            return null;
        }
        return new SearchExperiment.Settings(SearchAlgorithm.RANDOM, samples, null, s.runs(), s.seed(), s.scoring(),
                s.oracleColumn(), s.evolution());
    }

    /**
     * Stored runs grouped by setting (algorithm and budget), each group's runs by seed and run number (the latest
     * record of a repeated one), groups in the order their first run was stored.
     */
    static List<SearchSeries> group(List<SearchRunInfo> runs, Map<Long, BestSoFar> curves) {
        Map<String, Map<String, BestSoFar>> groups = new LinkedHashMap<>();
        Map<String, Boolean> random = new LinkedHashMap<>();
        for (SearchRunInfo r : runs) {
            BestSoFar c = curves.get(r.id());
            if (c == null) {
                continue;
            }
            String label = label(r.spec());
            random.put(label, r.spec().algorithm() == SearchAlgorithm.RANDOM);
            groups.computeIfAbsent(label, k -> new java.util.TreeMap<>())
                    .put(String.format(Locale.ROOT, "%020d/%08d", r.spec().seed() + r.spec().runNumber(),
                            r.spec().runNumber()), c);
        }
        List<SearchSeries> out = new ArrayList<>();
        groups.forEach((label, byRun) -> out.add(new SearchSeries(label, random.get(label),
                new ArrayList<>(byRun.values()))));
        return out;
    }
}
