package org.naswot.app.explore;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.naswot.figures.scatter.ColourMode;

/**
 * The toolbar's controls over {@link ScatterDisplayModel}: the colour column (shown while colouring by a column), Axes
 * (values or ranks), log x and log y (their tooltips say why a request was refused, or that ranks have no log axis), and
 * a Display menu with marker size, opacity, size by a column, the trend line and clipping to percentiles.
 */
final class ScatterDisplayControls {
    private static final String LOG_TIP = "Logarithmic %s axis (refused while a shown value is \u2264 0)";
    private static final String LOG_ON_RANKS = "Log axes do not apply to ranks: switch Axes back to Values (your log "
            + "choice is kept for them)";
    private final ScatterDisplayModel display;
    private final ComboBox<String> colourColumn = new ComboBox<>();
    private final CheckBox logX = new CheckBox("Log x");
    private final CheckBox logY = new CheckBox("Log y");
    private final MenuButton menu = new MenuButton("Display");
    private final ChoiceBox<String> axes = new ChoiceBox<>();
    /** Log x and y; a disabled control shows no tooltip, so while ranks are on this box says why they are off. */
    private final HBox logBox = new HBox(4, logX, logY);
    private final Tooltip logOnRanks = new Tooltip(LOG_ON_RANKS);
    private final Menu sizeBy = new Menu("Size by");

    ScatterDisplayControls(ScatterDisplayModel display, ScoreScatterModel model) {
        this.display = display;
        colourColumn.setItems(display.columns());
        colourColumn.valueProperty().bindBidirectional(display.colourColumnProperty());
        colourColumn.setTooltip(new Tooltip("The numeric column that colours the points (the colour bar names it and "
                + "its range over the plotted points)"));
        colourColumn.setPromptText("column");
        colourColumn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        colourColumn.visibleProperty().bind(model.colourModeProperty().isEqualTo(ColourMode.COLUMN));
        colourColumn.managedProperty().bind(colourColumn.visibleProperty());
        logX.selectedProperty().bindBidirectional(display.logXProperty());
        logY.selectedProperty().bindBidirectional(display.logYProperty());
        logX.setTooltip(new Tooltip(String.format(LOG_TIP, "x")));
        logY.setTooltip(new Tooltip(String.format(LOG_TIP, "y")));
        display.refusalProperty().addListener((o, a, why) -> logTips(why));
        buildAxesChoice();
        CheckMenuItem trend = new CheckMenuItem("Trend line (least squares)");
        trend.selectedProperty().bindBidirectional(display.trendProperty());
        CheckMenuItem clip = new CheckMenuItem();
        // names the percentiles clipped to: the 1st-99th, unless a screenshot (gui --clip) asked for others
        clip.textProperty().bind(Bindings.createStringBinding(() -> "Clip axes to the "
                + display.clipPercentilesProperty().get().describe(), display.clipPercentilesProperty()));
        clip.selectedProperty().bindBidirectional(display.clipProperty());
        menu.getItems().addAll(slider("Marker size", display.markerScaleProperty(), 0.25, 4),
                slider("Opacity", display.alphaProperty(), 0.05, 1), sizeBy, trend, clip);
        menu.setTooltip(new Tooltip("Marker size and opacity, size by a column, trend line, axes clipped to the 1st\u2013"
                + "99th percentile (points beyond drawn at the edge)"));
        display.columns().addListener((ListChangeListener<String>) c -> rebuildSizeBy());
        display.sizeColumnProperty().addListener((o, a, b) -> rebuildSizeBy());
        rebuildSizeBy();
    }

    /** Values or Ranks on the axes; while Ranks, log x and y are off (their choice kept) and say why. */
    private void buildAxesChoice() {
        axes.getItems().setAll("Values", "Ranks");
        axes.setValue(display.ranksProperty().get() ? "Ranks" : "Values");
        axes.valueProperty().addListener((o, a, b) -> display.ranksProperty().set("Ranks".equals(b)));
        display.ranksProperty().addListener((o, a, on) -> {
            axes.setValue(on ? "Ranks" : "Values");
            logTips(display.refusalProperty().get());
        });
        axes.setTooltip(new Tooltip("Values: the measures themselves. Ranks: each architecture's rank by x and by the "
                + "accuracy (1 = highest; ties share their average rank), the proxy's ranking against the accuracy's"));
        logX.disableProperty().bind(display.ranksProperty());
        logY.disableProperty().bind(display.ranksProperty());
        logTips(display.refusalProperty().get());
    }

    private void logTips(String why) {
        boolean ranks = display.ranksProperty().get();
        if (ranks) {
            Tooltip.install(logBox, logOnRanks);
        } else {
            Tooltip.uninstall(logBox, logOnRanks);
        }
        logX.getTooltip().setText(ranks ? LOG_ON_RANKS : why.startsWith("Log x") ? why : String.format(LOG_TIP, "x"));
        logY.getTooltip().setText(ranks ? LOG_ON_RANKS : why.startsWith("Log y") ? why : String.format(LOG_TIP, "y"));
    }

    private static CustomMenuItem slider(String name, javafx.beans.property.DoubleProperty value, double min,
                                         double max) {
        Slider s = new Slider(min, max, value.get());
        s.valueProperty().bindBidirectional(value);
        s.setPrefWidth(140);
        Label text = new Label();
        text.textProperty().bind(Bindings.format(java.util.Locale.ROOT, "%s %.2f", name, value));
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        CustomMenuItem item = new CustomMenuItem(new HBox(8, text, s), false);
        return item;
    }

    /** One radio item per numeric column, and "One size". */
    private void rebuildSizeBy() {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem none = new RadioMenuItem("One size");
        none.setToggleGroup(group);
        none.setSelected(display.sizeColumnProperty().get() == null);
        none.setOnAction(e -> display.sizeColumnProperty().set(null));
        sizeBy.getItems().setAll(none);
        for (String id : display.columns()) {
            RadioMenuItem item = new RadioMenuItem(id);
            item.setToggleGroup(group);
            item.setSelected(id.equals(display.sizeColumnProperty().get()));
            item.setOnAction(e -> display.sizeColumnProperty().set(id));
            sizeBy.getItems().add(item);
        }
    }

    ComboBox<String> colourColumn() {
        return colourColumn;
    }

    /** Axes (values or ranks), log x, log y and the Display menu, in toolbar order. */
    List<Node> axisAndDisplay() {
        Label label = new Label("Axes");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        logBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        logBox.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        logX.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        logY.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return List.of(label, axes, logBox, menu);
    }

    ChoiceBox<String> axesChoice() {
        return axes;
    }

    CheckBox logXBox() {
        return logX;
    }
}
