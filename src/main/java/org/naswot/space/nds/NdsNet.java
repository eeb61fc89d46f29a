package org.naswot.space.nds;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The network an NDS entry's {@code net} object describes: a DARTS-family cell network or an AnyNet. */
public sealed interface NdsNet permits CellNetwork, AnyNetConfig {

    /** The NDS json form ({@code net}), canonical: the fields the network depends on, in a fixed order. */
    ObjectNode toJson();
}
