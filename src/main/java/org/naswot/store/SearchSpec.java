package org.naswot.store;

import java.util.Objects;

/**
 * What a search run was asked to do, recorded before it starts.
 *
 * @param n            sample size N (architectures scored by NASWOT / in AREA's initial pool); null when
 *                     the algorithm has none
 * @param budget       the algorithm's budget, in units of {@code budgetKind}; null when N is the only limit
 * @param budgetKind   what {@code budget} counts, e.g. "seconds" (simulated training time) or
 *                     "evaluations"; null exactly when {@code budget} is
 * @param seed         the run's random seed
 * @param runNumber    which repetition of an experiment this is (0-based), for mean ± std tables
 * @param settingsJson every other setting as a JSON object (scoring settings, population size, ...);
 *                     may be null
 */
public record SearchSpec(SearchAlgorithm algorithm, String space, String dataset, Integer n, Double budget,
                         String budgetKind, long seed, int runNumber, String settingsJson) {
    public SearchSpec {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(dataset, "dataset");
        if ((budget == null) != (budgetKind == null)) {
            throw new IllegalArgumentException("budget and budgetKind must be given together, got "
                    + budget + " and " + budgetKind);
        }
        if (n != null && n <= 0) {
            throw new IllegalArgumentException("sample size n must be positive, got " + n);
        }
    }
}
