package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;

/**
 * Average pooling with PyTorch's semantics. DJL's PyTorch engine (0.36) ignores
 * {@code countIncludePad=false} and always divides by the full window, so for padded pooling that
 * excludes padding the include-pad average is rescaled by window/valid-count per output pixel (2.25 at
 * corners and 1.5 on edges for 3x3: exact in float32).
 */
public final class AvgPool2d extends Module {
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
    public NDArray forward(NDArray x, ActivationRecorder recorder) {
        NDArray pooled = Pool.avgPool2d(x, new Shape(kernel, kernel), new Shape(stride, stride),
                new Shape(padding, padding), false, true);
        if (countIncludePad || padding == 0) {
            return pooled;
        }
        Shape out = pooled.getShape();
        return pooled.mul(excludePadFactors(x.getManager(), (int) out.get(2), (int) out.get(3), (int) x.getShape().get(2),
                (int) x.getShape().get(3)));
    }

    /** [1,1,H,W] factors window/valid, where valid counts the non-padding input pixels of each window. */
    private NDArray excludePadFactors(NDManager manager, int outH, int outW, int inH, int inW) {
        float[] f = new float[outH * outW];
        for (int i = 0; i < outH; i++) {
            int rows = validCount(i, inH);
            for (int j = 0; j < outW; j++) {
                f[i * outW + j] = (float) (kernel * kernel) / (rows * validCount(j, inW));
            }
        }
        return manager.create(f, new Shape(1, 1, outH, outW));
    }

    private int validCount(int outPos, int inSize) {
        int start = outPos * stride - padding;
        int end = Math.min(start + kernel, inSize);
        return end - Math.max(start, 0);
    }
}
