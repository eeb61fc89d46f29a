package org.naswot.run;

import java.util.SplittableRandom;
import org.naswot.common.UserFacingException;

/** Seeded choice of distinct indices, independent of anything but (space size, n, seed). */
public final class Sampling {
    private Sampling() {
    }

    /** n distinct indices of 0..size-1, in draw order (partial Fisher-Yates with SplittableRandom(seed)). */
    public static int[] distinct(int size, int n, long seed) {
        if (n < 1 || n > size) {
            throw new UserFacingException("--sample must be between 1 and " + size + ", got " + n);
        }
        // Fisher-Yates over a virtual pool 0..size-1: only swapped slots are kept, so a space of a billion drawn
        // indices (a declarative space too large to enumerate) costs what the sample costs; same draws as a full pool
        java.util.Map<Integer, Integer> swapped = new java.util.HashMap<>();
        SplittableRandom rng = new SplittableRandom(seed);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i + rng.nextInt(size - i);
            int atJ = swapped.getOrDefault(j, j);
            out[i] = atJ;
            swapped.put(j, swapped.getOrDefault(i, i));
        }
        return out;
    }
}
