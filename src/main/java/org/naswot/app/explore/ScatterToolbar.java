package org.naswot.app.explore;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.scatter.ColourMode;
import org.naswot.score.proxies.ProxyRegistry;

/** The scatter's toolbar: x-axis measure, colouring, top k, Reset view, and the selected point. */
/** Wraps onto a second row where the window is narrow or the fonts large, rather than cutting its labels. */
final class ScatterToolbar extends FlowPane {
    private final ComboBox<String> measure = new ComboBox<>();
    private final ComboBox<ColourMode> colourPicker = new ComboBox<>();
    private final Button resetButton = new Button("Reset view");
    /** Colour, its picker and (while colouring by a column) the column; Reset view with back and forward. */
    private final HBox colourGroup = new HBox(4);
    private final HBox viewGroup = new HBox(4);

    ScatterToolbar(ScoreScatterModel model, Runnable resetZoom) {
        measure.getItems().add(ScoreScatterModel.NWOT);
        measure.getItems().addAll(ProxyRegistry.ids());
        measure.getItems().addAll(org.naswot.score.proxies.AggregateRegistry.ids());
        measure.valueProperty().bindBidirectional(model.measureProperty());
        // the id with its paper ("synflow · Tanaka et al., 2020"), not the bare id (review N20)
        measure.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return MeasureNames.of(id);
            }

            @Override
            public String fromString(String s) {
                return s == null ? null : s.split(" ", 2)[0];
            }
        });
        measure.setTooltip(new Tooltip("What the x axis shows: the NASWOT score (nwot) or a zero-cost proxy's stored "
                + "values for the run's architectures"));
        ComboBox<ColourMode> colour = colourPicker;
        colour.getItems().setAll(ColourMode.values());
        colour.valueProperty().bindBidirectional(model.colourModeProperty());
        colour.setTooltip(new Tooltip("Colour points by parameter count, by group (e.g. run or counting mode), by any numeric "
                + "column of the run's architectures (Column), or not at all"));
        Spinner<Integer> topK = new Spinner<>(0, 1000, model.topKProperty().get(), 5);
        topK.setEditable(true);
        topK.setPrefWidth(90);
        topK.getValueFactory().valueProperty().addListener((o, a, b) -> model.topKProperty().set(b));
        model.topKProperty().addListener((o, a, b) -> topK.getValueFactory().setValue(b.intValue()));
        topK.setTooltip(new Tooltip("Ring the k highest-scoring architectures"));
        Button reset = resetButton;
        reset.setTooltip(new Tooltip("Zoom to all points (double-click the chart)"));
        reset.setOnAction(e -> resetZoom.run());
        Label selection = new Label();
        selection.getStyleClass().add("status-chip");
        selection.textProperty().bind(Bindings.createStringBinding(() -> {
            ScorePoint p = model.getSelected();
            int brushed = model.brushedProperty().get().size();
            String many = brushed > 1 ? String.format(java.util.Locale.ROOT, " \u00b7 %,d selected", brushed) : "";
            return (p == null ? "click a point to select it" : "selected #" + p.index()) + many;
        }, model.selectedProperty(), model.brushedProperty()));
        colourGroup.getChildren().addAll(new Label("Colour"), colour);
        viewGroup.getChildren().add(reset);
        getChildren().addAll(group(new Label("x axis"), measure), group(colourGroup), group(new Label("Top k"), topK),
                group(viewGroup), selection);
        selection.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getStyleClass().add("toolbar-strip");
    }

    /**
     * The display controls: the colour column after the colour picker, back and forward after Reset view, then log x,
     * log y and the Display menu.
     */
    void addDisplay(ScatterDisplayControls controls, List<javafx.scene.Node> zoom) {
        colourGroup.getChildren().add(controls.colourColumn());
        viewGroup.getChildren().addAll(zoom);
        getChildren().add(getChildren().size() - 1, group(new HBox(4, controls.axisAndDisplay().toArray(Node[]::new))));
    }

    /** Adds a control before the selection chip. */
    void addControl(Node label, javafx.scene.control.Control control) {
        getChildren().add(getChildren().size() - 1, group(label, control));
    }

    /** Nodes that wrap onto the next row together (a label never parted from its control), at their full width. */
    private static HBox group(Node... nodes) {
        HBox box = nodes.length == 1 && nodes[0] instanceof HBox h ? h : new HBox(4, nodes);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Node n : box.getChildren()) {
            if (n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        return box;
    }

    /** The x-axis picker. */
    ComboBox<String> measurePicker() {
        return measure;
    }
}
