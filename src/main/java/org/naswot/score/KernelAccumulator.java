package org.naswot.score;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.ReluReuse;

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
 * <p>That is the {@link KernelMethod#GEMM} form. On the CPU the default {@link KernelMethod#POPCOUNT} form reads the
 * codes as a boolean tensor in place, packs them 64 to a long and counts disagreements d by XOR-popcount: agreements
 * are N - d, the same integers.
 */
public final class KernelAccumulator implements ActivationRecorder, ReluReuse {
    private static final int[] UNITS_AXIS = {1};
    private final ReluCounting counting;
    private final KernelMethod method;
    private final int batch;
    private final Group plain;
    private final Group container;
    private final RecentRelus recent = new RecentRelus();
    /** The last ReLU counted by popcount, until {@link #remember} keeps it by its input. */
    private RecentRelus.Entry last;
    private int repeated;
    private int unreached;

    /** Allocates the accumulators on {@code manager}'s device, before the forward pass starts. */
    public KernelAccumulator(NDManager manager, int batch, ReluCounting counting) {
        this(manager, batch, counting, KernelMethod.forDevice(manager.getDevice()));
    }

    public KernelAccumulator(NDManager manager, int batch, ReluCounting counting, KernelMethod method) {
        this.counting = counting;
        this.method = method;
        this.batch = batch;
        this.plain = new Group(manager, batch, method);
        this.container = new Group(manager, batch, method);
    }

    @Override
    public void record(NDArray rectified, boolean hookedTwiceByReference) {
        if (method == KernelMethod.POPCOUNT) {
            last = recordPopcount(rectified, hookedTwiceByReference);
        } else {
            recordProduct(rectified, hookedTwiceByReference);
        }
    }

    /**
     * Popcount keeps each ReLU's own distances for a repeat ({@link #repeatRelu}); the product form keeps nothing, so
     * its ReLUs all compute.
     */
    @Override
    public ReluReuse reluReuse() {
        return method == KernelMethod.POPCOUNT ? this : null;
    }

    /** Keeps the ReLU just counted by its input; nothing when it was not counted (an unreached one, reference). */
    @Override
    public void remember(NDArray input, NDArray rectified) {
        if (last != null && last.rectified() == rectified) {
            recent.remember(input, last);
        }
        last = null;
    }

    /**
     * A ReLU that the reference's backward pass does not reach (its output leads nowhere): in {@link ReluCounting#ONCE}
     * it counts like any other (Eq. 1 counts every ReLU that runs); in {@link ReluCounting#REFERENCE} neither it nor its
     * ReLUConvBN container counts, because the reference's forward hook returns while the module's
     * {@code visited_backwards} flag is unset (its access raises, and the hook's bare {@code except} skips it).
     */
    @Override
    public void recordUnreached(NDArray rectified, boolean hookedTwiceByReference) {
        if (counting == ReluCounting.REFERENCE) {
            unreached++;
            last = null;
            return;
        }
        record(rectified, hookedTwiceByReference);
    }

    /** ReLUs left out of K because the reference's backward pass does not reach them (reference counting only). */
    public int unreachedRelus() {
        return unreached;
    }

    /**
     * The reference's ReLUs on one node's output each count that node's codes: the first one's distances are kept
     * (a few nodes back) and added again for the others, instead of rectifying, packing and counting again.
     */
    @Override
    public NDArray repeatRelu(NDArray input, boolean hookedTwiceByReference) {
        RecentRelus.Entry seen = recent.find(input);
        if (seen == null) {
            return null;
        }
        Group group = hookedTwiceByReference ? container : plain;
        long[] d = group.distances;
        for (int i = 0; i < d.length; i++) {
            d[i] += seen.distances()[i];
        }
        group.units += seen.units();
        group.modules++;
        repeated++;
        return seen.rectified();
    }

    /** Returns this ReLU's own distances (upper triangle), which the group has just added. */
    private RecentRelus.Entry recordPopcount(NDArray rectified, boolean hookedTwiceByReference) {
        long units = rectified.size() / batch;
        Group group = hookedTwiceByReference ? container : plain;
        long[] own = new long[batch * batch];
        // relu(x) > 0 as a boolean tensor, read in place (on the CPU the buffer is the tensor's own memory; from a GPU,
        // when chosen there, the codes are copied to the host first, a byte per unit)
        try (NDArray codes = rectified.gt(0f);
             NDArray host = codes.getDevice().isGpu() ? codes.toDevice(ai.djl.Device.cpu(), true) : null) {
            PackedCodes.pack((host != null ? host : codes).toByteBuffer(true), batch, units).addDistances(own, 1);
        }
        long[] d = group.distances;
        for (int i = 0; i < d.length; i++) {
            d[i] += own[i];
        }
        group.units += units;
        group.modules++;
        return new RecentRelus.Entry(rectified, own, units);
    }

    private void recordProduct(NDArray rectified, boolean hookedTwiceByReference) {
        long units = rectified.size() / batch;
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
     * Modules whose inputs are counted: every ReLU once, plus, in reference counting, each ReLUConvBN
     * container (the reference's hook count, 30n+9 for an NB201 cell with n convolutions).
     */
    public int hookedModules() {
        int relus = plain.modules + container.modules;
        return counting == ReluCounting.REFERENCE ? relus + container.modules : relus;
    }

    /** ReLUs whose codes were counted again from an earlier ReLU on the same input ({@link #repeatRelu}). */
    public int repeatedRelus() {
        return repeated;
    }

    /** K's diagonal: counted units per image, with multiplicity in reference counting. */
    public long units() {
        return containerWeight() * container.units + plain.units;
    }

    private int containerWeight() {
        return counting == ReluCounting.REFERENCE ? 2 : 1;
    }

    /** The kernel in double precision (exact integer counts). */
    public double[][] kernel() {
        double[][] k = new double[batch][batch];
        container.addAgreements(k, containerWeight());
        plain.addAgreements(k, 1);
        return k;
    }

    /** Accumulated codes of a set of ReLUs with the same multiplicity. */
    private static final class Group {
        /** GEMM: sum of C C^T and of C's rows, on the device; null for POPCOUNT. */
        final NDArray gram;
        final NDArray active;
        /** POPCOUNT: Hamming distances summed over the group's ReLUs (upper triangle); null for GEMM. */
        final long[] distances;
        long units;
        int modules;

        Group(NDManager manager, int batch, KernelMethod method) {
            boolean gemm = method == KernelMethod.GEMM;
            gram = gemm ? manager.zeros(new Shape(batch, batch), DataType.FLOAT32) : null;
            active = gemm ? manager.zeros(new Shape(batch), DataType.FLOAT32) : null;
            distances = gemm ? null : new long[batch * batch];
        }

        void addAgreements(double[][] k, int weight) {
            if (modules == 0) {
                return;
            }
            int n = k.length;
            if (distances != null) {
                long[] d = distances.clone();
                PackedCodes.symmetric(d, n);
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        k[a][b] += weight * (double) (units - d[a * n + b]);
                    }
                }
                return;
            }
            float[] g = gram.toFloatArray();
            float[] r = active.toFloatArray();
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    k[a][b] += weight * (2.0 * g[a * n + b] - r[a] - r[b] + units);
                }
            }
        }
    }
}
