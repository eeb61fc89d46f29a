package org.naswot.app.theme;

/**
 * The scatter's display choices for one space, as remembered across restarts (marker size and opacity are remembered
 * for every space alike, in {@link Preferences} itself).
 *
 * @param logX   logarithmic x axis
 * @param logY   logarithmic y axis
 * @param trend  the least-squares trend line
 * @param colour the column that colours the points (when colouring by a column), or null
 * @param size   the column that sizes the points, or null (one size)
 * @param ranks  ranks (1 = highest) on both axes instead of values
 * @param clip   axes clipped to the 1st to 99th percentile, points beyond drawn at the edge
 */
public record ScatterChoices(boolean logX, boolean logY, boolean trend, String colour, String size, boolean ranks,
                             boolean clip) {
    /** Choices saved before ranks and clipping existed: values, unclipped. */
    public static ScatterChoices of(boolean logX, boolean logY, boolean trend, String colour, String size) {
        return new ScatterChoices(logX, logY, trend, colour, size, false, false);
    }
}
