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
 */
public final class KernelAccumulator implements ActivationRecorder {
    private static final int[] UNITS_AXIS = {1};
    private final ReluCounting counting;
    private final int batch;
    private final Group plain;
    private final Group container;

    /** Allocates the accumulators on {@code manager}'s device, before the forward pass starts. */
    public KernelAccumulator(NDManager manager, int batch, ReluCounting counting) {
        this.counting = counting;
        this.batch = batch;
        this.plain = new Group(manager, batch);
        this.container = new Group(manager, batch);
    }

    @Override
    public void record(NDArray rectified, boolean hookedTwiceByReference) {
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
