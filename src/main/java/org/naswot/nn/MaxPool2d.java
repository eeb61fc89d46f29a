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

    /**
     * Overlapping windows, separably: the maximum of the k column-shifted views (strided along the width), then of
     * that result's k row-shifted views (strided along the height), 2(k-1) element-wise maxima instead of k^2 - 1.
     * The maximum is exact and order-free, so this is the window's maximum bit for bit.
     */
    private NDArray shiftedMax(NDArray x) {
        Shape s = x.getShape();
        long outH = (s.get(2) + 2L * padding - kernel) / stride + 1;
        long outW = (s.get(3) + 2L * padding - kernel) / stride + 1;
        // a new handle, not duplicate(): DJL's clone detaches it from the graph, and the gradient would stop here
        try (NDArray padded = padding == 0 ? x.reshape(s)
                : x.pad(new Shape(padding, padding, padding, padding), Float.NEGATIVE_INFINITY);
             NDArray columns = maxOfShifts(padded, ":, :, :, {}:{}:{}", outW)) {
            return maxOfShifts(columns, ":, :, {}:{}:{}, :", outH);
        }
    }

    /** The element-wise maximum of the {@code kernel} views {@code start:start+(out-1)*stride+1:stride} of one axis. */
    private NDArray maxOfShifts(NDArray x, String indexPattern, long out) {
        // starts from the first view itself: the first maximum reads two views, with no copy
        NDArray result = shift(x, indexPattern, out, 0);
        for (int i = 1; i < kernel; i++) {
            try (NDArray view = shift(x, indexPattern, out, i)) {
                NDArray next = result.maximum(view);
                result.close();
                result = next;
            }
        }
        if (kernel == 1) {
            try (NDArray view = result) {
                return view.reshape(view.getShape());
            }
        }
        return result;
    }

    private NDArray shift(NDArray x, String indexPattern, long out, int start) {
        return x.get(new NDIndex(indexPattern, start, start + (out - 1) * stride + 1, stride));
    }
}
