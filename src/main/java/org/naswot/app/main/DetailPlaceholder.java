package org.naswot.app.main;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/**
 * What a detail tab (Kernel, Lecture) shows while it has no view: a hint of what to do, or a spinner with what is being
 * computed (review m3: the hint stayed up while the selected point's kernel was computed, as if nothing happened).
 */
final class DetailPlaceholder extends VBox {
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label text = new Label();

    DetailPlaceholder(String hint) {
        super(10);
        setAlignment(Pos.CENTER);
        spinner.setMaxSize(36, 36);
        spinner.managedProperty().bind(spinner.visibleProperty());
        text.setWrapText(true);
        text.getStyleClass().add("view-subtitle");
        getChildren().addAll(spinner, text);
        setMouseTransparent(true);
        hint(hint);
    }

    /** Advice: nothing is being computed. */
    void hint(String advice) {
        spinner.setVisible(false);
        text.setText(advice);
    }

    /** Something is being computed for this tab: a spinner and what it is. */
    void busy(String what) {
        spinner.setVisible(true);
        text.setText(what);
    }

    boolean isBusy() {
        return spinner.isVisible();
    }

    String text() {
        return text.getText();
    }
}
