package org.naswot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;

/** Random-sampling baselines: the best of N random architectures, and random search under a budget. */
public final class RandomSearch {
    private final SearchSpace space;
    private final AccuracyOracle oracle;

    public RandomSearch(SearchSpace space, AccuracyOracle oracle) {
        this.space = space;
        this.oracle = oracle;
    }

    /** Samples N architectures with replacement; reports the best by accuracy and the first as the random pick. */
    public RandomSearchResult run(int sampleCount, RandomGenerator rng) {
        if (sampleCount < 1) {
            throw new IllegalArgumentException("random search needs at least one sample, got " + sampleCount);
        }
        double[] accuracies = new double[sampleCount];
        List<EvaluatedArchitecture> sampled = new ArrayList<>(sampleCount);
        for (int i = 0; i < sampleCount; i++) {
            Architecture architecture = space.sample(rng);
            accuracies[i] = oracle.evaluate(architecture).accuracy();
            sampled.add(new EvaluatedArchitecture(ArchitectureRef.of(architecture), accuracies[i]));
        }
        int best = FirstMaximum.indexOf(accuracies);
        return new RandomSearchResult(sampled.get(best).architecture(), accuracies[best], sampled.get(0).architecture(),
                accuracies[0], sampled);
    }

    /** Evaluates uniformly random architectures until the budget is spent. */
    public BudgetedSearchResult run(Budget budget, RandomGenerator rng) {
        BudgetedEvaluator evaluator = new BudgetedEvaluator(oracle, budget);
        while (evaluator.evaluate(space.sample(rng)).isPresent()) {
            // each admitted query is recorded by the evaluator
        }
        return evaluator.result("random", 0);
    }
}
