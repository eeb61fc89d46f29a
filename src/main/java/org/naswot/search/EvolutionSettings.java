package org.naswot.search;

/**
 * Regularised evolution's population size P and tournament sample size S (Real et al. 2019).
 */
public record EvolutionSettings(int populationSize, int sampleSize) {

    public EvolutionSettings {
        if (populationSize < 1 || sampleSize < 1) {
            throw new IllegalArgumentException("population and sample size must be positive, got P=" + populationSize
                    + " S=" + sampleSize);
        }
    }

    /** P=10, S=3: NAS-Bench-201's REA settings, which the NASWOT paper's REA/AREA comparison follows. */
    public static EvolutionSettings nasBench201() {
        return new EvolutionSettings(10, 3);
    }
}
