package org.naswot.space.declarative;

/** One op of a cell applied to an earlier node (DAG) or state (DARTS: 0, 1 the input cells, k+2 node k). */
public record CellInput(int op, int from) {
}
