package org.naswot.figures.measures;

/**
 * What the scatter matrix plots of a table, whatever is selected: each measure's rank positions (0 the lowest, 1 the
 * highest) and the architectures in the order their dots are drawn (lowest accuracy first, so the best lie on top).
 * Sorting 15,625 values per measure took longer than drawing the kept dots, so a figure computes these once and its
 * other selections share them.
 */
record MatrixRanks(double[][] ranks, int[] byAccuracy) {

    static MatrixRanks of(MeasureTable table) {
        double[][] ranks = new double[table.measures()][];
        for (int m = 0; m < ranks.length; m++) {
            ranks[m] = RankPositions.of(table.column(m));
        }
        return new MatrixRanks(ranks, ParallelCoordinatesPainter.byAccuracy(table.accuracy()));
    }
}
