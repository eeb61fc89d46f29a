package org.naswot.store;

import org.naswot.common.UserFacingException;

/** Life cycle of a scoring run, stored as the lower-case name in {@code scoring_runs.status}. */
public enum RunStatus {
    /** Being scored now, or killed without a chance to record anything else (kill -9, power loss). */
    RUNNING,
    /** Every requested architecture was scored. */
    FINISHED,
    /** Stopped by a signal (Ctrl-C); rerunning the same command resumes it. */
    INTERRUPTED,
    /** Stopped on purpose by the user (e.g. the GUI's cancel button). */
    CANCELLED;

    public String dbName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RunStatus fromDb(String name) {
        for (RunStatus s : values()) {
            if (s.dbName().equals(name)) {
                return s;
            }
        }
        throw new UserFacingException("unknown run status '" + name
                + "' in the results database (expected running, finished, interrupted or cancelled)");
    }

    /** Whether the run ended for good; only then does {@code finished_at} get a time. */
    boolean closesRun() {
        return this == FINISHED || this == CANCELLED;
    }
}
