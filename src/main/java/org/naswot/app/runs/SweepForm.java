package org.naswot.app.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.naswot.common.UserFacingException;
import org.naswot.data.InputKind;
import org.naswot.run.SweepGrid;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoringProtocol;
import org.naswot.score.WeightSeeds;

/**
 * "New sweep…": the grid as {@code naswot sweep} takes it (space, dataset, sample, seeds, batch sizes, counting
 * modes, inputs, protocols, device), with the number of points it makes; Start hands the grid to the Runs view, which
 * queues it in the background. A grid the same as a stored sweep's continues that sweep.
 */
final class SweepForm extends VBox {
    /** The window's choices the form starts from (never changed by it). */
    record Defaults(List<String> spaces, Supplier<String> space, Supplier<String> dataset, List<String> devices) {
    }

    private final ComboBox<String> space = new ComboBox<>();
    private final TextField dataset = new TextField();
    private final Spinner<Integer> sample = new Spinner<>(1, 15_625, 60);
    private final TextField seeds = new TextField("1-3");
    private final TextField batchSizes = new TextField("64,128");
    private final CheckBox reference = new CheckBox("reference");
    private final CheckBox once = new CheckBox("once");
    private final CheckBox images = new CheckBox("images");
    private final CheckBox noise = new CheckBox("noise");
    private final CheckBox paper = new CheckBox("Paper");
    private final CheckBox vkdnw = new CheckBox("VKDNW");
    private final ComboBox<String> device = new ComboBox<>();
    private final Label points = new Label();
    private final Label problem = new Label();
    private final Button start = new Button("Start sweep");
    private final Defaults defaults;

    SweepForm(Defaults defaults, Consumer<SweepGrid> onStart, Runnable onClose) {
        this.defaults = defaults;
        getStyleClass().add("sweep-form");
        setSpacing(8);
        setPadding(new Insets(10));
        setPrefWidth(270);
        setMinWidth(230);
        setMaxWidth(300);
        Label title = new Label("New sweep");
        title.getStyleClass().add("section-title");
        Label about = new Label("Each point of the grid is scored as one run, one after the other, in the background. "
                + "Each point draws its sample and batch with its seed.");
        about.setWrapText(true);
        about.getStyleClass().add("view-subtitle");
        space.getItems().setAll(defaults.spaces());
        device.getItems().setAll(defaults.devices());
        reference.setSelected(true);
        images.setSelected(true);
        paper.setSelected(true);
        paper.setId("sweep-protocol-paper");
        vkdnw.setId("sweep-protocol-vkdnw");
        // vkdnw scores batches of 64 whatever the batch sizes say (as naswot sweep --protocol vkdnw)
        vkdnw.setTooltip(new javafx.scene.control.Tooltip("VKDNW's protocol: Kaiming weights, batches of 64 whatever "
                + "the batch sizes say, one point per seed"));
        sample.setEditable(true);
        sample.setId("sweep-sample");
        seeds.setId("sweep-seeds");
        batchSizes.setId("sweep-batch-sizes");
        points.setId("sweep-points");
        for (TextField f : List.of(dataset, seeds, batchSizes)) {
            f.setPrefColumnCount(8);
        }
        GridPane grid = fields();
        seeds.setPromptText("e.g. 1-5 or 1,3,7");
        batchSizes.setPromptText("e.g. 64,128");
        problem.setWrapText(true);
        problem.getStyleClass().add("note");
        // no empty line above Start while there is no problem: the form fits 700 px with its protocol row
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        points.setWrapText(true);
        Button close = new Button("Close");
        close.setOnAction(e -> onClose.run());
        start.setDefaultButton(true);
        start.setOnAction(e -> {
            SweepGrid g = grid();
            if (g != null) {
                onStart.accept(g);
            }
        });
        getChildren().addAll(title, about, grid, points, problem, new HBox(8, start, close));
        for (javafx.beans.Observable o : List.of(space.valueProperty(), dataset.textProperty(), sample.valueProperty(),
                seeds.textProperty(), batchSizes.textProperty(), reference.selectedProperty(), once.selectedProperty(),
                images.selectedProperty(), noise.selectedProperty(), paper.selectedProperty(), vkdnw.selectedProperty(),
                device.valueProperty())) {
            o.addListener(x -> grid());
        }
        reset();
    }

