package org.naswot.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * One NumPy array as read from or written to a .npy file. Exactly one of {@code floats}, {@code doubles}
 * and {@code longs} holds the values (C order), depending on the dtype; the integer dtypes all widen to
 * {@code long} so that callers handle one integer type.
 *
 * @param shape dimensions; empty for a 0-d scalar
 * @param dtype NumPy dtype descriptor: {@code <f4}, {@code <f8}, {@code <i8}, {@code <i4} or {@code |u1}
 */
public record NpyArray(int[] shape, String dtype, float[] floats, double[] doubles, long[] longs) {

    public NpyArray {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(dtype, "dtype");
        int holders = (floats != null ? 1 : 0) + (doubles != null ? 1 : 0) + (longs != null ? 1 : 0);
        if (holders != 1) {
            throw new IllegalArgumentException("exactly one of floats, doubles, longs must be given");
        }
        NpyDtype kind = NpyDtype.of(dtype);
        if (kind.storage() != storageOf(floats, doubles)) {
            throw new IllegalArgumentException("dtype " + dtype + " needs " + kind.storage() + " values");
        }
        long count = elementCount(shape);
        int length = floats != null ? floats.length : doubles != null ? doubles.length : longs.length;
        if (count != length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + count
                    + " values, got " + length);
        }
    }

    public static NpyArray ofFloats(int[] shape, float[] values) {
        return new NpyArray(shape.clone(), "<f4", values, null, null);
    }

    public static NpyArray ofDoubles(int[] shape, double[] values) {
        return new NpyArray(shape.clone(), "<f8", null, values, null);
    }

    /** int64 array; use the canonical constructor with {@code <i4} or {@code |u1} for narrower integers. */
    public static NpyArray ofLongs(int[] shape, long[] values) {
        return new NpyArray(shape.clone(), "<i8", null, null, values);
    }

    public int rank() {
        return shape.length;
    }

    public int size() {
        return (int) elementCount(shape);
    }

    /** The values as float, converting (and possibly rounding) doubles and integers. */
    public float[] toFloats() {
        if (floats != null) {
            return floats.clone();
        }
        float[] out = new float[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = doubles != null ? (float) doubles[i] : (float) longs[i];
        }
        return out;
    }

    /** The values as double; exact for float32 and for integers up to 2^53. */
    public double[] toDoubles() {
        if (doubles != null) {
            return doubles.clone();
        }
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = floats != null ? floats[i] : (double) longs[i];
        }
        return out;
    }

    public String shapeText() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(']').toString();
    }

    static long elementCount(int[] shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            n *= d;
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("array " + Arrays.toString(shape) + " is too large for one Java array");
        }
        return n;
    }

    private static NpyDtype.Storage storageOf(float[] floats, double[] doubles) {
        return floats != null ? NpyDtype.Storage.FLOAT : doubles != null ? NpyDtype.Storage.DOUBLE : NpyDtype.Storage.LONG;
    }
}
