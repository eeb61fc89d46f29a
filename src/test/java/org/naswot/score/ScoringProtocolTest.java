package org.naswot.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.naswot.common.UserFacingException;
import org.naswot.data.InputKind;
import org.naswot.nn.WeightInit;

/** What each protocol sets, and that the protocol is part of the settings key (values are never shared). */
class ScoringProtocolTest {

    private static ScoringSettings settings(ScoringProtocol protocol) {
        return new ScoringSettings("nb201", "cifar10", InputKind.DATASET, 64, 1, 1, ReluCounting.REFERENCE, "cpu",
                "digest", WeightSeeds.ARCHITECTURE, protocol);
    }

    @Test
    void theProtocolIsPartOfTheKeyAndThePapersKeyIsUnchanged() {
        ScoringSettings before = new ScoringSettings("nb201", "cifar10", InputKind.DATASET, 64, 1, 1,
                ReluCounting.REFERENCE, "cpu", "digest", WeightSeeds.ARCHITECTURE);
        assertEquals(before.keyText(), settings(ScoringProtocol.PAPER).keyText(),
                "values stored before protocols keep their key");
        assertNotEquals(settings(ScoringProtocol.PAPER).keyText(), settings(ScoringProtocol.VKDNW).keyText());
        assertTrue(settings(ScoringProtocol.VKDNW).keyText().endsWith("|protocol=vkdnw"));
        assertEquals(ScoringProtocol.VKDNW, settings(ScoringProtocol.VKDNW).withBatchDigest("x").protocol());
    }

    @Test
    void vkdnwFixesBatchInitNoiseAndSeeds() {
        ScoringProtocol v = ScoringProtocol.fromCli("VKDNW");
        assertEquals(64, v.batchSize());
        assertEquals(5, v.defaultSeeds());
        assertEquals(WeightInit.KAIMING_NORMAL_FAN_IN, v.weightInit());
        assertTrue(v.noiseInputFor("nwot"));
        assertTrue(v.noiseInputFor("vkdnw"));
        assertFalse(v.noiseInputFor("jacov"), "the others get the images");
        ScoringProtocol p = ScoringProtocol.fromCli("paper");
        assertEquals(0, p.batchSize());
        assertEquals(1, p.defaultSeeds());
        assertFalse(p.noiseInputFor("nwot"));
        assertEquals(WeightInit.PYTORCH_DEFAULT, p.weightInit());
        UserFacingException e = assertThrows(UserFacingException.class, () -> ScoringProtocol.fromCli("nasbench"));
        assertTrue(e.getMessage().contains("paper") && e.getMessage().contains("vkdnw"), e.getMessage());
    }
}
