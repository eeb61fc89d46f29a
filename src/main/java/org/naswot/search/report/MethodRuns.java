package org.naswot.search.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Measured per-run accuracies (%) of one method, per dataset, e.g. "NASWOT (N=10)" or "Optimal (N=10)".
 * {@code paperSampleCount} links the rows to the paper's NASWOT row for that N; empty for baselines
 * the report has no published value for.
 */
public record MethodRuns(String method, Integer paperSampleCount, Map<BenchmarkDataset, List<Double>> accuracies) {

    public MethodRuns {
        Map<BenchmarkDataset, List<Double>> copy = new EnumMap<>(BenchmarkDataset.class);
        accuracies.forEach((dataset, values) -> copy.put(dataset, List.copyOf(values)));
        accuracies = Map.copyOf(copy);
    }

    /** NASWOT with N samples per search, compared against the paper's row for N. */
    public static MethodRuns naswot(int sampleCount, Map<BenchmarkDataset, List<Double>> accuracies) {
        return new MethodRuns("NASWOT (N=" + sampleCount + ")", sampleCount, accuracies);
    }

    /** A baseline (random, optimal in N, REA, ...) shown without a published value. */
    public static MethodRuns baseline(String method, Map<BenchmarkDataset, List<Double>> accuracies) {
        return new MethodRuns(method, null, accuracies);
    }
}
