package org.naswot.search;

/**
 * What an {@link AccuracyOracle} answers for one architecture: the accuracy (%) of the chosen metric
 * and the simulated training time in seconds that obtaining it would have cost. Either may be NaN
 * when the benchmark does not know it.
 */
public record Evaluation(double accuracy, double trainingSeconds) {
}
