package org.naswot.space;

import java.util.random.RandomGenerator;

/**
 * A search space: encoding, enumeration, sampling and mutation. Network construction lives in each
 * space's builder, so this interface stays free of any deep-learning dependency.
 */
public interface SearchSpace {

    /** Short identifier used on the command line and in the results store, e.g. "nb201". */
    String id();

    /** Number of architectures addressable by index (0..size-1). */
    int size();

    /** The architecture with the benchmark's index {@code index}. */
    Architecture architecture(int index);

    /** Parses the canonical text form; a malformed text gets a {@code UserFacingException} saying what and where. */
    Architecture parse(String text);

    /** Uniformly random architecture (with replacement). */
    Architecture sample(RandomGenerator rng);

    /**
     * Why this space's reference code does not score {@code a} (said of several: "have an auxiliary head ..."), or
     * empty when it scores it. Selections leave such architectures out and report how many.
     */
    default java.util.Optional<String> unscorable(Architecture a) {
        return java.util.Optional.empty();
    }

    /** A neighbour differing in exactly one decision (e.g. one edge's operation), chosen uniformly. */
    Architecture mutate(Architecture parent, RandomGenerator rng);
}
