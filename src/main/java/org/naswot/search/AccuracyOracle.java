package org.naswot.search;

import org.naswot.space.Architecture;

/**
 * Stands in for training: a benchmark lookup (or a synthetic landscape in tests) giving an
 * architecture's trained accuracy and the training time charged to a search's budget.
 */
@FunctionalInterface
public interface AccuracyOracle {
    Evaluation evaluate(Architecture architecture);
}
