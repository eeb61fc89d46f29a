package org.naswot.score;

import org.naswot.data.InputKind;

/**
 * Everything that determines a score besides the architecture: two runs with equal settings give equal
 * scores for the same architecture, so stored scores can be reused.
 *
 * @param batchSeed seed of the mini-batch draw (the same batch for every architecture of a run)
 * @param initSeed  base seed of the weight initialisation (each architecture derives its own from it)
 * @param device    "cpu" or "gpu" / "gpu:N"
 */
public record ScoringSettings(String space, String dataset, InputKind input, int batchSize, long batchSeed,
                              long initSeed, ReluCounting counting, String device) {
}
