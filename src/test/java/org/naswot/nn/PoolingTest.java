package org.naswot.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import ai.djl.engine.Engine;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * DJL wraps arrays created from Java data around their direct buffer without copying, so the divisor of an
     * average pool must outlive the backward pass that reads it. Between forward and backward this collects
     * garbage and fills freshly allocated native buffers of the divisor's size with junk: a freed divisor would
     * be reused and the gradient would be wrong (synflow, snip, grad_norm and jacov varied between runs so).
     */
    @Test
    void averagePoolGradientSurvivesGarbageCollectionBeforeBackward() throws InterruptedException {
        int size = 16;
        try (NDManager m = NDManager.newBaseManager()) {
            for (int round = 0; round < 5; round++) {
                NDArray x = m.ones(new Shape(1, 1, size, size));
                x.setRequiresGradient(true);
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray y = new AvgPool2d(3, 1, 1, false).forward(x, ActivationRecorder.NONE);
                    overwriteFreedNativeMemory(size * size * Float.BYTES);
                    collector.backward(y.sum());
                }
                float[] grad = x.getGradient().toFloatArray();
                for (int i = 0; i < size; i++) {
                    for (int j = 0; j < size; j++) {
                        assertEquals(expectedGradient(i, j, size), grad[i * size + j], 1e-6, "gradient at " + i + "," + j);
                    }
                }
            }
        }
    }

    /** d(sum of outputs)/d(input pixel) = sum over the windows that contain it of 1 / (window's valid pixels). */
    private static double expectedGradient(int i, int j, int size) {
        double g = 0;
        for (int oi = i - 1; oi <= i + 1; oi++) {
            for (int oj = j - 1; oj <= j + 1; oj++) {
                if (oi >= 0 && oi < size && oj >= 0 && oj < size) {
                    g += 1.0 / (validSpan(oi, size) * validSpan(oj, size));
                }
            }
        }
        return g;
    }

    private static int validSpan(int centre, int size) {
        return Math.min(centre + 1, size - 1) - Math.max(centre - 1, 0) + 1;
    }

    private static void overwriteFreedNativeMemory(int bytes) throws InterruptedException {
        List<ByteBuffer> junk = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            System.gc();
            Thread.sleep(50);
            for (int b = 0; b < 64; b++) {
                ByteBuffer buf = ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
                while (buf.remaining() >= Float.BYTES) {
                    buf.putFloat(1e6f);
                }
                junk.add(buf);
            }
        }
        junk.clear();
    }
}
