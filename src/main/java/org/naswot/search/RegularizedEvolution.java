package org.naswot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;

/**
 * Regularised evolution (REA, Real et al. 2019): fill a population of P evaluated architectures, then
 * repeatedly draw S members uniformly with replacement, mutate the most accurate one (one decision
 * changed), evaluate the child, add it and remove the oldest member ("regularised": age, not
 * fitness, decides who dies). Runs until the budget is spent.
 */
public final class RegularizedEvolution {
    private final SearchSpace space;
    private final AccuracyOracle oracle;
    private final EvolutionSettings settings;

    public RegularizedEvolution(SearchSpace space, AccuracyOracle oracle, EvolutionSettings settings) {
        this.space = space;
        this.oracle = oracle;
        this.settings = settings;
    }

    public BudgetedSearchResult run(Budget budget, RandomGenerator rng) {
        List<Architecture> seeds = new ArrayList<>(settings.populationSize());
        for (int i = 0; i < settings.populationSize(); i++) {
            seeds.add(space.sample(rng));
        }
        return evolve(seeds, budget, rng, "rea", 0);
    }

    /** Evaluates the seeds as the initial population, then evolves; shared with AREA, which picks its seeds. */
    BudgetedSearchResult evolve(List<Architecture> seeds, Budget budget, RandomGenerator rng, String algorithm,
            int scored) {
        BudgetedEvaluator evaluator = new BudgetedEvaluator(oracle, budget);
        List<Member> population = new ArrayList<>(seeds.size() + 1);
        for (Architecture seed : seeds) {
            Optional<Evaluation> evaluation = evaluator.evaluate(seed);
            if (evaluation.isEmpty()) {
                return evaluator.result(algorithm, scored);
            }
            population.add(new Member(seed, evaluation.get().accuracy()));
        }
        while (true) {
            Architecture child = space.mutate(tournamentWinner(population, rng).architecture(), rng);
            Optional<Evaluation> evaluation = evaluator.evaluate(child);
            if (evaluation.isEmpty()) {
                return evaluator.result(algorithm, scored);
            }
            population.add(new Member(child, evaluation.get().accuracy()));
            population.remove(0); // the oldest
        }
    }

    private Member tournamentWinner(List<Member> population, RandomGenerator rng) {
        Member winner = null;
        for (int i = 0; i < settings.sampleSize(); i++) {
            Member candidate = population.get(rng.nextInt(population.size()));
            // NaN (unknown) accuracy loses to any known one
            if (winner == null || Double.isNaN(winner.accuracy()) || candidate.accuracy() > winner.accuracy()) {
                winner = candidate;
            }
        }
        return winner;
    }

    private record Member(Architecture architecture, double accuracy) {
    }
}
