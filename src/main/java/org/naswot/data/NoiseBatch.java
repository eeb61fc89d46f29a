package org.naswot.data;

import java.util.SplittableRandom;

/** Gaussian-noise input, the paper's ablation: pixels drawn from N(0, 1), labels unknown (-1). */
public final class NoiseBatch {
    private NoiseBatch() {
    }

    /** {@code size} images of N(0,1) values from {@code new SplittableRandom(seed).nextGaussian()}, cast to float. */
    public static ImageBatch gaussian(int size, int channels, int imageSize, long seed) {
        if (size < 1 || channels < 1 || imageSize < 1) {
            throw new IllegalArgumentException("noise batch needs positive sizes, got " + size + "x" + channels
                    + "x" + imageSize + "x" + imageSize);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        float[] pixels = new float[size * channels * imageSize * imageSize];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) rng.nextGaussian();
        }
        int[] labels = new int[size];
        java.util.Arrays.fill(labels, -1);
        return new ImageBatch(pixels, size, channels, imageSize, imageSize, labels,
                "Gaussian noise N(0,1), " + size + "x" + channels + "x" + imageSize + "x" + imageSize + ", seed " + seed);
    }
}
