package org.naswot.cli;

import java.util.Locale;
import org.naswot.common.UserFacingException;
import org.naswot.figures.scatter.ClipPercentiles;

/** {@code naswot figure --axes values|ranks --clip LOW,HIGH}: the scatter's axes, read and checked. */
final class ScatterAxesOptions {
    private ScatterAxesOptions() {
    }

    /**
     * Refuses a bad --axes or --clip before anything is read, and either with a kind other than scatter, which would
     * ignore it silently.
     */
    static void check(String kind, String axes, String clip) {
        boolean asked = clip(clip) != null || ranks(axes);
        if (asked && !"scatter".equalsIgnoreCase(kind)) {
            throw new UserFacingException("--axes and --clip apply to --kind scatter only, not --kind " + kind
                    + "; leave them out or use --kind scatter");
        }
    }

    /** True for "ranks", false for "values". */
    static boolean ranks(String axes) {
        return switch (axes.toLowerCase(Locale.ROOT)) {
            case "values" -> false;
            case "ranks" -> true;
            default -> throw new UserFacingException("--axes must be values or ranks, not '" + axes + "'");
        };
    }

    /** The percentiles of --clip, or null without it. */
    static ClipPercentiles clip(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ClipPercentiles.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--clip: " + e.getMessage());
        }
    }
}
