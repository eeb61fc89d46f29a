package org.naswot.store;

import java.util.Locale;
import org.naswot.common.UserFacingException;

/** The search strategies whose runs are recorded in {@code search_runs.algorithm}. */
public enum SearchAlgorithm {
    /** Score N random architectures without training, keep the best (the paper's Algorithm 1). */
    NASWOT,
    /** Regularised evolution (Real et al. 2019). */
    REA,
    /** Assisted REA: the initial population is picked by NASWOT score. */
    AREA,
    /** Random search over trained accuracies. */
    RANDOM;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SearchAlgorithm fromDb(String name) {
        for (SearchAlgorithm a : values()) {
            if (a.dbName().equalsIgnoreCase(name)) {
                return a;
            }
        }
        throw new UserFacingException("unknown search algorithm '" + name + "' (expected naswot, rea, area or random)");
    }
}
