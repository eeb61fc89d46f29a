package org.naswot.figures.export;

/**
 * What an exported figure shows besides its data. On screen the title carries the statistics and the top-k and
 * selection are ringed; a paper figure gives the data area the room: no title (the statistics become one compact line
 * above the data area, and belong in the caption), marks only when asked for.
 *
 * @param title  the chart's title and subtitle; false puts the statistics in one line above the data area instead
 * @param marks  the top-k rings, the selection ring and their legend
 * @param legend where the legend goes; {@link LegendPosition#AS_SHOWN} (and null): where the window has it
 */
public record FigureLayout(boolean title, boolean marks, LegendPosition legend) {
    /** As on screen. */
    public static final FigureLayout SCREEN = new FigureLayout(true, true);
    /** For a paper: data area first, statistics above it, no marks. */
    public static final FigureLayout PAPER = new FigureLayout(false, false);

    public FigureLayout {
        legend = legend == null ? LegendPosition.AS_SHOWN : legend;
    }

    /** The legend where the window has it. */
    public FigureLayout(boolean title, boolean marks) {
        this(title, marks, LegendPosition.AS_SHOWN);
    }

    /** The same, with the legend at {@code where}. */
    public FigureLayout withLegend(LegendPosition where) {
        return new FigureLayout(title, marks, where);
    }
}
