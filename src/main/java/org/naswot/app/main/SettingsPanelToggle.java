package org.naswot.app.main;

import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;

/**
 * View ▸ Hide settings panel: the left column folds away and the tabs take its width, for a 1024 px screen (review
 * P8). The panel is hidden, not removed, so presentation mode's own hiding keeps working; not remembered between
 * sessions (the window opens with the settings shown).
 */
final class SettingsPanelToggle {
    private final MainWindow window;
    private final CheckMenuItem item = new CheckMenuItem("Hide settings panel");

    SettingsPanelToggle(MainWindow window) {
        this.window = window;
        item.setOnAction(e -> apply());
    }

    CheckMenuItem item() {
        return item;
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
