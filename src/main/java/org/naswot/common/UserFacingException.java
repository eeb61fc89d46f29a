package org.naswot.common;

/**
 * A problem caused by the user's input or environment (a malformed architecture string, a missing or
 * truncated data file, an unknown benchmark column). Front ends print its message as one line, without
 * a stack trace; the message must name the problem and, where possible, what to do about it.
 */
public class UserFacingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message of the first user-facing problem among {@code t} and its causes, else {@code t} as text. */
    public static String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UserFacingException) {
                return c.getMessage();
            }
        }
        return String.valueOf(t);
    }
}
