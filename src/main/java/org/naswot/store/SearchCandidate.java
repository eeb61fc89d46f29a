package org.naswot.store;

/**
 * One architecture a search looked at.
 *
 * @param step  position in the search's sequence of evaluations (0-based)
 * @param score the value the algorithm ranked it by: the NASWOT score for naswot (and AREA's initial
 *              pool), the benchmark's validation accuracy for rea and random; -inf allowed
 */
public record SearchCandidate(int step, int archIndex, double score) {
    public SearchCandidate {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("candidate score at step " + step + " is NaN");
        }
    }
}
