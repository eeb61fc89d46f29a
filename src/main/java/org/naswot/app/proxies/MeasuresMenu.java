package org.naswot.app.proxies;

import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;

/**
 * "Measures…": a check box per measure of the shown run that has values, ticked when the heatmap and the table show
 * it; unticking one hides it for runs of the same space (remembered with the preferences). Measures without values
 * are not offered: the strip above offers to compute them.
 */
final class MeasuresMenu extends MenuButton {
    MeasuresMenu(ProxiesViewModel model) {
        super("Measures\u2026");
        getStyleClass().add("proxies-measures-menu");
        setTooltip(new Tooltip("Choose the measures the heatmap (or scatter matrix, parallel coordinates), the table and "
                + "the exported figure show; measures "
                + "without stored values in the run are left out (Compute adds them)"));
        // built when opened: the run (and its measures with values) may have changed since
        setOnShowing(e -> {
            getItems().clear();
            for (String id : model.available()) {
                CheckBox box = new CheckBox(id);
                box.setSelected(model.shown().contains(id));
                box.selectedProperty().addListener((o, a, on) -> model.setShown(id, on));
                CustomMenuItem item = new CustomMenuItem(box);
                item.setHideOnClick(false);
                getItems().add(item);
            }
        });
        disableProperty().bind(model.tableProperty().isNull());
        // a MenuButton with no items never opens: one placeholder keeps it openable before the first showing
        getItems().add(new CustomMenuItem(new CheckBox()));
    }
}
