package org.naswot.data;

import java.util.Arrays;
import org.naswot.space.SpaceDescriptor;

/**
 * Per-channel input normalisation, bit-identical to torchvision {@code ToTensor} + {@code Normalize}:
 * value = ((float) byte / 255f - mean_c) / std_c, every step in IEEE float32 and in that order (a
 * multiplication by a reciprocal would change the last bit), with mean_c = (float) (m_c / 255.0) and
 * std_c = (float) (s_c / 255.0) computed in double from the descriptor's 0..255-scale constants.
 */
public final class Normalisation {

    private final float[] mean;
    private final float[] std;
    /** lookup[c][b]: the normalised value of byte b in channel c; precomputed with the exact formula. */
    private final float[][] lookup;

    private Normalisation(double[] meanBytes, double[] stdBytes) {
        if (meanBytes.length != stdBytes.length || meanBytes.length == 0) {
            throw new IllegalArgumentException("mean and std need one value per channel: "
                    + Arrays.toString(meanBytes) + " / " + Arrays.toString(stdBytes));
        }
        int channels = meanBytes.length;
        mean = new float[channels];
        std = new float[channels];
        lookup = new float[channels][256];
        for (int c = 0; c < channels; c++) {
            mean[c] = (float) (meanBytes[c] / 255.0);
            std[c] = (float) (stdBytes[c] / 255.0);
            for (int b = 0; b < 256; b++) {
                lookup[c][b] = ((float) b / 255f - mean[c]) / std[c];
            }
        }
    }

    /** From per-channel mean and std on the 0..255 scale (e.g. CIFAR-10: 125.3, 123.0, 113.9 / 63.0, 62.1, 66.7). */
    public static Normalisation ofByteScale(double[] meanBytes, double[] stdBytes) {
        return new Normalisation(meanBytes.clone(), stdBytes.clone());
    }

    public static Normalisation of(SpaceDescriptor.Dataset dataset) {
        return ofByteScale(dataset.mean(), dataset.std());
    }

    public int channels() {
        return mean.length;
    }

    /** The float32 mean of channel c on the 0..1 scale. */
    public float mean(int channel) {
        return mean[channel];
    }

    public float std(int channel) {
        return std[channel];
    }

    /** The normalised value of one pixel byte (0..255, or a signed Java byte) in {@code channel}. */
    public float value(int channel, int pixelByte) {
        return lookup[channel][pixelByte & 0xFF];
    }

    /**
     * Normalises one CHW image of bytes into {@code out[offset ..]}; the channel of byte i is
     * i / (pixels per channel).
     */
    public void apply(byte[] chw, float[] out, int offset) {
        if (chw.length % mean.length != 0) {
            throw new IllegalArgumentException(chw.length + " bytes do not split into " + mean.length + " channels");
        }
        int plane = chw.length / mean.length;
        for (int c = 0; c < mean.length; c++) {
            float[] table = lookup[c];
            int base = c * plane;
            for (int i = 0; i < plane; i++) {
                out[offset + base + i] = table[chw[base + i] & 0xFF];
            }
        }
    }
}
