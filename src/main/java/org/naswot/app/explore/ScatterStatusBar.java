package org.naswot.app.explore;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line under the scatter: the crosshair readout, and why a log axis was refused (until the next request). */
final class ScatterStatusBar {
    private ScatterStatusBar() {
    }

    static HBox of(CrosshairReadout readout, ScatterDisplayModel display) {
        Label refusal = new Label();
        refusal.textProperty().bind(display.refusalProperty());
        refusal.getStyleClass().add("crosshair-readout");
        refusal.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, readout.node(), gap, refusal);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        bar.getStyleClass().add("scatter-status");
        return bar;
    }
}
