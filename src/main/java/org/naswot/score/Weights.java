package org.naswot.score;

import java.nio.file.Path;
import java.util.Objects;

/** Where a network's weights come from: PyTorch-default initialisation from a seed, or a saved state_dict. */
public sealed interface Weights {

    static Weights seeded(long seed) {
        return new Seeded(seed);
    }

    static Weights fromNpz(Path file) {
        return new StateDictFile(file);
    }

    record Seeded(long seed) implements Weights {
    }

    record StateDictFile(Path file) implements Weights {
        public StateDictFile {
            Objects.requireNonNull(file, "file");
        }
    }
}
