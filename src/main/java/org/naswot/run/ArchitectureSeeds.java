package org.naswot.run;

import org.naswot.space.Architecture;

/**
 * The weight-initialisation seed of one architecture in a run: a fixed function of the run's seed and the
 * architecture, so a score does not depend on the order architectures are scored in (a resumed or cached
 * score equals a fresh one).
 */
public final class ArchitectureSeeds {
    private ArchitectureSeeds() {
    }

    public static long of(long runSeed, Architecture a) {
        long key = a.index() >= 0 ? a.index() : a.encoding().hashCode() * 0x9E3779B97F4A7C15L;
        return mix(runSeed * 0xD1B54A32D192ED03L + key);
    }

    /** SplitMix64's finaliser: nearby inputs give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