    /** The grid's settings, one labelled row each. */
    private GridPane fields() {
        space.setPrefWidth(140);
        device.setPrefWidth(100);
        sample.setPrefWidth(100);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, new Label("Space"), space);
        grid.addRow(row++, new Label("Dataset"), dataset);
        grid.addRow(row++, new Label("Sample"), sample);
        grid.addRow(row++, new Label("Seeds"), seeds);
        grid.addRow(row++, new Label("Batch sizes"), batchSizes);
        grid.addRow(row++, new Label("Counting"), new HBox(8, reference, once));
        grid.addRow(row++, new Label("Input"), new HBox(8, images, noise));
        grid.addRow(row++, new Label("Protocol"), new HBox(8, paper, vkdnw));
        grid.addRow(row, new Label("Device"), device);
        grid.getChildren().stream().filter(n -> n instanceof Label).forEach(n -> ((Label) n)
                .setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        return grid;
    }

    /** Starts from the window's current space and dataset. */
    void reset() {
        space.setValue(defaults.space().get());
        dataset.setText(defaults.dataset().get());
        device.setValue(defaults.devices().isEmpty() ? "cpu" : defaults.devices().get(0));
        grid();
    }

    Button startButton() {
        return start;
    }

    /** The grid the fields describe, or null with the problem shown. */
    private SweepGrid grid() {
        try {
            List<ReluCounting> countings = ticked(reference, ReluCounting.REFERENCE, once, ReluCounting.ONCE);
            List<InputKind> inputs = ticked(images, InputKind.DATASET, noise, InputKind.NOISE);
            List<ScoringProtocol> protocols = ticked(paper, ScoringProtocol.PAPER, vkdnw, ScoringProtocol.VKDNW);
            List<Integer> batches = new ArrayList<>();
            for (String b : batchSizes.getText().split(",")) {
                if (!b.isBlank()) {
                    try {
                        batches.add(Integer.parseInt(b.strip()));
                    } catch (NumberFormatException e) {
                        throw new UserFacingException("'" + b.strip() + "' is not a batch size: write e.g. 64,128");
                    }
                }
            }
            if (space.getValue() == null) {
                throw new UserFacingException("choose a space");
            }
            SweepGrid g = new SweepGrid(List.of(space.getValue()), dataset.getText().strip(), sample.getValue(),
                    SweepGrid.parseSeeds(seeds.getText()), batches, countings, inputs,
                    device.getValue() == null ? "cpu" : device.getValue(), WeightSeeds.ARCHITECTURE, protocols);
            points.setText(pointsText(g));
            problem.setText("");
            start.setDisable(false);
            return g;
        } catch (UserFacingException e) {
            points.setText("");
            problem.setText(e.getMessage()
                    .replace("--relu-count gives no value", "tick at least one counting mode")
                    .replace("--input gives no value", "tick at least one input")
                    .replace("--batch-size gives no value", "give at least one batch size")
                    .replace("--protocol gives no value", "tick at least one protocol"));
            start.setDisable(true);
            return null;
        }
    }

    /** The values of the ticked boxes, in the boxes' order. */
    private static <T> List<T> ticked(CheckBox first, T firstValue, CheckBox second, T secondValue) {
        List<T> out = new ArrayList<>();
        if (first.isSelected()) {
            out.add(firstValue);
        }
        if (second.isSelected()) {
            out.add(secondValue);
        }
        return out;
    }

    /**
     * "12 points (3 seeds × 2 batch sizes × 1 counting × 2 inputs), …"; with another protocol than the paper's, each
     * protocol's count instead ("paper 4 + vkdnw 2"): vkdnw's points are one per seed (batches of 64), no product.
     */
    static String pointsText(SweepGrid g) {
        int n = g.points().size();
        String axes = String.format(Locale.ROOT, "%d seeds \u00d7 %d batch sizes \u00d7 %d counting \u00d7 %d inputs",
                g.seeds().size(), g.batchSizes().size(), g.countings().size(), g.inputs().size());
        if (!g.protocols().equals(List.of(ScoringProtocol.PAPER))) {
            axes = g.protocols().stream().map(p -> p.cliName() + " " + g.points().stream()
                    .filter(pt -> pt.protocol() == p).count()).collect(java.util.stream.Collectors.joining(" + "))
                    + (g.protocols().contains(ScoringProtocol.VKDNW) ? "; vkdnw at batch 64" : "");
        }
        return String.format(Locale.ROOT, "%d points (%s), %,d architectures in all.", n, axes, (long) n * g.sample());
    }
}
