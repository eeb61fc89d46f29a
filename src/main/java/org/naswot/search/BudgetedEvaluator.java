package org.naswot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;

/**
 * Queries the oracle on behalf of a search while keeping it inside its budget, and records the
 * trajectory. A query budget stops before the query that would exceed it. A time budget must see the
 * training time first, so the query that would overrun is discarded (its training never "happened")
 * and the search ends there, as NAS-Bench-201's time-budgeted REA does; later, cheaper architectures
 * are not let in, so the spend never exceeds the limit and the stop is final.
 */
final class BudgetedEvaluator {
    private final AccuracyOracle oracle;
    private final Budget budget;
    private final List<TrajectoryPoint> trajectory = new ArrayList<>();
    private boolean exhausted;
    private double seconds;
    private ArchitectureRef best;
    private double bestAccuracy = Double.NaN;

    BudgetedEvaluator(AccuracyOracle oracle, Budget budget) {
        this.oracle = oracle;
        this.budget = budget;
    }

    /** The evaluation, or empty once the budget is spent. */
    Optional<Evaluation> evaluate(Architecture architecture) {
        if (exhausted || (budget.unit() == Budget.Unit.QUERIES && trajectory.size() >= budget.limit())) {
            exhausted = true;
            return Optional.empty();
        }
        Evaluation evaluation = oracle.evaluate(architecture);
        double cost = evaluation.trainingSeconds();
        if (budget.unit() == Budget.Unit.SECONDS) {
            if (!(cost > 0)) {
                throw new UserFacingException("the accuracy oracle has no positive training time for "
                        + architecture.encoding() + " (got " + cost + "); use a query budget instead of a time budget");
            }
            if (seconds + cost > budget.limit()) {
                exhausted = true;
                return Optional.empty();
            }
        }
        if (!Double.isNaN(cost)) {
            seconds += cost;
        }
        ArchitectureRef ref = ArchitectureRef.of(architecture);
        if (!Double.isNaN(evaluation.accuracy()) && (best == null || evaluation.accuracy() > bestAccuracy)) {
            best = ref;
            bestAccuracy = evaluation.accuracy();
        }
        trajectory.add(new TrajectoryPoint(trajectory.size() + 1, seconds, ref, evaluation.accuracy(), bestAccuracy));
        return Optional.of(evaluation);
    }

    BudgetedSearchResult result(String algorithm, int scored) {
        return new BudgetedSearchResult(algorithm, budget, best, bestAccuracy, trajectory.size(), seconds, scored,
                trajectory);
    }
}
