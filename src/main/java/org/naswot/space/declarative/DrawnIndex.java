package org.naswot.space.declarative;

/**
 * Indices of a space too large to enumerate: index i names the architecture drawn uniformly with the generator seeded
 * from i, so a seeded sample of indices is a reproducible uniform sample of architectures (a repeat among a few
 * thousand draws of such a space is all but impossible, and harmless).
 */
final class DrawnIndex {
    /** Spaces up to this many architectures are enumerated (index = code). */
    static final int ENUMERABLE = 100_000_000;
    /** How many drawn indices a large space offers. */
    static final int SIZE = 1_000_000_000;

    private DrawnIndex() {
    }

    /** A seed for index i, far from those of i-1 and i+1 (SplitMix64's finaliser). */
    static long seedOf(int index) {
        long z = index * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
