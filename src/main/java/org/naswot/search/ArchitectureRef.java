package org.naswot.search;

import org.naswot.space.Architecture;

/**
 * A plain-data reference to an architecture for results that are written as JSON and stored: the
 * space id, benchmark index and canonical encoding ({@link org.naswot.space.SearchSpace#parse} reads
 * the encoding back).
 */
public record ArchitectureRef(String space, int index, String encoding) {

    public static ArchitectureRef of(Architecture architecture) {
        return new ArchitectureRef(architecture.space(), architecture.index(), architecture.encoding());
    }
}
