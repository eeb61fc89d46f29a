package org.naswot.score;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.naswot.nn.ActivationRecorder;

/**
 * Builds the Hamming kernel K[a][b] = number of counted ReLU units on which images a and b agree, from
 * the ReLU inputs of one forward pass.
 *
 * <p>With binary codes c (ReLU input &gt; 0, i.e. output &gt; 0) and g = c_a.c_b, r_a = |c_a|, the agreement count of one ReLU with
 * N units is 2 g - r_a - r_b + N (both active, plus both inactive). So each ReLU costs one matmul C C^T and
 * one row sum, on the device; all sums are integers below 2^24, hence exact in float32, and only the final
 * 128x128 matrix goes to the host. Conv-op ReLUs (hooked twice by the reference, inside their ReLUConvBN
 * container) and the other ReLUs accumulate separately, so both counting modes cost the same:
 * K_reference = 2 K_container + K_plain and K_once = K_container + K_plain.
 *
 * <p>On the CPU the product C C^T is the largest single cost of a forward pass (a 128 x 128 x U product per ReLU,
 * about as many operations as the convolutions), although C holds only zeros and ones. There the codes are packed
 * 64 to a long on the libtorch side instead (one multiply-add pass, then 1/32 of the float data crosses to the
 * JVM) and g_ab is a sum of popcounts of c_a AND c_b, computed once at the end over all ReLUs of a group, in
 * parallel over rows: the same integers, bit for bit, at a small fraction of the work. A GPU keeps the matrix
 * product, which it runs faster than the transfer of the packed codes would take.
 */
public final class KernelAccumulator implements ActivationRecorder {
    private static final int[] UNITS_AXIS = {1};
    private final ReluCounting counting;
    private final int batch;
    private final Group plain;
    private final Group container;
    /** Packed codes and popcounts (CPU) instead of the device's matrix product (GPU). */
    private final boolean packed;
    private final PackedGroup packedPlain;
    private final PackedGroup packedContainer;
    private final NDArray bitWeights;

    /** Allocates the accumulators on {@code manager}'s device, before the forward pass starts. */
    public KernelAccumulator(NDManager manager, int batch, ReluCounting counting) {
        this(manager, batch, counting, !manager.getDevice().isGpu());
    }

    /** @param packed popcounts of packed codes (the CPU's way) rather than a matrix product per ReLU */
    public KernelAccumulator(NDManager manager, int batch, ReluCounting counting, boolean packed) {
        this.counting = counting;
        this.batch = batch;
        this.packed = packed;
        this.plain = packed ? null : new Group(manager, batch);
        this.container = packed ? null : new Group(manager, batch);
        this.packedPlain = packed ? new PackedGroup(batch) : null;
        this.packedContainer = packed ? new PackedGroup(batch) : null;
        this.bitWeights = packed ? manager.create(new float[] {1, 2, 4, 8, 16, 32, 64, 128}) : null;
    }

    @Override
    public void record(NDArray rectified, boolean hookedTwiceByReference) {
        long units = rectified.size() / batch;
        if (packed) {
            (hookedTwiceByReference ? packedContainer : packedPlain).append(pack(rectified, units), units);
            return;
        }
        Group group = hookedTwiceByReference ? container : plain;
        // sign(relu(x)) is 1 where x > 0 and 0 elsewhere: the codes, in float32, in one pass
        try (NDArray codes = rectified.sign();
             NDArray c = codes.reshape(batch, units);
             NDArray ct = c.transpose();
             NDArray gram = c.matMul(ct);
             NDArray rows = c.sum(UNITS_AXIS)) {
            group.gram.addi(gram);
            group.active.addi(rows);
        }
        group.units += units;
        group.modules++;
    }

    /**
     * The codes of one ReLU packed 8 to a byte (bit k of byte j is unit 8j + k), each image's row padded with zero
     * bits to whole longs: batch x ceil(units / 64) x 8 bytes.
     */
    private byte[] pack(NDArray rectified, long units) {
        long padded = (units + 63) / 64 * 64;
        // sign(relu(x)) is 1 where x > 0 and 0 elsewhere; a weighted sum of 8 codes is one byte, exact in float32
        try (NDArray codes = rectified.sign();
             NDArray c = codes.reshape(batch, units);
             NDArray full = padded == units ? c.reshape(batch, padded) : c.concat(c.getManager().zeros(
                     new Shape(batch, padded - units), DataType.FLOAT32), 1);
             NDArray octets = full.reshape(batch, padded / 8, 8);
             NDArray weighted = octets.mul(bitWeights);
             NDArray sums = weighted.sum(new int[] {2});
             NDArray bytes = sums.toType(DataType.UINT8, false)) {
            return bytes.toByteArray();
        }
    }

