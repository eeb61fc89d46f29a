package org.naswot.figures.model;

/**
 * What the Cell view draws for one architecture: a single cell (NB201, NB101), the normal and reduction cell of a
 * DARTS-family network (NDS cell spaces, NAS-Bench-301), or the stages of an AnyNet (NDS ResNet, ResNeXt, Vanilla).
 */
public sealed interface ArchitectureFigure permits CellGraph, CellPair, StagePlan {
}
