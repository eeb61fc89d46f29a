package org.naswot.app.main;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.naswot.space.SpaceDescriptor;

/**
 * The Accuracy (y) picker: the space's accuracy columns, then each section of published score columns its descriptor
 * offers as y under a heading that cannot be chosen (NB301: "Published proxy values (Suite-Zero, not accuracies)",
 * review N25). Entries and words come from the descriptor ({@link SpaceDescriptor.Benchmark#yChoices}), as the axis
 * that {@code naswot figure} draws does.
 */
final class AccuracyPicker {
    /** Style class of a section's heading in the list. */
    static final String SECTION = "picker-section";

    private final ExplorerViewModel vm;
    private final ComboBox<String> box = new ComboBox<>();
    private final Set<String> headings = new HashSet<>();

    AccuracyPicker(ExplorerViewModel vm) {
        this.vm = vm;
        box.setId("accuracy-picker");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : entryText(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setCellFactory(list -> new EntryCell(false));
        // the picker shows the label's head ("CIFAR-10 validation"), not a cut "CIFAR-10 validation (N..."; a published
        // score shows its kind, which says it is no accuracy; the list and the tooltip give the label whole
        box.setButtonCell(new EntryCell(true));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(16); // NB301: every entry and heading at once, no scrolling past the proxies
        box.setTooltip(new Tooltip());
        box.getTooltip().textProperty().bind(Bindings.createStringBinding(() -> vm.accuracyColumn.get() == null ? ""
                : entryText(vm.accuracyColumn.get()) + "\n" + vm.accuracyColumn.get(), vm.accuracyColumn, vm.space));
        box.setValue(vm.accuracyColumn.get());
        vm.accuracyColumn.addListener((o, a, b) -> box.setValue(b));
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && headings.contains(b)) {
                box.setValue(a); // a heading (reached with the keys) is no column: the choice stays
            } else if (!Objects.equals(b, vm.accuracyColumn.get())) {
                vm.accuracyColumn.set(b);
            }
        });
    }

    ComboBox<String> node() {
        return box;
    }

    /**
     * Under the picker while a published score is chosen: "y: Suite-Zero's published nwot (not an accuracy)" in full,
     * which the closed picker cuts at 1024 px.
     */
    Label note() {
        Label note = new Label();
        note.textProperty().bind(Bindings.createStringBinding(() -> publishedKind(vm.accuracyColumn.get())
                .map(k -> "y: " + k).orElse(""), vm.accuracyColumn, vm.space));
        note.setWrapText(true);
        note.setMaxWidth(300);
        note.getStyleClass().addAll("note", "published-values-note");
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    /** Offers the space's entries and chooses its default column ("" for a space without accuracies). */
    void fill(SpaceDescriptor d) {
        List<String> items = new ArrayList<>();
        headings.clear();
        String section = "";
        for (SpaceDescriptor.YChoice c : d.findBenchmark().map(SpaceDescriptor.Benchmark::yChoices).orElse(List.of())) {
            if (!c.section().equals(section)) {
                section = c.section();
                headings.add(section);
                items.add(section);
            }
            items.add(c.column());
        }
        box.getItems().setAll(items);
        d.findBenchmark().ifPresentOrElse(b -> vm.accuracyColumn.set(b.defaultAccuracyColumn().column()),
                // a space without accuracies (a declarative one before an import) keeps no other space's column
                () -> vm.accuracyColumn.set(""));
    }

    /** The descriptor's label of a column (its name when it has none), or a heading's own text. */
    private String entryText(String value) {
        if (value.isEmpty()) {
            return "none (scores alone)";
        }
        if (headings.contains(value)) {
            return value;
        }
        return benchmark().flatMap(b -> b.yChoices().stream().filter(c -> c.column().equals(value)).findFirst())
                .map(SpaceDescriptor.YChoice::label).filter(l -> l != null && !l.isBlank()).orElse(value);
    }

    /** What the closed picker shows: a published score's kind, else the head of the label. */
    private String shortText(String value) {
        return publishedKind(value).orElseGet(() -> entryText(value).replaceFirst(" \\(.*$", ""));
    }

    /** The kind of a published score column offered as y ("Suite-Zero's published nwot (not an accuracy)"). */
    private Optional<String> publishedKind(String value) {
        return value == null ? Optional.empty() : benchmark().flatMap(b -> b.findScore(value))
                .filter(SpaceDescriptor.ScoreColumn::plottable).map(SpaceDescriptor.ScoreColumn::kind);
    }

    private Optional<SpaceDescriptor.Benchmark> benchmark() {
        return vm.descriptor().findBenchmark();
    }

    /** An entry of the list (a heading: bold and not choosable) or the closed picker's text. */
    private final class EntryCell extends ListCell<String> {
        private final boolean button;

        EntryCell(boolean button) {
            this.button = button;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean heading = !button && !empty && item != null && headings.contains(item);
            setText(empty || item == null ? null : button ? shortText(item) : entryText(item));
            setDisable(heading);
            getStyleClass().remove(SECTION);
            if (heading) {
                getStyleClass().add(SECTION);
            }
        }
    }
}
