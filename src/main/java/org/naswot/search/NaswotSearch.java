package org.naswot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;

/**
 * NASWOT, the paper's Algorithm 1: sample N architectures uniformly with replacement, score each
 * untrained network, keep the highest score. The choice follows the reference code's
 * {@code np.nanargmax}: see {@link FirstMaximum}.
 */
public final class NaswotSearch {
    private final SearchSpace space;
    private final ArchitectureScorer scorer;

    public NaswotSearch(SearchSpace space, ArchitectureScorer scorer) {
        this.space = space;
        this.scorer = scorer;
    }

    public NaswotResult run(int sampleCount, RandomGenerator rng) {
        if (sampleCount < 1) {
            throw new IllegalArgumentException("NASWOT needs at least one sample, got " + sampleCount);
        }
        long start = System.nanoTime();
        // all draws happen before any scoring, as in the reference (np.random.randint(0, n, N))
        List<Architecture> sample = new ArrayList<>(sampleCount);
        for (int i = 0; i < sampleCount; i++) {
            sample.add(space.sample(rng));
        }
        double[] scores = new double[sampleCount];
        List<ScoredArchitecture> scored = new ArrayList<>(sampleCount);
        for (int i = 0; i < sampleCount; i++) {
            scores[i] = scorer.score(sample.get(i));
            scored.add(new ScoredArchitecture(ArchitectureRef.of(sample.get(i)), scores[i]));
        }
        int chosen = FirstMaximum.indexOf(scores);
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        return new NaswotResult(scored.get(chosen).architecture(), scores[chosen], chosen, scored, wallSeconds);
    }
}
