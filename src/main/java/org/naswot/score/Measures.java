package org.naswot.score;

/** Names shared by the NASWOT score and the zero-cost proxies wherever both are measures of one architecture. */
public final class Measures {
    /** The NASWOT score (log|det K|) as a measure, beside the proxies' ids (which never take this name). */
    public static final String NWOT = "nwot";

    private Measures() {
    }
}
