package org.naswot.figures.kernel;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.naswot.score.LogDeterminant;

/** Pure helpers for Hamming kernels: accumulation from codes, normalisation, reordering. */
public final class KernelMath {
    private KernelMath() {
    }

    /**
     * Returns a new kernel {@code k + agreements(codes)}: for each pair of images, the number of the
     * layer's {@code units} on which their binary codes agree (both active or both inactive).
     */
    public static double[][] accumulate(double[][] k, BitSet[] codes, int units) {
        int n = codes.length;
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = k[i].clone();
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                BitSet x = (BitSet) codes[i].clone();
                x.xor(codes[j]);
                int agree = units - x.cardinality();
                out[i][j] += agree;
                if (j != i) {
                    out[j][i] += agree;
                }
            }
        }
        return out;
    }

    /**
     * K divided by K[0][0]. In a Hamming kernel every diagonal entry equals the number of counted units,
     * so the result lies in [0, 1] with ones on the diagonal. A zero K[0][0] gives a copy unchanged.
     */
    public static double[][] normalise(double[][] k) {
        double d = k.length == 0 ? 0 : k[0][0];
        double[][] out = new double[k.length][];
        for (int i = 0; i < k.length; i++) {
            out[i] = k[i].clone();
            if (d != 0) {
                for (int j = 0; j < out[i].length; j++) {
                    out[i][j] /= d;
                }
            }
        }
        return out;
    }

    /** A permutation ordering images by class label (stable: images of a class keep their batch order). */
    public static int[] orderByLabel(int[] labels) {
        return IntStream.range(0, labels.length).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> labels[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    public static int[] identity(int n) {
        return IntStream.range(0, n).toArray();
    }

    /** {@code out[a][b] = k[perm[a]][perm[b]]}. */
    public static double[][] permute(double[][] k, int[] perm) {
        double[][] out = new double[perm.length][perm.length];
        for (int a = 0; a < perm.length; a++) {
            for (int b = 0; b < perm.length; b++) {
                out[a][b] = k[perm[a]][perm[b]];
            }
        }
        return out;
    }

    public static int[] permute(int[] values, int[] perm) {
        int[] out = new int[perm.length];
        for (int a = 0; a < perm.length; a++) {
            out[a] = values[perm[a]];
        }
        return out;
    }

    /** log|det K| (the scoring core's implementation); -inf when singular. */
    public static double logAbsDet(double[][] k) {
        return LogDeterminant.of(k);
    }

    /** Smallest and largest entry. */
    public static double[] range(double[][] k) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : k) {
            for (double v : row) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {lo, hi};
    }

    static boolean square(double[][] k) {
        return Arrays.stream(k).allMatch(r -> r.length == k.length);
    }
}
