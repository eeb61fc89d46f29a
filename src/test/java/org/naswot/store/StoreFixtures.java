package org.naswot.store;

import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;

/** Settings and scores for store tests; the values are arbitrary but distinct per index. */
final class StoreFixtures {
    private StoreFixtures() {
    }

    static ScoringSettings settings() {
        return new ScoringSettings("nb201", "cifar10", InputKind.DATASET, 128, 1L, 2L, ReluCounting.REFERENCE, "cpu",
                "0f".repeat(32));
    }

    static ScoreResult score(int index) {
        return new ScoreResult("nb201", index, "|nor_conv_3x3~0|+|skip_connect~0|avg_pool_3x3~1|" + index,
                1000.0 + index / 8.0, 10_000L + index, 500_000L + index, 0.25 + index / 100.0);
    }

    static ScoreResult singular(int index) {
        return new ScoreResult("nb201", index, "|none~0|+|none~0|none~1|" + index, Double.NEGATIVE_INFINITY,
                0L, 1234L, 0.5);
    }
}
