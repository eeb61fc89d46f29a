package org.naswot.score;

import org.naswot.common.UserFacingException;

/**
 * What an architecture's weight seed is derived from, beside the run's seed. By default its canonical form, so one
 * network has one score however it is addressed (typed with --arch, or found by its benchmark index). The version-2
 * rule, the benchmark index where there is one, stays available to reproduce scores stored by earlier versions.
 */
public enum WeightSeeds {
    ARCHITECTURE("architecture"),
    INDEX("index");

    private final String cliName;

    WeightSeeds(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static WeightSeeds fromCli(String name) {
        for (WeightSeeds s : values()) {
            if (s.cliName.equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new UserFacingException("unknown --weight-seeds '" + name + "' (expected architecture or index)");
    }
}
