package org.naswot.app.main;

import org.naswot.data.NoiseBatch;
import org.naswot.run.BackgroundPriority;
import org.naswot.run.EngineSetup;
import org.naswot.score.ComputeDevice;
import org.naswot.score.NaswotScorer;
import org.naswot.score.ReluCounting;
import org.naswot.score.Weights;
import org.naswot.space.nb201.Nb201Architecture;
import org.naswot.space.nb201.Nb201NetworkBuilder;

/**
 * Loads libtorch and scores one small network on noise before the user's first run, on a background
 * thread: the native libraries load and the scoring code compiles while the window idles, so the first
 * run starts at once and its first seconds do not compete with the JIT for the two cores.
 */
public final class ScoringWarmUp {
    private static final String CELL = "|nor_conv_3x3~0|+|avg_pool_3x3~0|skip_connect~1|+|nor_conv_1x1~0|none~1|nor_conv_3x3~2|";

    private ScoringWarmUp() {
    }

    /** Same engine settings as every GUI run (ScoringTask); failures only mean a colder first run. */
    public static void run() {
        try {
            BackgroundPriority.lowerCurrentThread();
            EngineSetup.threads(null);
            ComputeDevice cpu = ComputeDevice.select("cpu");
            try (NaswotScorer scorer = new NaswotScorer(Nb201NetworkBuilder.BENCHMARK,
                    NoiseBatch.gaussian(16, 3, 32, 1), 10, ReluCounting.REFERENCE, cpu)) {
                Nb201Architecture cell = Nb201Architecture.parse(CELL);
                for (int i = 0; i < 3; i++) {
                    scorer.score(cell, Weights.seeded(i));
                }
            }
        } catch (RuntimeException | LinkageError e) {
            System.getLogger(ScoringWarmUp.class.getName()).log(System.Logger.Level.DEBUG, "scoring warm-up failed", e);
        }
    }
}
