package org.naswot.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;

/** A window run's history label reads like the command that would repeat it, noise included (review N23). */
class ExplorerSettingsTest {

    @Test
    void aNoiseRunSaysSoInItsLabel() {
        ExplorerSettings noise = new ExplorerSettings("nb201", "cifar10", "acc", InputKind.NOISE, 128, 5,
                ReluCounting.REFERENCE, "cpu", 6);
        assertEquals("gui --input noise --sample 6 --seed 5", noise.label());
        ExplorerSettings images = new ExplorerSettings("nb201", "cifar10", "acc", InputKind.DATASET, 128, 5,
                ReluCounting.REFERENCE, "cpu", 0);
        assertEquals("gui --all", images.label());
    }
}
