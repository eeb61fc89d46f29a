package org.naswot.score;

/**
 * Everything one scoring pass yields for one architecture.
 *
 * @param logDet     log|det K|, -infinity when K is singular
 * @param reluUnits  K's diagonal (counted units per image)
 * @param hookedModules modules whose inputs were counted (ReLUs, plus ReLUConvBN containers in reference mode)
 * @param params     trainable parameters of the network with the dataset's class count
 * @param kernel     K itself when requested, else null
 * @param logits     network outputs [batch * outputs] when requested, else null
 * @param seconds    wall time: build, initialise, forward, kernel, log-det
 */
public record KernelScore(double logDet, long reluUnits, int hookedModules, long params, double[][] kernel,
                          float[] logits, double seconds) {
}
