package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Average pooling with PyTorch's semantics: the window sum divided by the window size
 * ({@code count_include_pad=True}) or by the number of non-padding pixels in the window
 * ({@code count_include_pad=False}: 4 at corners, 6 on edges, 9 inside for 3x3).
 *
 * <p>Two DJL/libtorch facts shape this: DJL's PyTorch engine (0.36) ignores {@code countIncludePad=false},
 * and libtorch's CPU pooling kernels are slow here (a 3x3 average pool over a 128x16x32x32 batch costs more
 * than a 3x3 convolution). The window sum is therefore a depthwise convolution with a ones kernel, followed
 * by the same division PyTorch performs; only the order of the window's additions may differ.
 */
public final class AvgPool2d extends Module {
    private static final Shape DILATION = new Shape(1, 1);
    private final int kernel;
    private final int stride;
    private final int padding;
    private final boolean countIncludePad;

    public AvgPool2d(int kernel, int stride, int padding, boolean countIncludePad) {
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.countIncludePad = countIncludePad;
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        Shape in = x.getShape();
        int channels = (int) in.get(1);
        NDManager manager = x.getManager();
        // the window kernel follows the input's type, so double-precision networks (synflow) work too
        try (NDArray ones = manager.ones(new Shape(channels, 1, kernel, kernel), x.getDataType());
             NDArray sum = ai.djl.nn.convolutional.Conv2d.conv2d(x, ones, null, new Shape(stride, stride),
                     new Shape(padding, padding), DILATION, channels).singletonOrThrow()) {
            recorder.layer(this, in, sum.getShape());
            if (countIncludePad || padding == 0) {
                return sum.div(Constants.scalar(sum, kernel * kernel));
            }
            Shape out = sum.getShape();
            try (NDArray counts = validCounts(manager, (int) out.get(2), (int) out.get(3), (int) in.get(2),
                    (int) in.get(3))) {
                return sum.div(counts);
            }
        }
    }

    public int kernel() {
        return kernel;
    }

    /** [1,1,H,W]: how many input pixels of each output's window are not padding. */
    private NDArray validCounts(NDManager manager, int outH, int outW, int inH, int inW) {
        float[] f = new float[outH * outW];
        for (int i = 0; i < outH; i++) {
            int rows = validCount(i, inH);
            for (int j = 0; j < outW; j++) {
                f[i * outW + j] = rows * validCount(j, inW);
            }
        }
        // DJL wraps Java data without copying and GC frees it once that array is closed, but the division's
        // backward pass reads the divisor later (scopes close it after the forward): hand libtorch its own copy
        try (NDArray wrapped = manager.create(f, new Shape(1, 1, outH, outW))) {
            return wrapped.duplicate();
        }
    }

    private int validCount(int outPos, int inSize) {
        int start = outPos * stride - padding;
        int end = Math.min(start + kernel, inSize);
        return end - Math.max(start, 0);
    }
}
