package org.naswot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.naswot.search.stats.ConfidenceInterval;
import org.naswot.service.RunComparison;
import org.naswot.service.RunSetting;
import org.naswot.store.RunInfo;

/** Runs side by side as {@code runs compare} and {@code sweep} print them: a table, the settings diff, the groups. */
final class ComparisonOutput {
    private ComparisonOutput() {
    }

    /** One run as JSON: the {@code runs list --json} object with its statistics and duration. */
    static Map<String, Object> rowObject(RunComparison.Row r) {
        Map<String, Object> o = RunsCommand.object(r.run());
        o.put("n", r.n());
        o.put("kendall_tau", JsonLines.number(r.tau()));
        o.put("kendall_tau_ci95", interval(r.tauInterval()));
        o.put("spearman_rho", JsonLines.number(r.rho()));
        o.put("spearman_rho_ci95", interval(r.rhoInterval()));
        if (r.statistics() != null) {
            o.put("accuracy", r.statistics().summary().column());
            o.put("compute_seconds", JsonLines.number(r.statistics().computeSeconds()));
        } else {
            o.put("unavailable", r.unavailable());
        }
        o.put("tags", r.tags());
        o.put("duration_seconds", r.durationSeconds() == null ? null : JsonLines.number(r.durationSeconds()));
        return o;
    }

    /** The line after the runs: the settings that differ and the groups. */
    static Map<String, Object> summaryObject(RunComparison.Comparison c) {
        Map<String, Object> o = JsonLines.object();
        o.put("summary", true);
        o.put("runs", c.rows().stream().map(r -> r.run().id()).toList());
        Map<String, Object> differing = JsonLines.object();
        c.differing().forEach((s, values) -> differing.put(s.id(), values));
        o.put("differing", differing);
        o.put("group_by", c.groupBy().stream().map(RunSetting::id).toList());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (RunComparison.Group g : c.groups()) {
            Map<String, Object> go = JsonLines.object();
            Map<String, Object> key = JsonLines.object();
            g.key().forEach((s, v) -> key.put(s.id(), v));
            go.put("key", key);
            go.put("runs", g.runIds());
            go.put("n_runs", g.withTau());
            go.put("mean_tau", JsonLines.number(g.meanTau()));
            go.put("std_tau", JsonLines.number(g.stdTau()));
            groups.add(go);
        }
        o.put("groups", groups);
        return o;
    }

    static void print(Output out, RunComparison.Comparison c) {
        if (out.jsonMode()) {
            c.rows().forEach(r -> out.json(rowObject(r)));
            out.json(summaryObject(c));
            return;
        }
        printTable(out, c.rows());
        printDiff(out, c);
        printGroups(out, c);
    }

    static void printTable(Output out, List<RunComparison.Row> rows) {
        out.text(String.format(Locale.ROOT, "%5s  %4s  %7s  %-17s  %7s  %-17s  %-10s  %4s  %5s  %-9s  %-7s  %-8s  %-5s  %8s  %s",
                "run", "n", "tau", "tau 95% CI", "rho", "rho 95% CI", "space", "seed", "batch", "counting", "input",
                "protocol", "device", "duration", "label"));
        for (RunComparison.Row r : rows) {
            RunInfo run = r.run();
            out.text(String.format(Locale.ROOT, "%5d  %4d  %7s  %-17s  %7s  %-17s  %-10s  %4s  %5s  %-9s  %-7s  %-8s  %-5s  %8s  %s",
                    run.id(), r.n(), coefficient(r.tau()), ci(r.tauInterval()), coefficient(r.rho()),
                    ci(r.rhoInterval()), r.setting(RunSetting.SPACE), r.setting(RunSetting.SEED),
                    r.setting(RunSetting.BATCH_SIZE), r.setting(RunSetting.RELU_COUNT), r.setting(RunSetting.INPUT),
                    r.setting(RunSetting.PROTOCOL), r.setting(RunSetting.DEVICE), duration(r.durationSeconds()), run.displayName()));
        }
        rows.stream().filter(r -> r.unavailable() != null).forEach(r -> out.text("run " + r.run().id()
                + ": no correlation: " + r.unavailable()));
    }

    static void printDiff(Output out, RunComparison.Comparison c) {
        if (c.rows().size() < 2) {
            return;
        }
        if (c.differing().isEmpty()) {
            out.text("settings: equal in every run");
            return;
        }
        out.text("settings that differ:");
        c.differing().forEach((s, values) -> out.text(String.format(Locale.ROOT, "  %-12s %s", s.id(),
                String.join(", ", values))));
    }

    static void printGroups(Output out, RunComparison.Comparison c) {
        if (c.groups().isEmpty()) {
            return;
        }
        out.text("Kendall tau by " + (c.groupBy().isEmpty() ? "all runs"
                : String.join(", ", c.groupBy().stream().map(RunSetting::id).toList()))
                + " (mean \u00b1 sample std over the group's runs):");
        for (RunComparison.Group g : c.groups()) {
            out.text(String.format(Locale.ROOT, "  %-40s %2d run%s  tau %s \u00b1 %s", g.label(), g.withTau(),
                    g.withTau() == 1 ? " " : "s", coefficient(g.meanTau()), coefficient(g.stdTau())));
        }
    }

    private static List<Object> interval(ConfidenceInterval ci) {
        return ci == null ? null : List.of(JsonLines.number(ci.low()), JsonLines.number(ci.high()));
    }

    private static String ci(ConfidenceInterval ci) {
        return ci == null ? "-" : ci.format(3);
    }

    private static String coefficient(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }

    static String duration(Double seconds) {
        if (seconds == null) {
            return "-";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60)
                : String.format(Locale.ROOT, "%.1fs", seconds);
    }
}
