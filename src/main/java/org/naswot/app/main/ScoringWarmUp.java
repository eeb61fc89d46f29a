package org.naswot.app.main;

import org.naswot.data.NoiseBatch;
import org.naswot.run.BackgroundPriority;
import org.naswot.run.EngineSetup;
import org.naswot.score.ComputeDevice;
import org.naswot.score.NaswotScorer;
import org.naswot.score.ReluCounting;
import org.naswot.score.Weights;
import org.naswot.data.DataDirectory;
import org.naswot.space.Architecture;
import org.naswot.space.SpaceDescriptor;
import org.naswot.spaces.OpenedSpace;
import org.naswot.spaces.SpaceModules;

/**
 * Loads libtorch and scores one small network on noise before the user's first run, on a background
 * thread: the native libraries load and the scoring code compiles while the window idles, so the first
 * run starts at once and its first seconds do not compete with the JIT for the two cores.
 */
public final class ScoringWarmUp {
    /** Any architecture of the default space serves; a middle one of the benchmark order. */
    private static final int ARCHITECTURE = 6111;

    private ScoringWarmUp() {
    }

    /** Same engine settings as every GUI run (ScoringTask); failures only mean a colder first run. */
    public static void run() {
        try {
            BackgroundPriority.lowerCurrentThread();
            EngineSetup.threads(null);
            ComputeDevice cpu = ComputeDevice.select("cpu");
            SpaceDescriptor d = SpaceModules.catalog().get(SpaceModules.DEFAULT_ID);
            OpenedSpace opened = SpaceModules.of(d).open(d, DataDirectory.resolve((java.nio.file.Path) null));
            try (NaswotScorer scorer = new NaswotScorer(opened.builder(),
                    NoiseBatch.gaussian(16, 3, 32, 1), 10, ReluCounting.REFERENCE, cpu)) {
                Architecture cell = opened.space().architecture(ARCHITECTURE % opened.space().size());
                for (int i = 0; i < 3; i++) {
                    scorer.score(cell, Weights.seeded(i));
                }
            }
        } catch (RuntimeException | LinkageError e) {
            System.getLogger(ScoringWarmUp.class.getName()).log(System.Logger.Level.DEBUG, "scoring warm-up failed", e);
        }
    }
}
