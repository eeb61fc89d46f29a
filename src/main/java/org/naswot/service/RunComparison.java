package org.naswot.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.naswot.common.UserFacingException;
import org.naswot.search.stats.ConfidenceInterval;
import org.naswot.search.stats.Summary;
import org.naswot.store.RunInfo;

/**
 * Stored runs side by side, as {@code naswot runs compare} prints them and the window's Runs table shows them: per run
 * tau and rho against its space's default accuracy column with their 95 % bootstrap intervals; the settings that
 * differ between the runs; and, grouped by settings, mean ± standard deviation (n − 1, as the paper's tables) of tau
 * over each group's runs.
 */
public final class RunComparison {
    /** Bootstrap resamples of each run's intervals unless told otherwise. */
    public static final int RESAMPLES = 1000;

    /**
     * One run. {@code statistics} is null when its space cannot be opened here (then {@code unavailable} says why).
     *
     * @param durationSeconds from start to finish; null while it has not finished (a resumed run counts its pause)
     * @param tags            the user's tags ('sweep N' for a sweep's runs)
     */
    public record Row(RunInfo run, RunHistory.RunStatistics statistics, String unavailable, Double durationSeconds,
                      List<String> tags) {
        public double tau() {
            return statistics == null ? Double.NaN : statistics.summary().correlations().tau();
        }

        public double rho() {
            return statistics == null ? Double.NaN : statistics.summary().correlations().rho();
        }

        public int n() {
            return statistics == null ? 0 : statistics.summary().correlations().n();
        }

        public ConfidenceInterval tauInterval() {
            return statistics == null ? null : statistics.tau();
        }

        public ConfidenceInterval rhoInterval() {
            return statistics == null ? null : statistics.rho();
        }

        public String setting(RunSetting s) {
            return s.valueIn(run.settings());
        }
    }

    /**
     * Runs that share {@code key}'s values. Tau's mean and std are over the runs with a tau (NaN std for one run).
     */
    public record Group(Map<RunSetting, String> key, List<Long> runIds, int withTau, double meanTau, double stdTau) {
        /** E.g. "batch_size=64, relu_count=once". */
        public String label() {
            List<String> parts = new ArrayList<>();
            key.forEach((s, v) -> parts.add(s.id() + "=" + v));
            return parts.isEmpty() ? "all runs" : String.join(", ", parts);
        }
    }

    /** The runs, the settings whose values differ between them (each run's value in row order), and the groups. */
    public record Comparison(List<Row> rows, Map<RunSetting, List<String>> differing, List<RunSetting> groupBy,
                             List<Group> groups) {
    }

    private RunComparison() {
    }

    /** Compares the runs with these ids (each once, in the order given); an unknown id is a user-facing error. */
    public static Comparison of(RunHistory history, List<Long> ids, List<RunSetting> groupBy, int resamples) {
        if (ids.isEmpty()) {
            throw new UserFacingException("which runs? give their ids (naswot runs list shows them)");
        }
        List<RunInfo> runs = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            runs.add(history.run(id));
        }
        return ofRuns(history, runs, groupBy, resamples);
    }

    public static Comparison ofRuns(RunHistory history, List<RunInfo> runs, List<RunSetting> groupBy, int resamples) {
        List<Row> rows = new ArrayList<>();
        Map<Long, List<String>> tags = history.tags();
        for (RunInfo run : runs) {
            rows.add(row(history, run, resamples, tags.getOrDefault(run.id(), List.of())));
        }
        return of(rows, groupBy);
    }

    /**
     * The diff and groups of rows already computed (the window keeps its rows and regroups them). {@code groupBy}
     * null: no groups; empty: one group of every run.
     */
    public static Comparison of(List<Row> rows, List<RunSetting> groupBy) {
        return new Comparison(rows, differing(rows), groupBy == null ? List.of() : List.copyOf(groupBy),
                groupBy == null ? List.of() : groups(rows, groupBy));
    }

    public static Row row(RunHistory history, RunInfo run, int resamples) {
        return row(history, run, resamples, history.tags().getOrDefault(run.id(), List.of()));
    }

    public static Row row(RunHistory history, RunInfo run, int resamples, List<String> tags) {
        Double duration = run.finishedAt() == null ? null
                : Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1000.0;
        try {
            return new Row(run, history.statistics(run, resamples), null, duration, tags);
        } catch (UserFacingException e) {
            // the settings are still worth comparing when a space's benchmark is not on this machine
            return new Row(run, null, e.getMessage(), duration, tags);
        }
    }

    /** Each setting whose value is not the same in every row, with the rows' values. */
    static Map<RunSetting, List<String>> differing(List<Row> rows) {
        Map<RunSetting, List<String>> out = new LinkedHashMap<>();
        for (RunSetting s : RunSetting.values()) {
            List<String> values = rows.stream().map(r -> r.setting(s)).toList();
            if (new LinkedHashSet<>(values).size() > 1) {
                out.put(s, values);
            }
        }
        return out;
    }

    /** Groups in order of first appearance; one group of every row when {@code by} is empty. */
    static List<Group> groups(List<Row> rows, List<RunSetting> by) {
        Map<Map<RunSetting, String>, List<Row>> grouped = new LinkedHashMap<>();
        for (Row r : rows) {
            Map<RunSetting, String> key = new LinkedHashMap<>();
            by.forEach(s -> key.put(s, r.setting(s)));
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Group> out = new ArrayList<>();
        grouped.forEach((key, members) -> {
            double[] taus = members.stream().mapToDouble(Row::tau).filter(t -> !Double.isNaN(t)).toArray();
            Summary s = taus.length == 0 ? null : Summary.of(taus);
            out.add(new Group(key, members.stream().map(r -> r.run().id()).toList(), taus.length,
                    s == null ? Double.NaN : s.mean(), s == null ? Double.NaN : s.std()));
        });
        return out;
    }

    /** Setting names (ids or aliases, each once) as the settings they name. */
    public static List<RunSetting> settings(List<String> names) {
        Set<RunSetting> out = new LinkedHashSet<>();
        for (String n : names) {
            if (!n.isBlank()) {
                out.add(RunSetting.named(n));
            }
        }
        return List.copyOf(out);
    }
}
