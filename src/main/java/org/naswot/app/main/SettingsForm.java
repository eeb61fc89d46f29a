package org.naswot.app.main;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.naswot.app.theme.NamedConverter;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoringSettings;
import org.naswot.space.SpaceDescriptor;
import org.naswot.store.RunInfo;

/**
 * The scoring pickers, one labelled row each: space, images, accuracy column, input, protocol, batch size, seed, ReLU
 * counting, device, sample size. Bound both ways to {@link ExplorerViewModel}; off while a run scores.
 */
final class SettingsForm extends GridPane {
    private final ExplorerViewModel vm;
    private final Spinner<Integer> batch;
    private final Spinner<Integer> seed;
    private int row;

    SettingsForm(ExplorerViewModel vm) {
        this.vm = vm;
        setHgap(8);
        setVgap(6);
        // labels keep their full text; the pickers give up width instead (long column names get an ellipsis)
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints pickers = new ColumnConstraints();
        pickers.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, pickers);
        addSpaceRows();
        ChoiceBox<InputKind> input = new ChoiceBox<>();
        input.getItems().setAll(InputKind.values());
        input.setConverter(NamedConverter.of(InputKind::cliName));
        input.valueProperty().bindBidirectional(vm.input);
        add("Input", input);
        batch = new Spinner<>(2, 1024, vm.batchSize.get(), 16);
        batch.setEditable(true);
        vm.batchSize.bind(batch.valueProperty());
        Label batchNote = new Label();
        add("Protocol", ProtocolPicker.create(vm.protocol, batch, batchNote));
        add("Batch size", new VBox(4, batch, batchNote));
        seed = new Spinner<>(0, Integer.MAX_VALUE, vm.seed.get());
        seed.setEditable(true);
        vm.seed.bind(seed.valueProperty());
        add("Seed", seed);
        ChoiceBox<ReluCounting> counting = new ChoiceBox<>();
        counting.getItems().setAll(ReluCounting.values());
        counting.setConverter(NamedConverter.of(ReluCounting::cliName));
        counting.valueProperty().bindBidirectional(vm.counting);
        add("ReLU counting", counting);
        ChoiceBox<String> device = new ChoiceBox<>();
        device.getItems().setAll(vm.devices());
        device.valueProperty().bindBidirectional(vm.device);
        add("Device", device);
        addSampleRow();
        disableProperty().bind(vm.running);
    }

    private void add(String label, Node picker) {
        addRow(row++, new Label(label), picker);
    }

    /** Space, images and accuracy column: a space offers its own datasets and columns. */
    /**
     * A space opened from a file (File > Open space...) joins the picker: added in place, as replacing the list would
     * clear the picker's value and with it the chosen space.
     */
    private void joinPicker(ComboBox<String> space, String chosen) {
        if (chosen == null || space.getItems().contains(chosen)) {
            return;
        }
        List<String> all = vm.spaces();
        for (int i = 0; i < all.size(); i++) {
            if (!space.getItems().contains(all.get(i))) {
                space.getItems().add(Math.min(i, space.getItems().size()), all.get(i));
            }
        }
        // an insertion before the selected entry shifts the picker's selection to its neighbour (seen with a
        // test-only space registered beside the built-in ones): the opened space stays the chosen one
        if (!chosen.equals(space.getValue())) {
            space.setValue(chosen);
        }
    }

    private void addSpaceRows() {
        ComboBox<String> space = new ComboBox<>();
        space.getItems().setAll(vm.spaces());
        space.setConverter(converterOf(ExplorerViewModel::spaceLabel));
        space.valueProperty().bindBidirectional(vm.space);
        vm.space.addListener((o, a, b) -> joinPicker(space, b));
        add("Search space", space);
        ComboBox<String> dataset = new ComboBox<>();
        AccuracyPicker accuracy = new AccuracyPicker(vm);
        Runnable fillSpaceChoices = () -> {
            SpaceDescriptor d = vm.descriptor();
            dataset.getItems().setAll(d.datasets().stream().map(SpaceDescriptor.Dataset::id).toList());
            if (!dataset.getItems().contains(vm.dataset.get())) {
                vm.dataset.set(dataset.getItems().get(0));
            }
            accuracy.fill(d);
        };
        fillSpaceChoices.run();
        vm.space.addListener((o, a, b) -> fillSpaceChoices.run());
        dataset.valueProperty().bindBidirectional(vm.dataset);
        add("Images", dataset);
        add("Accuracy", accuracy.node());
        add(accuracy.note(), 1, row++);
        add(mismatchWarning(), 0, row++, 2, 1);
    }

    /** Images of one dataset against another's accuracy: said under the pickers, which stay as chosen (review m9). */
    private Label mismatchWarning() {
        Label warning = new Label();
        warning.textProperty().bind(vm.accuracyMismatch);
        warning.setWrapText(true);
        warning.setMaxWidth(300);
        warning.getStyleClass().addAll("data-problem", "accuracy-mismatch");
        warning.visibleProperty().bind(vm.accuracyMismatch.isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        return warning;
    }

    /** A sample of N cells, or the whole space. */
    private void addSampleRow() {
        Spinner<Integer> sample = new Spinner<>(1, 1_000_000, Math.max(1, vm.sample.get()), 100);
        sample.setEditable(true);
        CheckBox whole = new CheckBox("whole space");
        sample.disableProperty().bind(whole.selectedProperty());
        vm.sample.bind(Bindings.createIntegerBinding(() -> whole.isSelected() ? 0 : sample.getValue(),
                whole.selectedProperty(), sample.valueProperty()));
        add("Sample", new VBox(4, sample, whole));
    }

    /** Re-opening a run sets the pickers to its settings, so a new Score or a kernel continues from it. */
    void applyRunSettings(RunInfo r) {
        ScoringSettings s = r.settings();
        String spaceId = s.space().contains("/") ? s.space().substring(0, s.space().indexOf('/')) : s.space();
        if (vm.spaces().contains(spaceId)) {
            vm.space.set(spaceId);
        }
        String dataset = s.dataset().contains(":") ? s.dataset().substring(0, s.dataset().indexOf(':')) : s.dataset();
        vm.dataset.set(dataset);
        vm.input.set(s.input());
        vm.counting.set(s.counting());
        vm.protocol.set(s.protocol());
        batch.getValueFactory().setValue(s.batchSize());
        seed.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, s.batchSeed()));
    }

    private static StringConverter<String> converterOf(Function<String, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }
}
