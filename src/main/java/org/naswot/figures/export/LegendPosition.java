package org.naswot.figures.export;

/**
 * Where a figure's legend goes (review X4): inside a corner of the data area, beside it on the right, below it, or
 * nowhere. The window's chart keeps its position in the scatter's display settings; an export uses it too unless the
 * export dialog names another.
 */
public enum LegendPosition {
    /** An export's answer: where the window's chart has it ({@code ScatterDisplay}'s position). */
    AS_SHOWN("as in the window"),
    INSIDE_TOP_LEFT("inside, top left"),
    INSIDE_TOP_RIGHT("inside, top right"),
    INSIDE_BOTTOM_RIGHT("inside, bottom right"),
    OUTSIDE_RIGHT("outside, right"),
    BELOW("below the plot"),
    NONE("none");

    private final String label;

    LegendPosition(String label) {
        this.label = label;
    }

    /** Whether the legend is drawn over the data area (in a corner, on its own background). */
    public boolean inside() {
        return this == INSIDE_TOP_LEFT || this == INSIDE_TOP_RIGHT || this == INSIDE_BOTTOM_RIGHT;
    }

    @Override
    public String toString() {
        return label;
    }
}
