package org.naswot.figures.export;

/**
 * What an exported figure shows besides its data. On screen the title carries the statistics and the top-k and
 * selection are ringed; a paper figure gives the data area the room: no title (the statistics become a compact
 * annotation inside the plot, and belong in the caption), marks only when asked for.
 *
 * @param title the chart's title and subtitle; false puts the statistics in the plot's corner instead
 * @param marks the top-k rings, the selection ring and their legend
 */
public record FigureLayout(boolean title, boolean marks) {
    /** As on screen. */
    public static final FigureLayout SCREEN = new FigureLayout(true, true);
    /** For a paper: data area first, statistics as an annotation, no marks. */
    public static final FigureLayout PAPER = new FigureLayout(false, false);
}
