package org.naswot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;

/**
 * Assisted regularised evolution (AREA, the paper's Algorithm 2): score M random architectures without
 * training, seed REA's population with the P best-scoring ones, then run REA with the accuracy oracle.
 * Only the oracle queries are charged to the budget; scoring costs seconds of wall time, not training.
 */
public final class AssistedRegularizedEvolution {
    /** M in the paper's AREA experiments. */
    public static final int PAPER_SCORED_CANDIDATES = 20;

    private final SearchSpace space;
    private final ArchitectureScorer scorer;
    private final RegularizedEvolution evolution;
    private final EvolutionSettings settings;
    private final int scoredCandidates;

    public AssistedRegularizedEvolution(SearchSpace space, ArchitectureScorer scorer, AccuracyOracle oracle,
            EvolutionSettings settings, int scoredCandidates) {
        if (scoredCandidates < settings.populationSize()) {
            throw new IllegalArgumentException("AREA scores M >= P candidates, got M=" + scoredCandidates + " P="
                    + settings.populationSize());
        }
        this.space = space;
        this.scorer = scorer;
        this.evolution = new RegularizedEvolution(space, oracle, settings);
        this.settings = settings;
        this.scoredCandidates = scoredCandidates;
    }

    public BudgetedSearchResult run(Budget budget, RandomGenerator rng) {
        List<Architecture> candidates = new ArrayList<>(scoredCandidates);
        double[] scores = new double[scoredCandidates];
        for (int i = 0; i < scoredCandidates; i++) {
            candidates.add(space.sample(rng));
        }
        for (int i = 0; i < scoredCandidates; i++) {
            double score = scorer.score(candidates.get(i));
            scores[i] = Double.isNaN(score) ? Double.NEGATIVE_INFINITY : score;
        }
        Integer[] order = new Integer[scoredCandidates];
        Arrays.setAll(order, i -> i);
        // stable sort: among equal scores the earlier sample ranks first, as with the argmax rule
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        List<Architecture> seeds = new ArrayList<>(settings.populationSize());
        for (int i = 0; i < settings.populationSize(); i++) {
            seeds.add(candidates.get(order[i]));
        }
        return evolution.evolve(seeds, budget, rng, "area", scoredCandidates);
    }
}
