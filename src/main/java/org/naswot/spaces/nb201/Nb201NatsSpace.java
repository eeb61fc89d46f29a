package org.naswot.spaces.nb201;

import java.util.Optional;
import org.naswot.bench.imports.NatsSpace;
import org.naswot.space.nb201.Nb201Space;

/** NATS-Bench's topology space is NAS-Bench-201's: a {@code tss} file, or cell strings such as {@code |nor_conv_3x3~0|+...}. */
public final class Nb201NatsSpace implements NatsSpace {
    @Override
    public Optional<String> spaceOf(String nameHint, String archStr) {
        return nameHint.contains("tss") || archStr.startsWith("|") ? Optional.of(Nb201Space.ID) : Optional.empty();
    }
}
