package org.naswot.search;

import java.util.List;

/**
 * Outcome of a budgeted search (REA, AREA, budgeted random search). {@code best} is the architecture
 * with the highest oracle accuracy among the admitted queries (first wins ties), null when no admitted
 * query had a known accuracy. {@code simulatedSeconds} sums the training times the oracle knew. {@code scored} counts
 * architectures scored without training (AREA's warm-up; 0 otherwise); scoring is not charged to the
 * budget, which counts training only.
 */
public record BudgetedSearchResult(String algorithm, Budget budget, ArchitectureRef best, double bestAccuracy,
        int queries, double simulatedSeconds, int scored, List<TrajectoryPoint> trajectory) {

    public BudgetedSearchResult {
        trajectory = List.copyOf(trajectory);
    }
}
