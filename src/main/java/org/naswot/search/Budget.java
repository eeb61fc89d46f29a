package org.naswot.search;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How much a budgeted search may spend: a number of oracle queries, or simulated training seconds
 * (the sum of the oracle's training times, as in NAS-Bench-201's time-budgeted REA).
 */
public record Budget(Unit unit, double limit) {

    /** Written as "queries" / "seconds" in JSON. */
    public enum Unit {
        @JsonProperty("queries")
        QUERIES,
        @JsonProperty("seconds")
        SECONDS
    }

    public Budget {
        if (unit == Unit.QUERIES && (limit < 1 || limit != Math.rint(limit))) {
            throw new IllegalArgumentException("a query budget must be a positive whole number, got " + limit);
        }
        if (unit == Unit.SECONDS && !(limit > 0 && Double.isFinite(limit))) {
            throw new IllegalArgumentException("a time budget must be a positive number of seconds, got " + limit);
        }
    }

    public static Budget queries(int count) {
        return new Budget(Unit.QUERIES, count);
    }

    public static Budget seconds(double seconds) {
        return new Budget(Unit.SECONDS, seconds);
    }
}
