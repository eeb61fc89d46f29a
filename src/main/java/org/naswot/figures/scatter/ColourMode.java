package org.naswot.figures.scatter;

/** How the scatter colours its points. */
public enum ColourMode {
    /** Continuous viridis scale over the parameter count (log scale), with a colour bar. */
    PARAMS("Parameters"),
    /** One Okabe-Ito colour per categorical key (e.g. counting mode or run), with a legend. */
    GROUP("Group"),
    /** One colour. */
    NONE("Single colour"),
    /** Continuous viridis scale over a chosen numeric column ({@link ScatterDisplay#colourBy}), with a colour bar. */
    COLUMN("Column");

    private final String label;

    ColourMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
