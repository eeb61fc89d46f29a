package org.naswot.search;

import java.util.List;

/**
 * The two random baselines over one sample of N architectures: "optimal in N" ({@code best}, highest
 * oracle accuracy, first wins ties) and "random" ({@code randomPick}, the first sample, which is a
 * uniformly random architecture).
 */
public record RandomSearchResult(ArchitectureRef best, double bestAccuracy, ArchitectureRef randomPick,
        double randomPickAccuracy, List<EvaluatedArchitecture> sampled) {

    public RandomSearchResult {
        sampled = List.copyOf(sampled);
    }
}
