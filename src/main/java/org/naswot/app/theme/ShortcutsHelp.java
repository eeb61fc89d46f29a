package org.naswot.app.theme;

import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Renders the {@link Shortcuts} registry as a help sheet and shows it in a dialog. */
public final class ShortcutsHelp {
    private ShortcutsHelp() {
    }

    public static GridPane content(Shortcuts shortcuts) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts-help");
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (Map.Entry<String, List<Shortcuts.Shortcut>> e : shortcuts.byCategory().entrySet()) {
            Label cat = new Label(e.getKey());
            cat.getStyleClass().add("shortcut-category");
            grid.add(cat, 0, row++, 2, 1);
            for (Shortcuts.Shortcut s : e.getValue()) {
                Label keys = new Label(s.displayText());
                keys.getStyleClass().add("shortcut-key");
                keys.setId("shortcut-" + s.id());
                // keys whole, descriptions wrapped: nothing cut to an ellipsis (review polish: "Page…", "…as …")
                keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label what = new Label(s.description());
                what.setWrapText(true);
                what.setPrefWidth(340);
                what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                grid.add(keys, 0, row);
                grid.add(what, 1, row++);
            }
        }
        return grid;
    }

    public static Dialog<Void> dialog(Window owner, Shortcuts shortcuts) {
        Dialog<Void> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Keyboard shortcuts");
        GridPane grid = content(shortcuts);
        grid.setPadding(new javafx.geometry.Insets(4, 12, 4, 4));
        ScrollPane sp = new ScrollPane(grid);
        sp.setFitToWidth(true);
        // no preferred viewport width: the pane is as wide as the sheet, so it scrolls only up and down
        sp.setPrefViewportHeight(560);
        d.getDialogPane().setContent(sp);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        return d;
    }
}
