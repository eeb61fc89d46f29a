package org.naswot.data;

import java.util.Objects;

/**
 * One mini-batch of normalised images in NCHW float32 layout, plus their class labels (-1 when
 * unknown, e.g. for noise input). This is the only thing the scorer needs from the data layer.
 *
 * @param pixels      size*channels*height*width values, C order (n, c, h, w)
 * @param labels      one label per image
 * @param description where the batch came from, for provenance (e.g. "cifar10 train split, seed 1")
 */
public record ImageBatch(float[] pixels, int size, int channels, int height, int width, int[] labels,
                         String description) {
    public ImageBatch {
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(labels, "labels");
        if ((long) size * channels * height * width != pixels.length) {
            throw new IllegalArgumentException("batch of " + size + "x" + channels + "x" + height + "x" + width
                    + " needs " + ((long) size * channels * height * width) + " values, got " + pixels.length);
        }
        if (labels.length != size) {
            throw new IllegalArgumentException("batch of " + size + " images has " + labels.length + " labels");
        }
    }

    /** Values of one image, a view copy of length channels*height*width. */
    public float[] image(int i) {
        int n = channels * height * width;
        float[] out = new float[n];
        System.arraycopy(pixels, i * n, out, 0, n);
        return out;
    }
}
