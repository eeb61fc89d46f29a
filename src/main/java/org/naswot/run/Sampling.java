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
        int[] pool = new int[size];
        for (int i = 0; i < size; i++) {
            pool[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            int j = i + rng.nextInt(size - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        return java.util.Arrays.copyOf(pool, n);
    }
}
