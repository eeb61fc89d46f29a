package org.naswot.app.explore;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** The toolbar's back and forward buttons over the zoom history, disabled where there is nowhere to go. */
final class ZoomButtons {
    private ZoomButtons() {
    }

    static List<Node> of(ScoreScatter scatter, ZoomHistory history) {
        Button back = new Button("\u25c0");
        back.setTooltip(new Tooltip("Back to the previous zoom or pan (Alt+Left)"));
        back.setOnAction(e -> scatter.zoomBack());
        back.disableProperty().bind(history.canBackProperty().not());
        back.setId("zoom-back");
        Button forward = new Button("\u25b6");
        forward.setTooltip(new Tooltip("Forward again (Alt+Right)"));
        forward.setOnAction(e -> scatter.zoomForward());
        forward.disableProperty().bind(history.canForwardProperty().not());
        forward.setId("zoom-forward");
        return List.of(back, forward);
    }
}
