package org.naswot.app.main;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The window's tab headers, in place of the tab pane's own (review N12): at Large fonts and 1024 px they do not all
 * fit, and the pane's overflow menu hid the tabs after Lecture. Here they scroll, with arrows shown while some are
 * out of sight, and the selected one is scrolled into view.
 */
final class TabStrip extends HBox {
    private final ScrollPane scroll;
    private final HBox row = new HBox();
    private final ToggleGroup group = new ToggleGroup();
    private final Button back = arrow("\u25c0", "Earlier tabs");
    private final Button forward = arrow("\u25b6", "Later tabs");
    private ToggleButton selected;
    /** Whether {@link #selected} was scrolled into sight at the widths below. */
    private boolean revealed;
    private double lastView;
    private double lastContent;

    TabStrip(TabPane tabs) {
        row.setAlignment(Pos.BOTTOM_LEFT);
        row.getStyleClass().add("tab-strip-row");
        for (Tab t : tabs.getTabs()) {
            ToggleButton b = new ToggleButton();
            b.textProperty().bind(t.textProperty());
            b.setToggleGroup(group);
            b.setUserData(t);
            b.setMinWidth(Region.USE_PREF_SIZE); // scrolled, never cut to "…"
            b.getStyleClass().add("tab-strip-button");
            b.setOnAction(e -> {
                tabs.getSelectionModel().select(t);
                b.setSelected(true);
            });
            row.getChildren().add(b);
        }
        scroll = new ScrollPane(row);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("tab-strip-scroll");
        HBox.setHgrow(scroll, Priority.ALWAYS);
        back.setOnAction(e -> scrollBy(-1));
        forward.setOnAction(e -> scrollBy(1));
        getChildren().addAll(back, scroll, forward);
        getStyleClass().add("tab-strip");
        setAlignment(Pos.CENTER_LEFT);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showSelected(now));
        showSelected(tabs.getSelectionModel().getSelectedItem());
        // the arrows only while the headers overflow
        row.widthProperty().addListener(o -> updateArrows());
        scroll.viewportBoundsProperty().addListener(o -> updateArrows());
        scroll.hvalueProperty().addListener(o -> updateArrows());
        updateArrows();
    }

    private void showSelected(Tab t) {
        group.getToggles().forEach(b -> b.setSelected(b.getUserData() == t));
        selected = (ToggleButton) group.getToggles().stream().filter(b -> b.getUserData() == t).findFirst()
                .orElse(null);
        revealed = false;
        requestLayout();
    }

    /**
     * Scrolls the selected header whole into sight after a selection or a resize (not after the arrows scrolled):
     * from the headers' preferred widths, known before the scroll pane lays its content out.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double view = scroll.getWidth() - scroll.snappedLeftInset() - scroll.snappedRightInset();
        double content = row.prefWidth(-1);
        if (selected == null || view <= 0 || revealed && view == lastView && content == lastContent) {
            return;
        }
        lastView = view;
        lastContent = content;
        revealed = true;
        double hidden = content - view;
        if (hidden <= 0) {
            return;
        }
        double x = row.snappedLeftInset();
        for (javafx.scene.Node n : row.getChildren()) {
            if (n == selected) {
                break;
            }
            x += n.prefWidth(-1);
        }
        // a few pixels beside it, so it does not touch an arrow
        double from = Math.max(0, x - 4);
        double to = Math.min(content, x + selected.prefWidth(-1) + 4);
        double left = scroll.getHvalue() * hidden;
        if (from < left) {
            scroll.setHvalue(from / hidden);
        } else if (to > left + view) {
            scroll.setHvalue(Math.min(1, (to - view) / hidden));
        }
    }

    /** One step is about two thirds of the viewport. */
    private void scrollBy(int direction) {
        double hidden = row.getWidth() - scroll.getViewportBounds().getWidth();
        if (hidden > 0) {
            double step = scroll.getViewportBounds().getWidth() * 0.66 / hidden;
            scroll.setHvalue(Math.max(0, Math.min(1, scroll.getHvalue() + direction * step)));
        }
    }

    private void updateArrows() {
        boolean overflow = row.getWidth() > scroll.getViewportBounds().getWidth() + 0.5;
        for (Button b : new Button[] {back, forward}) {
            b.setVisible(overflow);
            b.setManaged(overflow);
        }
        back.setDisable(scroll.getHvalue() <= 0.001);
        forward.setDisable(scroll.getHvalue() >= 0.999);
    }

    /** Whether the arrows are shown (some headers are out of sight). */
    boolean scrolls() {
        return back.isVisible();
    }

    private static Button arrow(String text, String tip) {
        Button b = new Button(text);
        b.getStyleClass().add("tab-strip-arrow");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }
}
