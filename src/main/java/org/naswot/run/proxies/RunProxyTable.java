package org.naswot.run.proxies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.naswot.run.SpaceContext;
import org.naswot.score.ScoreResult;
import org.naswot.score.proxies.AggregateMeasure;
import org.naswot.score.proxies.AggregateRegistry;
import org.naswot.score.proxies.Measure;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;

/**
 * One scoring run's architectures with their NASWOT score, their stored zero-cost proxy values (same settings: batch
 * and weight seed) and an accuracy column: what the window compares proxies on.
 *
 * <p>A value the store does not have is NaN in {@link #values} and counted in {@link #missing}: a proxy that was
 * computed and gave NaN is also NaN there but is not missing, so only the missing ones are offered for computing.
 */
public final class RunProxyTable {
    /** The NASWOT score's name among the proxies. */
    public static final String NWOT = org.naswot.score.Measures.NWOT;

    /** Every measure a run can compare: nwot, each registered proxy, then each run-level aggregate. */
    public static List<String> allMeasures() {
        List<String> out = new ArrayList<>(Measure.all().stream().map(Measure::id).toList());
        out.addAll(AggregateRegistry.ids());
        return List.copyOf(out);
    }

    private final RunInfo run;
    private final List<ScoreResult> scores;
    private final double[] accuracy;
    private final Map<String, double[]> values;
    private final Map<String, Integer> missing;
    private final Map<Integer, Map<String, Double>> stored;

    private RunProxyTable(RunInfo run, List<ScoreResult> scores, double[] accuracy, Map<String, double[]> values,
                          Map<String, Integer> missing, Map<Integer, Map<String, Double>> stored) {
        this.run = run;
        this.stored = stored;
        this.scores = scores;
        this.accuracy = accuracy;
        this.values = values;
        this.missing = missing;
    }

    /**
     * @param proxies the proxy ids to read (nwot, if listed, is the run's scores)
     * @param column  the accuracy column of the run's space
     */
    public static RunProxyTable load(ResultStore store, RunInfo run, SpaceContext ctx, String column,
                                     List<String> proxies) {
        List<ScoreResult> scores = store.scores(run.id());
        Map<Integer, String> archOf = new LinkedHashMap<>();
        scores.forEach(r -> archOf.put(r.index(), r.arch()));
        Map<Integer, Map<String, Double>> stored = store.proxyValues(run.settings(), archOf);
        int n = scores.size();
        double[] accuracy = new double[n];
        for (int i = 0; i < n; i++) {
            accuracy[i] = ctx.accuracy(scores.get(i).index(), column);
        }
        Map<String, double[]> values = new LinkedHashMap<>();
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (String id : proxies) {
            Optional<AggregateMeasure> aggregate = AggregateRegistry.find(id);
            if (aggregate.isPresent()) {
                values.put(id, aggregateValues(aggregate.get(), scores, stored));
                missing.put(id, lackingAnyMember(aggregate.get(), scores, stored));
                continue;
            }
            double[] v = new double[n];
            int absent = 0;
            for (int i = 0; i < n; i++) {
                Double value = storedValue(id, scores.get(i), stored);
                v[i] = value == null ? Double.NaN : value;
                absent += value == null ? 1 : 0;
            }
            values.put(id, v);
            missing.put(id, absent);
        }
        return new RunProxyTable(run, List.copyOf(scores), accuracy, values, missing, stored);
    }

    private static Double storedValue(String id, ScoreResult r, Map<Integer, Map<String, Double>> stored) {
        return Measure.named(id).valueOf(r, stored.getOrDefault(r.index(), Map.of()));
    }

    /**
     * A run-level aggregate ranked across the run's architectures from its members' stored values, computed here
     * and never stored, so it follows the run as it grows; NaN for an architecture lacking a member's value.
     */
    private static double[] aggregateValues(AggregateMeasure aggregate, List<ScoreResult> scores,
                                            Map<Integer, Map<String, Double>> stored) {
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String member : aggregate.members()) {
            double[] v = new double[scores.size()];
            for (int i = 0; i < v.length; i++) {
                Double value = storedValue(member, scores.get(i), stored);
                v[i] = value == null ? Double.NaN : value;
            }
            columns.put(member, v);
        }
        return AggregateRegistry.combine(aggregate, columns);
    }

    private static int lackingAnyMember(AggregateMeasure aggregate, List<ScoreResult> scores,
                                        Map<Integer, Map<String, Double>> stored) {
        int absent = 0;
        for (ScoreResult r : scores) {
            boolean lacks = false;
            for (String member : aggregate.members()) {
                lacks |= storedValue(member, r, stored) == null;
            }
            absent += lacks ? 1 : 0;
        }
        return absent;
    }

    public RunInfo run() {
        return run;
    }

    /** The run's architectures, by increasing index; every array here follows this order. */
    public List<ScoreResult> scores() {
        return scores;
    }

    public int size() {
        return scores.size();
    }

    public double[] accuracy() {
        return accuracy;
    }

    /** The values of one of the loaded proxies, NaN where unknown. */
    public double[] values(String proxy) {
        double[] v = values.get(proxy);
        if (v == null) {
            throw new IllegalArgumentException("proxy " + proxy + " was not loaded (loaded: " + values.keySet() + ")");
        }
        return v;
    }

    /** Every loaded proxy's values, in the order asked for. */
    public Map<String, double[]> columns() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** The stored values of one proxy by architecture index; architectures without one are absent. */
    public Map<Integer, Double> storedValues(String proxy) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        stored.forEach((index, byProxy) -> {
            Double v = byProxy.get(proxy);
            if (v != null) {
                out.put(index, v);
            }
        });
        return out;
    }

    /** The stored proxy values by architecture index, then proxy id. */
    public Map<Integer, Map<String, Double>> storedByIndex() {
        return java.util.Collections.unmodifiableMap(stored);
    }

    /** How many of the run's architectures have no stored value of this proxy. */
    public int missing(String proxy) {
        return missing.getOrDefault(proxy, 0);
    }

    /**
     * The loaded proxies with at least one architecture lacking a stored value (what computing completes); an
     * aggregate is never stored, so it is not among them: its members are (or, not loaded, {@link #missing} says).
     */
    public List<String> incomplete() {
        List<String> out = new ArrayList<>();
        missing.forEach((id, count) -> {
            if (count > 0 && !AggregateRegistry.contains(id)) {
                out.add(id);
            }
        });
        return out;
    }

    /** The loaded run-level aggregates, each computed here from its members' stored values. */
    public List<String> aggregates() {
        return values.keySet().stream().filter(AggregateRegistry::contains).toList();
    }

    /** Every proxy the table holds compared, with seeded best-of-{@code n} draws. */
    public org.naswot.search.stats.ProxyComparison compare(org.naswot.search.stats.RankMethod method, int n) {
        return org.naswot.search.stats.ProxyComparison.of(columns(), accuracy(), incomplete(), method, n);
    }
}
