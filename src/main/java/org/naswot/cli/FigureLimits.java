package org.naswot.cli;

import org.naswot.common.UserFacingException;

/** The bounds of {@code naswot figure}'s numeric options, checked before a run is read or a file touched. */
final class FigureLimits {
    static final double MIN_DPI = 10;
    static final double MAX_DPI = 2400;
    /** A PNG above this many pixels (a 40 x 40 in page at 600 dpi is 576 million) is refused. */
    static final double MAX_PIXELS = 600e6;

    private FigureLimits() {
    }

    static void check(double widthIn, double heightIn, double dpi, int topK) {
        if (!(dpi >= MIN_DPI && dpi <= MAX_DPI)) {
            throw new UserFacingException("--dpi " + dpi + " is outside " + (int) MIN_DPI + " .. " + (int) MAX_DPI
                    + " (300 is print quality, 600 more than enough)");
        }
        double pixels = widthIn * dpi * heightIn * dpi;
        if (pixels > MAX_PIXELS) {
            throw new UserFacingException(String.format(java.util.Locale.ROOT, "a %.1f x %.1f in figure at %.0f dpi "
                    + "has %.0f million pixels, above %.0f million: lower --dpi or the size", widthIn, heightIn, dpi,
                    pixels / 1e6, MAX_PIXELS / 1e6));
        }
        if (topK < 1) {
            throw new UserFacingException("--top-k must be at least 1, got " + topK);
        }
    }
}
