package org.naswot.space.nds;

/** One operation of a DARTS-family cell: {@code op} applied to state {@code input} (0, 1: the two previous cells). */
public record GenotypeEdge(String op, int input) {
}
