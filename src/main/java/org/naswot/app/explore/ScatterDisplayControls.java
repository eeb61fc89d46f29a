package org.naswot.app.explore;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
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
 * The toolbar's controls over {@link ScatterDisplayModel}: the colour column (shown while colouring by a column), log x
 * and log y (their tooltips say why a request was refused), and a Display menu with marker size, opacity, size by a
 * column and the trend line.
 */
final class ScatterDisplayControls {
    private static final String LOG_TIP = "Logarithmic %s axis (refused while a shown value is \u2264 0)";
    private final ScatterDisplayModel display;
    private final ComboBox<String> colourColumn = new ComboBox<>();
    private final CheckBox logX = new CheckBox("Log x");
    private final CheckBox logY = new CheckBox("Log y");
    private final MenuButton menu = new MenuButton("Display");
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
        display.refusalProperty().addListener((o, a, why) -> {
            logX.getTooltip().setText(why.startsWith("Log x") ? why : String.format(LOG_TIP, "x"));
            logY.getTooltip().setText(why.startsWith("Log y") ? why : String.format(LOG_TIP, "y"));
        });
        CheckMenuItem trend = new CheckMenuItem("Trend line (least squares)");
        trend.selectedProperty().bindBidirectional(display.trendProperty());
        menu.getItems().addAll(slider("Marker size", display.markerScaleProperty(), 0.25, 4),
                slider("Opacity", display.alphaProperty(), 0.05, 1), sizeBy, trend);
        menu.setTooltip(new Tooltip("Marker size and opacity, size by a column, trend line"));
        display.columns().addListener((ListChangeListener<String>) c -> rebuildSizeBy());
        display.sizeColumnProperty().addListener((o, a, b) -> rebuildSizeBy());
        rebuildSizeBy();
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

    /** Log x, log y and the Display menu, in toolbar order. */
    List<Node> axisAndDisplay() {
        return List.of(logX, logY, menu);
    }

    CheckBox logXBox() {
        return logX;
    }
}
