package org.naswot.onnx;

import java.util.Arrays;

/**
 * One ONNX {@code TensorProto} (an initializer or a {@code Constant}'s value): its name, dimensions and values, read
 * as floats for the floating-point types and as longs for the integer ones (a {@code Reshape}'s target shape).
 *
 * @param floats the values of a FLOAT/DOUBLE/FLOAT16 tensor, else null
 * @param longs  the values of an INT64/INT32 tensor, else null
 */
record OnnxTensor(String name, long[] dims, int dataType, float[] floats, long[] longs) {
    static final int FLOAT = 1;
    static final int INT32 = 6;
    static final int INT64 = 7;
    static final int FLOAT16 = 10;
    static final int DOUBLE = 11;

    long elementCount() {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        return n;
    }

    ai.djl.ndarray.types.Shape shape() {
        return new ai.djl.ndarray.types.Shape(dims);
    }

    boolean isFloat() {
        return floats != null;
    }

    String describe() {
        return "'" + name + "' " + Arrays.toString(dims);
    }
}
