package org.naswot.nn;

import ai.djl.ndarray.NDManager;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * PyTorch's default initialisation, drawn from a Java generator so that a (seed, architecture) pair gives
 * the same weights on every machine and device, independent of scoring order (needed to resume runs and
 * reuse stored scores). PyTorch's own random stream cannot be replayed; to score with the reference's exact
 * weights, load them with {@link StateDictLoader}. {@link WeightInit#KAIMING_NORMAL_FAN_IN} swaps the conv/linear
 * rule for the one AZ-NAS's and VKDNW's drivers apply.
 */
public final class WeightInitializer {
    private WeightInitializer() {
    }

    public static void initialize(Module network, NDManager manager, long seed) {
        initialize(network, manager, seed, WeightInit.PYTORCH_DEFAULT);
    }

    /** As {@link #initialize(Module, NDManager, long)} under {@code rule}. */
    public static void initialize(Module network, NDManager manager, long seed, WeightInit rule) {
        SplittableRandom random = new SplittableRandom(seed);
        for (Map.Entry<String, Parameter> entry : network.stateDict().entrySet()) {
            Parameter p = entry.getValue();
            int n = Math.toIntExact(p.shape().size());
            float[] values = new float[n];
            boolean kaiming = rule == WeightInit.KAIMING_NORMAL_FAN_IN
                    && (p.init() == Parameter.Init.FAN_IN_UNIFORM || p.init() == Parameter.Init.NORMAL);
            Parameter.Init init = !kaiming ? p.init()
                    : isBias(entry.getKey()) ? Parameter.Init.ZEROS : Parameter.Init.NORMAL;
            // kaiming_normal_(mode='fan_in', nonlinearity='relu'): std = gain / sqrt(fan_in), gain = sqrt(2)
            double scale = kaiming ? Math.sqrt(2.0 / p.fanIn()) : p.scale();
            switch (init) {
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
                        values[i] = (float) (random.nextGaussian() * scale);
                    }
                }
                default -> throw new IllegalStateException("unhandled init " + p.init());
            }
            p.setValue(manager.create(values, p.shape()));
        }
    }

    private static boolean isBias(String stateDictName) {
        return stateDictName.equals("bias") || stateDictName.endsWith(".bias");
    }
}
