package org.naswot.spaces;

import org.naswot.space.NetworkBuilder;

/**
 * A network variant of a space: its canonical name after the slash (what stored scores are keyed by) and its builder,
 * null when the variant is the space's own network.
 */
public record NetworkVariant(String name, NetworkBuilder builder) {
}
