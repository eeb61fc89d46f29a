package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Constants;
import org.naswot.nn.Module;

/**
 * The binary activation patterns that SWAP and TE-NAS's linear-region count read: the sign of the output of every
 * ReLU whose input is 4-D (their forward hook on each {@code nn.ReLU}: {@code len(input[0].size()) == 4}),
 * concatenated per image in module order. The bits are packed 16 to a float as they are recorded (sums of distinct
 * powers of two below 2^16, exact in float32), so only a sixteenth of each map leaves libtorch.
 */
final class ReluPatterns implements ActivationRecorder {
    private static final int PACK = 16;
    private final int images;
    private final boolean perNeuron;
    private final List<float[]> packed = new ArrayList<>();
    private final List<Long> widths = new ArrayList<>();

    /**
     * @param perNeuron true to pack each neuron's bits over the images (SWAP's patterns), false to pack each
     *                  image's bits over the neurons (linear regions)
     */
    private ReluPatterns(int images, boolean perNeuron) {
        this.images = images;
        this.perNeuron = perNeuron;
    }

    /** Runs {@code network} on {@code input} (no gradient) and collects the patterns. */
    static ReluPatterns of(Module network, NDArray input, boolean perNeuron) {
        ReluPatterns patterns = new ReluPatterns((int) input.getShape().get(0), perNeuron);
        network.forward(input, patterns);
        return patterns;
    }

    @Override
    public void record(NDArray rectified, boolean containerHooked) {
        if (rectified.getShape().dimension() != 4) {
            return;
        }
        NDManager m = rectified.getManager();
        long neurons = rectified.getShape().size() / images;
        try (NDArray bits = rectified.reshape(images, neurons).gt(Constants.scalar(rectified, 0))
                .toType(DataType.FLOAT32, false)) {
            float[] powers = new float[PACK];
            for (int k = 0; k < PACK; k++) {
                powers[k] = 1 << k;
            }
            NDArray codes;
            if (perNeuron) {
                long padded = roundUp(images);
                try (NDArray p = bits.pad(new Shape(0, 0, 0, padded - images), 0f);
                     NDArray w = m.create(powers, new Shape(1, PACK, 1))) {
                    codes = p.reshape(padded / PACK, PACK, neurons).mul(w).sum(new int[] {1});
                }
            } else {
                long padded = roundUp(neurons);
                try (NDArray p = bits.pad(new Shape(0, padded - neurons), 0f);
                     NDArray w = m.create(powers, new Shape(1, 1, PACK))) {
                    codes = p.reshape(images, padded / PACK, PACK).mul(w).sum(new int[] {2});
                }
            }
            packed.add(codes.toFloatArray());
            widths.add(perNeuron ? neurons : roundUp(neurons) / PACK);
            codes.close();
        }
    }

    @Override
    public void recordUnreached(NDArray rectified, boolean containerHooked) {
        record(rectified, containerHooked);
    }

    private static long roundUp(long n) {
        return (n + PACK - 1) / PACK * PACK;
    }

    /** SWAP: the number of distinct patterns among the neurons (each neuron's signs over the images). */
    int distinctNeuronPatterns() {
        int words = (images + PACK - 1) / PACK;
        Set<Key> seen = new HashSet<>();
        for (int layer = 0; layer < packed.size(); layer++) {
            float[] codes = packed.get(layer); // [words, neurons]
            int neurons = (int) (long) widths.get(layer);
            for (int j = 0; j < neurons; j++) {
                float[] key = new float[words];
                for (int w = 0; w < words; w++) {
                    key[w] = codes[w * neurons + j];
                }
                seen.add(new Key(key));
            }
        }
        return seen.size();
    }

    /**
     * TE-NAS's count: for each image, 1 / the number of images with the same pattern over all neurons (itself
     * included), summed in float32 in image order, i.e. the number of distinct image patterns.
     */
    float linearRegions() {
        float[][] rows = new float[images][];
        long total = widths.stream().mapToLong(Long::longValue).sum();
        for (int i = 0; i < images; i++) {
            rows[i] = new float[(int) total];
        }
        int offset = 0;
        for (int layer = 0; layer < packed.size(); layer++) {
            float[] codes = packed.get(layer); // [images, width]
            int width = (int) (long) widths.get(layer);
            for (int i = 0; i < images; i++) {
                System.arraycopy(codes, i * width, rows[i], offset, width);
            }
            offset += width;
        }
        Map<Key, Integer> counts = new HashMap<>();
        for (float[] row : rows) {
            counts.merge(new Key(row), 1, Integer::sum);
        }
        float sum = 0;
        for (float[] row : rows) {
            sum += 1f / counts.get(new Key(row));
        }
        return sum;
    }

    /** A packed pattern compared by value. */
    private record Key(float[] codes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(codes, k.codes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(codes);
        }
    }
}
