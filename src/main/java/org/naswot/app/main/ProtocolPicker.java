package org.naswot.app.main;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import org.naswot.app.theme.NamedConverter;
import org.naswot.score.ScoringProtocol;

/**
 * The settings panel's Protocol choice, and what it does to the batch picker: a protocol that fixes the batch size
 * (VKDNW: 64) shows it there, the picker disabled with a note saying so; the user's own size comes back with Paper.
 * The batch is never changed without the window showing it (the scored batch is always the one shown).
 */
final class ProtocolPicker {
    static final String TOOLTIP = "Paper: NASWOT's procedure: PyTorch's default weights, the images for every "
            + "measure, the batch size you choose.\nVKDNW: the protocol of VKDNW's published table (CVPR 2025): "
            + "batch 64, Kaiming-normal fan-in weights (PyTorch's default ones for ntk_cond, linear_regions and "
            + "zico, as its driver), Gaussian noise instead of the images for the NASWOT score. One run is one seed (the Seed picker); naswot score-space --protocol vkdnw averages "
            + "seeds 1 to 5.\nScoring and the Search tab's searches follow it. Runs are stored per protocol: one "
            + "protocol's scores are never reused for the other.";

    private ProtocolPicker() {
    }

    /** The picker bound to {@code protocol}; {@code note} tells under the batch picker when the protocol fixes it. */
    static ChoiceBox<ScoringProtocol> create(ObjectProperty<ScoringProtocol> protocol, Spinner<Integer> batch,
                                             Label note) {
        ChoiceBox<ScoringProtocol> picker = new ChoiceBox<>();
        picker.setId("protocol-picker");
        picker.getItems().setAll(ScoringProtocol.values());
        picker.setConverter(NamedConverter.of(p -> p == ScoringProtocol.PAPER ? "Paper" : "VKDNW"));
        picker.valueProperty().bindBidirectional(protocol);
        picker.setTooltip(new Tooltip(TOOLTIP));
        picker.getTooltip().setWrapText(true);
        picker.getTooltip().setMaxWidth(420);
        note.setId("protocol-batch-note");
        note.setWrapText(true);
        note.setMaxWidth(260);
        note.managedProperty().bind(note.visibleProperty());
        int[] own = {batch.getValue()};
        java.util.function.Consumer<ScoringProtocol> apply = p -> {
            boolean fixed = p != null && p.batchSize() > 0;
            if (fixed && !batch.isDisabled()) {
                own[0] = batch.getValue();
            }
            if (fixed) {
                batch.getValueFactory().setValue(p.batchSize());
                note.setText("VKDNW's protocol scores batches of " + p.batchSize() + " images; your batch size ("
                        + own[0] + ") applies again with Paper.");
            } else if (batch.isDisabled()) {
                batch.getValueFactory().setValue(own[0]);
            }
            batch.setDisable(fixed);
            note.setVisible(fixed);
        };
        apply.accept(protocol.get());
        protocol.addListener((o, a, b) -> apply.accept(b));
        return picker;
    }
}
