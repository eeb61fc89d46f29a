package org.naswot.app.main;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.naswot.figures.export.LegendPosition;

/**
 * View ▸ Scatter legend: where the scatter's legend goes (review X4), inside a corner, right of the plot, below it
 * or nowhere. An exported scatter uses the same position unless its dialog names another.
 */
final class LegendMenu {
    private LegendMenu() {
    }

    static Menu of(ObjectProperty<LegendPosition> legend) {
        Menu menu = new Menu("Scatter legend");
        ToggleGroup group = new ToggleGroup();
        for (LegendPosition p : LegendPosition.values()) {
            if (p == LegendPosition.AS_SHOWN) {
                continue; // an export's answer, not a place
            }
            RadioMenuItem item = new RadioMenuItem(p.toString());
            item.setToggleGroup(group);
            item.setUserData(p);
            item.setSelected(legend.get() == p);
            item.setOnAction(e -> legend.set(p));
            menu.getItems().add(item);
        }
        // set elsewhere (a test, a restored setting): the menu shows it
        legend.addListener((o, was, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));
        return menu;
    }
}
