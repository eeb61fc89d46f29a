package org.naswot.figures.model;

import java.util.Objects;

/** The two cells a DARTS-family network repeats: the normal cell and the reduction cell. */
public record CellPair(CellGraph normal, CellGraph reduction) implements ArchitectureFigure {
    public CellPair {
        Objects.requireNonNull(normal);
        Objects.requireNonNull(reduction);
    }
}
