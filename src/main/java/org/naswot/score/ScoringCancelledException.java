package org.naswot.score;

/**
 * Thrown out of a forward pass when the caller cancelled while it ran: a wide network (NAS-Bench-101 at 128
 * channels) takes many seconds per architecture, and cancel should not wait for it to finish.
 */
public final class ScoringCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScoringCancelledException() {
        super("scoring cancelled", null, false, false);
    }
}
