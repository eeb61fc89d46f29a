package org.naswot.app.main;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;

/**
 * The settings column's scroll pane. Its content is as wide as the viewport (fit to width), and the pane is as wide as
 * the content plus the vertical scroll bar: the bar appearing (a short window, Large fonts) narrowed the viewport
 * below the content, which then showed a horizontal scroll bar as well.
 */
final class SettingsScroll extends ScrollPane {
    SettingsScroll(Node content) {
        super(content);
        setFitToWidth(true);
        getStyleClass().add("settings-scroll");
    }

    @Override
    protected double computePrefWidth(double height) {
        return super.computePrefWidth(height) + verticalBarWidth();
    }

    @Override
    protected double computeMinWidth(double height) {
        Node content = getContent();
        double contentMin = content == null ? 0 : content.minWidth(-1);
        return Math.max(super.computeMinWidth(height),
                snappedLeftInset() + contentMin + verticalBarWidth() + snappedRightInset());
    }

    /** The vertical scroll bar's width, reserved whether it shows or not (so the column does not jump). */
    private double verticalBarWidth() {
        for (Node n : getChildrenUnmodifiable()) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                return bar.prefWidth(-1);
            }
        }
        return 0;
    }
}
