package org.naswot.bench.imports;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A space whose architectures a NATS-Bench file holds (the topology space is NAS-Bench-201's, the size space
 * NATS-Bench's own), found through {@link ServiceLoader}, so {@link NatsImporter} reads the format without naming a
 * space. Asked in listing order; the first that claims an architecture gets it.
 */
public interface NatsSpace {

    /**
     * @param nameHint the imported file's or directory's name, lower case ({@code nats-tss-v1_0-3ffb9-simple})
     * @param archStr  the architecture string as the benchmark writes it
     * @return the store's space when the architecture is this space's, else empty
     */
    Optional<String> spaceOf(String nameHint, String archStr);

    /** Every registered space, in listing order. */
    static List<NatsSpace> registered() {
        List<NatsSpace> found = ServiceLoader.load(NatsSpace.class, NatsSpace.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("no NatsSpace registered: the NATS-Bench space modules are missing");
        }
        return found;
    }
}
