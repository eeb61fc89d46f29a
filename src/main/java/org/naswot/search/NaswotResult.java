package org.naswot.search;

import java.util.List;

/**
 * Outcome of one NASWOT search (Algorithm 1): the chosen architecture, its score, its position in the
 * sample, every sampled (architecture, score) pair in sampling order, and the wall time of sampling
 * plus scoring.
 */
public record NaswotResult(ArchitectureRef chosen, double score, int chosenPosition, List<ScoredArchitecture> sampled,
        double wallSeconds) {

    public NaswotResult {
        sampled = List.copyOf(sampled);
    }
}
