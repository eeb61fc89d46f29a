package org.naswot.nn;

import ai.djl.ndarray.NDManager;
import java.util.SplittableRandom;

/**
 * PyTorch's default initialisation, drawn from a Java generator so that a (seed, architecture) pair gives
 * the same weights on every machine and device, independent of scoring order (needed to resume runs and
 * reuse stored scores). PyTorch's own random stream cannot be replayed; to score with the reference's exact
 * weights, load them with {@link StateDictLoader}.
 */
public final class WeightInitializer {
    private WeightInitializer() {
    }

    public static void initialize(Module network, NDManager manager, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (Parameter p : network.stateDict().values()) {
            int n = Math.toIntExact(p.shape().size());
            float[] values = new float[n];
            switch (p.init()) {
                case ONES -> java.util.Arrays.fill(values, 1f);
                case ZEROS -> { }
                case FAN_IN_UNIFORM -> {
                    double bound = 1.0 / Math.sqrt(p.fanIn());
                    for (int i = 0; i < n; i++) {
                        values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
                    }
                }
                case NORMAL -> {
                    for (int i = 0; i < n; i++) {
                        values[i] = (float) (random.nextGaussian() * p.scale());
                    }
                }
                default -> throw new IllegalStateException("unhandled init " + p.init());
            }
            p.setValue(manager.create(values, p.shape()));
        }
    }
}
