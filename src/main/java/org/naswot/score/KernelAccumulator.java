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
 * <p>With s = 2c - 1 in {-1,+1} (c = input &gt; 0), agreement counts are (s_a.s_b + N)/2, so each ReLU
 * costs one matmul S S^T. All sums are integers below 2^24, hence exact in float32 on the device; only
 * the final 128x128 matrix goes to the host. Conv-op ReLUs (hooked twice by the reference) and the other
 * ReLUs accumulate separately so that both counting modes cost the same:
 * K_reference = 2 K_twice + K_once, K_once-mode = K_twice + K_once.
 */
public final class KernelAccumulator implements ActivationRecorder {
    private final ReluCounting counting;
    private final int batch;
    private final NDArray plain;
    private final NDArray containerHooked;
    private long plainUnits;
    private long containerUnits;
    private int plainModules;
    private int containerModules;

    /** Allocates the accumulators on {@code manager}'s device, before the forward pass starts. */
    public KernelAccumulator(NDManager manager, int batch, ReluCounting counting) {
        this.counting = counting;
        this.batch = batch;
        this.plain = manager.zeros(new Shape(batch, batch), DataType.FLOAT32);
        this.containerHooked = manager.zeros(new Shape(batch, batch), DataType.FLOAT32);
    }

    @Override
    public void record(NDArray input, boolean hookedTwiceByReference) {
        long units = input.size() / batch;
        try (NDArray active = input.gt(0f);
             NDArray codes = active.toType(DataType.FLOAT32, false);
             NDArray twice = codes.mul(2f);
             NDArray signs = twice.sub(1f);
             NDArray s = signs.reshape(batch, units);
             NDArray st = s.transpose();
             NDArray gram = s.matMul(st)) {
            if (hookedTwiceByReference) {
                containerHooked.addi(gram);
                containerUnits += units;
                containerModules++;
            } else {
                plain.addi(gram);
                plainUnits += units;
                plainModules++;
            }
        }
    }

    /**
     * Modules whose inputs are counted: every ReLU once, plus, in reference counting, each ReLUConvBN
     * container (the reference's hook count, 30n+9 for an NB201 cell with n convolutions).
     */
    public int hookedModules() {
        int relus = plainModules + containerModules;
        return counting == ReluCounting.REFERENCE ? relus + containerModules : relus;
    }

    /** K's diagonal: counted units per image, with multiplicity in reference counting. */
    public long units() {
        return counting == ReluCounting.REFERENCE ? 2 * containerUnits + plainUnits : containerUnits + plainUnits;
    }

    /** The kernel in double precision (exact integer counts). */
    public double[][] kernel() {
        float[] gramPlain = plain.toFloatArray();
        float[] gramContainer = containerHooked.toFloatArray();
        double weight = counting == ReluCounting.REFERENCE ? 2 : 1;
        double n = units();
        double[][] k = new double[batch][batch];
        for (int a = 0; a < batch; a++) {
            for (int b = 0; b < batch; b++) {
                int i = a * batch + b;
                k[a][b] = (weight * gramContainer[i] + gramPlain[i] + n) / 2;
            }
        }
        return k;
    }
}
