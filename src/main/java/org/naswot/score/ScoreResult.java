package org.naswot.score;

/**
 * The NASWOT score of one architecture. Serializable: a distributed engine's workers send results to the driver.
 *
 * @param score     log|det K|; {@link Double#NEGATIVE_INFINITY} when K is singular
 * @param reluUnits K's diagonal: the number of ReLU units counted per image (with multiplicity in
 *                  reference counting)
 * @param params    trainable parameters of the network built with the dataset's class count
 * @param seconds   wall time to build, initialise and score this architecture
 */
public record ScoreResult(String space, int index, String arch, double score, long reluUnits, long params,
                         double seconds) implements java.io.Serializable {

    public boolean singular() {
        return score == Double.NEGATIVE_INFINITY;
    }
}
