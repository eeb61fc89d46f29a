package org.naswot.figures.model;

import java.util.BitSet;
import java.util.List;

/**
 * Everything the lecture view steps through for one architecture.
 *
 * @param arch       the architecture's text form (title)
 * @param pixels     the batch, normalised, NCHW (batch x channels x height x width)
 * @param labels     class label per image (-1 when unknown)
 * @param classNames names of the classes, indexed by label (may be empty)
 * @param mean       per-channel mean used in the normalisation, in pixel units 0..255 (display = x * std + mean)
 * @param std        per-channel standard deviation, in pixel units 0..255
 * @param layers     each ReLU layer's binary codes, in forward order
 * @param cumulativeKernels K after layers 0..l, one per layer (same order as {@code layers})
 * @param logDet     log|det K| of the final kernel
 */
public record LectureData(String arch, float[] pixels, int batch, int channels, int height, int width,
                          int[] labels, List<String> classNames, double[] mean, double[] std,
                          List<LayerCodes> layers, List<double[][]> cumulativeKernels, double logDet) {

    public LectureData {
        if ((long) batch * channels * height * width != pixels.length) {
            throw new IllegalArgumentException("pixels do not match " + batch + "x" + channels + "x" + height + "x" + width);
        }
        if (labels.length != batch) {
            throw new IllegalArgumentException(labels.length + " labels for " + batch + " images");
        }
        if (mean.length != channels || std.length != channels) {
            throw new IllegalArgumentException("mean/std need one value per channel");
        }
        if (layers.size() != cumulativeKernels.size()) {
            throw new IllegalArgumentException(layers.size() + " layers but " + cumulativeKernels.size() + " kernels");
        }
        classNames = List.copyOf(classNames);
        layers = List.copyOf(layers);
        cumulativeKernels = List.copyOf(cumulativeKernels);
    }

    public String className(int label) {
        return label >= 0 && label < classNames.size() ? classNames.get(label) : (label < 0 ? "?" : Integer.toString(label));
    }

    /**
     * One ReLU layer's binary codes: {@code codes[i].get(u)} is true when unit u is active (input &gt; 0)
     * for image i.
     */
    public record LayerCodes(String name, int units, BitSet[] codes) {
    }
}