    /**
     * Modules whose inputs are counted: every ReLU once, plus, in reference counting, each ReLUConvBN
     * container (the reference's hook count, 30n+9 for an NB201 cell with n convolutions).
     */
    public int hookedModules() {
        int plainModules = packed ? packedPlain.modules : plain.modules;
        int containerModules = packed ? packedContainer.modules : container.modules;
        int relus = plainModules + containerModules;
        return counting == ReluCounting.REFERENCE ? relus + containerModules : relus;
    }

    /** K's diagonal: counted units per image, with multiplicity in reference counting. */
    public long units() {
        return packed ? containerWeight() * packedContainer.units + packedPlain.units
                : containerWeight() * container.units + plain.units;
    }

    private int containerWeight() {
        return counting == ReluCounting.REFERENCE ? 2 : 1;
    }

    /** The kernel in double precision (exact integer counts). */
    public double[][] kernel() {
        double[][] k = new double[batch][batch];
        if (packed) {
            packedContainer.addAgreements(k, containerWeight());
            packedPlain.addAgreements(k, 1);
            return k;
        }
        container.addAgreements(k, containerWeight());
        plain.addAgreements(k, 1);
        return k;
    }

    /** Packed codes of a set of ReLUs with the same multiplicity: per ReLU, batch rows of longs. */
    private static final class PackedGroup {
        private final int batch;
        private final java.util.List<long[]> segments = new java.util.ArrayList<>();
        private final java.util.List<Integer> segmentWords = new java.util.ArrayList<>();
        long units;
        int modules;

        PackedGroup(int batch) {
            this.batch = batch;
        }

        void append(byte[] bytes, long reluUnits) {
            int words = bytes.length / 8 / batch;
            long[] rows = new long[batch * words];
            java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(rows);
            segments.add(rows);
            segmentWords.add(words);
            units += reluUnits;
            modules++;
        }

        /** K += weight * (2 g - g_aa - g_bb + units), g = both-active counts; rows in parallel. */
        void addAgreements(double[][] k, int weight) {
            if (modules == 0) {
                return;
            }
            long[][] g = new long[batch][batch];
            java.util.stream.IntStream.range(0, batch).parallel().forEach(a -> {
                for (int s = 0; s < segments.size(); s++) {
                    long[] rows = segments.get(s);
                    int words = segmentWords.get(s);
                    int ra = a * words;
                    for (int b = a; b < batch; b++) {
                        int rb = b * words;
                        long sum = 0;
                        for (int w = 0; w < words; w++) {
                            sum += Long.bitCount(rows[ra + w] & rows[rb + w]);
                        }
                        g[a][b] += sum;
                    }
                }
            });
            for (int a = 0; a < batch; a++) {
                for (int b = a; b < batch; b++) {
                    double agree = 2.0 * g[a][b] - g[a][a] - g[b][b] + units;
                    k[a][b] += weight * agree;
                    if (b != a) {
                        k[b][a] += weight * agree;
                    }
                }
            }
        }
    }

    /** Accumulated codes of a set of ReLUs with the same multiplicity. */
    private static final class Group {
        final NDArray gram;
        final NDArray active;
        long units;
        int modules;

        Group(NDManager manager, int batch) {
            gram = manager.zeros(new Shape(batch, batch), DataType.FLOAT32);
            active = manager.zeros(new Shape(batch), DataType.FLOAT32);
        }

        void addAgreements(double[][] k, int weight) {
            if (modules == 0) {
                return;
            }
            float[] g = gram.toFloatArray();
            float[] r = active.toFloatArray();
            int n = k.length;
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    k[a][b] += weight * (2.0 * g[a * n + b] - r[a] - r[b] + units);
                }
            }
        }
    }
}
