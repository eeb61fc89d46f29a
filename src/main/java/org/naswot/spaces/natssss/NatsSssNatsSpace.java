package org.naswot.spaces.natssss;

import java.util.Optional;
import org.naswot.bench.imports.NatsSpace;
import org.naswot.space.natssss.NatsSssSpace;

/** NATS-Bench's size space: an {@code sss} file, or channel lists such as {@code 8:16:32:64:64}. */
public final class NatsSssNatsSpace implements NatsSpace {
    @Override
    public Optional<String> spaceOf(String nameHint, String archStr) {
        return nameHint.contains("sss") || archStr.matches("\\d+(:\\d+)+") ? Optional.of(NatsSssSpace.ID)
                : Optional.empty();
    }
}
