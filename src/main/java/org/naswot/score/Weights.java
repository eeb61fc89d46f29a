package org.naswot.score;

import java.nio.file.Path;
import java.util.Objects;

/** Where a network's weights come from: PyTorch-default initialisation from a seed, or a saved state_dict. */
public sealed interface Weights {

    static Weights seeded(long seed) {
        return new Seeded(seed, org.naswot.nn.WeightInit.PYTORCH_DEFAULT);
    }

    /** Weights drawn from {@code seed} under {@code rule} (a protocol's initialisation). */
    static Weights seeded(long seed, org.naswot.nn.WeightInit rule) {
        return new Seeded(seed, rule);
    }

    static Weights fromNpz(Path file) {
        return new StateDictFile(file);
    }

    /**
     * Weights a network brings with it (an imported ONNX model's initializers): {@code assign} gives each network built
     * its values, as arrays of the architecture's manager.
     */
    static Weights carried(java.util.function.BiConsumer<org.naswot.nn.Module, ai.djl.ndarray.NDManager> assign) {
        return new Carried(assign);
    }

    record Carried(java.util.function.BiConsumer<org.naswot.nn.Module, ai.djl.ndarray.NDManager> assign)
            implements Weights {
        public Carried {
            Objects.requireNonNull(assign, "assign");
        }
    }

    record Seeded(long seed, org.naswot.nn.WeightInit rule) implements Weights {
        public Seeded {
            Objects.requireNonNull(rule, "rule");
        }
    }

    record StateDictFile(Path file) implements Weights {
        public StateDictFile {
            Objects.requireNonNull(file, "file");
        }
    }
}
