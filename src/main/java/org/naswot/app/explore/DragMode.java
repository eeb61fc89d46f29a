package org.naswot.app.explore;

/** What a primary-button drag on the scatter does (Ctrl-drag always draws a selection box). */
public enum DragMode {
    PAN("pan"), BOX("box select"), LASSO("lasso select");

    private final String label;

    DragMode(String label) {
        this.label = label;
    }

    /** As the toolbar's Drag chooser shows it. */
    String label() {
        return label;
    }
}
