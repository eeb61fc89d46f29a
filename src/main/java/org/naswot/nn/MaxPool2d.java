package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * Max pooling with PyTorch's semantics (padding never wins), computed as the element-wise maximum of the
 * window's shifted views: exact, and much faster than libtorch's CPU pooling kernel on this build.
 */
public final class MaxPool2d extends Module {
    private static final int[] LAST = {-1};
    private final int kernel;
    private final int stride;
    private final int padding;

    public MaxPool2d(int kernel, int stride, int padding) {
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        Shape s = x.getShape();
        NDArray y = padding == 0 && kernel == stride && s.get(2) % kernel == 0 && s.get(3) % kernel == 0
                ? blockMax(x) : shiftedMax(x);
        recorder.layer(this, s, y.getShape());
        return y;
    }

    public int kernel() {
        return kernel;
    }

    /** Non-overlapping windows: reshape to [N, C, H/k, k, W/k, k] and reduce. */
    private NDArray blockMax(NDArray x) {
        Shape s = x.getShape();
        try (NDArray r = x.reshape(s.get(0), s.get(1), s.get(2) / kernel, kernel, s.get(3) / kernel, kernel);
             NDArray p = r.transpose(0, 1, 2, 4, 3, 5);
             NDArray flat = p.reshape(s.get(0), s.get(1), s.get(2) / kernel, s.get(3) / kernel, (long) kernel * kernel)) {
            return flat.max(LAST);
        }
    }

    private NDArray shiftedMax(NDArray x) {
        Shape s = x.getShape();
        long outH = (s.get(2) + 2L * padding - kernel) / stride + 1;
        long outW = (s.get(3) + 2L * padding - kernel) / stride + 1;
        try (NDArray padded = padding == 0 ? x.duplicate()
                : x.pad(new Shape(padding, padding, padding, padding), Float.NEGATIVE_INFINITY)) {
            NDArray result = null;
            for (int i = 0; i < kernel; i++) {
                for (int j = 0; j < kernel; j++) {
                    NDIndex window = new NDIndex(":, :, {}:{}:{}, {}:{}:{}", i, i + (outH - 1) * stride + 1, stride,
                            j, j + (outW - 1) * stride + 1, stride);
                    try (NDArray view = padded.get(window)) {
                        if (result == null) {
                            result = view.duplicate();
                        } else {
                            NDArray next = result.maximum(view);
                            result.close();
                            result = next;
                        }
                    }
                }
            }
            return result;
        }
    }
}
