package org.naswot.app.main;

import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;

/**
 * View ▸ Hide settings panel: the left column folds away and the tabs take its width, for a 1024 px screen (review
 * P8). The panel is hidden, not removed, so presentation mode's own hiding keeps working. Remembered between sessions:
 * the preferences follow {@link #hiddenProperty()} and the window starts from {@link #restore}.
 */
public final class SettingsPanelToggle {
    private final MainWindow window;
    private final CheckMenuItem item = new CheckMenuItem("Hide settings panel");

    SettingsPanelToggle(MainWindow window) {
        this.window = window;
        item.setOnAction(e -> apply());
    }

    CheckMenuItem item() {
        return item;
    }

    /** Hides or shows the panel as the preferences say (null: a file from before the setting, so shown). */
    public void restore(Boolean hidden) {
        item.setSelected(Boolean.TRUE.equals(hidden));
        apply();
    }

    /** Whether the panel is hidden (the menu's check), for the preferences to follow. */
    public javafx.beans.property.ReadOnlyBooleanProperty hiddenProperty() {
        return item.selectedProperty();
    }

    /** The shortcut: flips the menu's check and applies it. */
    void toggle() {
        item.setSelected(!item.isSelected());
        apply();
    }

    private void apply() {
        Node panel = window.getLeft();
        if (panel == null) {
            // presentation mode holds the panel hidden: the press is undone, the check stays true to the panel
            item.setSelected(!item.isSelected());
            return;
        }
        panel.setVisible(!item.isSelected());
        panel.setManaged(!item.isSelected());
    }
}
