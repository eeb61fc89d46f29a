package org.naswot.app.search;

import java.util.Locale;
import org.naswot.common.UserFacingException;
import org.naswot.run.SearchExperiment;
import org.naswot.search.Budget;
import org.naswot.search.EvolutionSettings;
import org.naswot.service.ExplorerSettings;
import org.naswot.store.SearchAlgorithm;

/**
 * What the Search tab's picker asks for, with the command line's defaults ({@code naswot search}): the algorithm, its
 * sample size N (naswot, random) or its budget and population P and tournament size S (rea, area), and R runs with
 * seeds seed .. seed + R - 1 (1 .. R by default).
 */
public record SearchRequest(SearchAlgorithm algorithm, int n, double budget, Budget.Unit budgetUnit, int population,
                            int sampleSize, int runs) {
    /** The command line's defaults: --n 10, --budget 100 queries, --population 10, --sample-size 3, --runs 10. */
    public static final SearchRequest DEFAULTS = new SearchRequest(SearchAlgorithm.NASWOT, 10, 100,
            Budget.Unit.QUERIES, 10, 3, 10);

    /** Whether the algorithm takes a sample size N (naswot, random) rather than a budget (rea, area). */
    public static boolean takesN(SearchAlgorithm a) {
        return a == SearchAlgorithm.NASWOT || a == SearchAlgorithm.RANDOM;
    }

    /** The same search, as the command line builds it: the window's space, dataset, batch and seed. */
    public SearchExperiment.Settings settings(ExplorerSettings s, String oracleColumn) {
        Budget b;
        try {
            b = budgetUnit == Budget.Unit.QUERIES ? Budget.queries((int) budget) : Budget.seconds(budget);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("budget: " + e.getMessage());
        }
        return new SearchExperiment.Settings(algorithm, n, b, runs, s.seed(), s.scoringConfig(), oracleColumn,
                new EvolutionSettings(population, sampleSize));
    }

    /** "rea, 100 queries, P = 10, S = 3, 10 runs" for the status line. */
    public String describe() {
        String what = takesN(algorithm) ? "N = " + n : String.format(Locale.ROOT, "%s %s, P = %d, S = %d",
                budget == Math.rint(budget) ? Long.toString((long) budget) : Double.toString(budget),
                budgetUnit.name().toLowerCase(Locale.ROOT), population, sampleSize);
        return algorithm.dbName() + ", " + what + ", " + runs + " runs";
    }
}
