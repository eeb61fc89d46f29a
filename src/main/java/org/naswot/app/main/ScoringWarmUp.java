package org.naswot.app.main;

import org.naswot.data.NoiseBatch;
import org.naswot.run.BackgroundPriority;
import org.naswot.run.EngineSetup;
import org.naswot.score.ComputeDevice;
import org.naswot.score.NaswotScorer;
import org.naswot.score.ReluCounting;
import org.naswot.score.Weights;
import org.naswot.spaces.SpaceModule;
import org.naswot.spaces.SpaceModules;

/**
 * Loads libtorch and scores one small network on noise before the user's first run, on a background
 * thread: the native libraries load and the scoring code compiles while the window idles, so the first
 * run starts at once and its first seconds do not compete with the JIT for the two cores.
 */
public final class ScoringWarmUp {
    private ScoringWarmUp() {
    }

    /** Same engine settings as every GUI run (ScoringTask); failures only mean a colder first run. */
    public static void run() {
        try {
            BackgroundPriority.lowerCurrentThread();
            EngineSetup.threads(null);
            ComputeDevice cpu = ComputeDevice.select("cpu");
            // the default space's example network: no table is read, so the warm-up competes with nothing
            SpaceModule.ExampleNetwork example = SpaceModules.of(SpaceModules.DEFAULT_ID).exampleNetwork().orElse(null);
            if (example == null) {
                return;
            }
            try (NaswotScorer scorer = new NaswotScorer(example.builder(),
                    NoiseBatch.gaussian(16, 3, 32, 1), 10, ReluCounting.REFERENCE, cpu)) {
                for (int i = 0; i < 3; i++) {
                    scorer.score(example.architecture(), Weights.seeded(i));
                }
            }
        } catch (RuntimeException | LinkageError e) {
            System.getLogger(ScoringWarmUp.class.getName()).log(System.Logger.Level.DEBUG, "scoring warm-up failed", e);
        }
    }
}
