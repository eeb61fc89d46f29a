package org.naswot.figures.model;

import java.util.List;

/**
 * A Hamming kernel to display.
 *
 * @param title      e.g. the architecture string
 * @param k          K, unnormalised (counts), square
 * @param labels     class label per image (-1 when unknown); same length as K
 * @param classNames names indexed by label (may be empty)
 * @param logDet     log|det K| (NaN to have it computed)
 */
public record KernelMatrix(String title, double[][] k, int[] labels, List<String> classNames, double logDet) {
    public KernelMatrix {
        for (double[] row : k) {
            if (row.length != k.length) {
                throw new IllegalArgumentException("K must be square");
            }
        }
        if (labels.length != k.length) {
            throw new IllegalArgumentException(labels.length + " labels for a " + k.length + "x" + k.length + " kernel");
        }
        classNames = List.copyOf(classNames);
    }

    public int size() {
        return k.length;
    }
}
