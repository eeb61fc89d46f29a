package org.naswot.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import org.junit.jupiter.api.Test;

/** The fast pooling implementations against libtorch's own kernels and PyTorch's count_include_pad rule. */
class PoolingTest {

    @Test
    void maxPoolEqualsLibtorch() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomNormal(new Shape(4, 3, 8, 8));
            assertArrayEquals(Pool.maxPool2d(x, new Shape(3, 3), new Shape(1, 1), new Shape(1, 1), false).toFloatArray(),
                    new MaxPool2d(3, 1, 1).forward(x, ActivationRecorder.NONE).toFloatArray());
            assertArrayEquals(Pool.maxPool2d(x, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false).toFloatArray(),
                    new MaxPool2d(2, 2, 0).forward(x, ActivationRecorder.NONE).toFloatArray());
        }
    }

    @Test
    void averagePoolExcludesPaddingLikePyTorch() {
        try (NDManager m = NDManager.newBaseManager()) {
            float[] ones = new float[16];
            java.util.Arrays.fill(ones, 1f);
            NDArray x = m.create(ones, new Shape(1, 1, 4, 4));
            // the average of ones is 1 everywhere when padding is excluded; with padding counted corners are 4/9
            float[] excl = new AvgPool2d(3, 1, 1, false).forward(x, ActivationRecorder.NONE).toFloatArray();
            float[] incl = new AvgPool2d(3, 1, 1, true).forward(x, ActivationRecorder.NONE).toFloatArray();
            for (float v : excl) {
                assertEquals(1f, v);
            }
            assertEquals(4f / 9f, incl[0], 1e-7);
            assertEquals(6f / 9f, incl[1], 1e-7);
            NDArray r = m.randomNormal(new Shape(2, 3, 6, 6));
            float[] expected = Pool.avgPool2d(r, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false, true).toFloatArray();
            float[] actual = new AvgPool2d(2, 2, 0, true).forward(r, ActivationRecorder.NONE).toFloatArray();
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], 1e-6);
            }
        }
    }
}
