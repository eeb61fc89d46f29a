package org.naswot.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Convolutions against a direct double-precision sum. libtorch 2.7.1's oneDNN kernels got kxk convolutions over
 * channel counts that are not a multiple of the vector width wrong on this project's machines (24, 43, 85 channels;
 * 3x3, 1x7, 7x1; off by up to 30%): Conv2d must be right for them, for strides and for grouped convolutions.
 */
class ConvolutionChannelTailTest {

    @ParameterizedTest(name = "{0}->{1} ch, {2}x{3} kernel, stride {4}, groups {5}")
    @CsvSource({
            "24, 24, 3, 3, 1, 1",
            "43, 43, 3, 3, 1, 1",
            "24, 24, 1, 7, 1, 1",
            "24, 24, 7, 1, 2, 1",
            "85, 43, 3, 3, 2, 1",
            "16, 16, 3, 3, 1, 1",
            "24, 24, 1, 1, 1, 1",
            "24, 24, 5, 5, 2, 24",
            "32, 48, 3, 3, 1, 8"})
    void matchesDirectSum(int in, int out, int kh, int kw, int stride, int groups) {
        int n = 2;
        int size = 9;
        int ph = kh / 2;
        int pw = kw / 2;
        try (NDManager m = NDManager.newBaseManager()) {
            float[] xs = new float[n * in * size * size];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = (float) Math.sin(i * 0.37);
            }
            int inPerGroup = in / groups;
            float[] ws = new float[out * inPerGroup * kh * kw];
            for (int i = 0; i < ws.length; i++) {
                ws[i] = (float) (0.1 * Math.cos(i * 0.11));
            }
            Conv2d conv = new Conv2d(in, out, new int[] {kh, kw}, new int[] {stride, stride}, new int[] {ph, pw}, 1,
                    groups);
            conv.weight().replaceValue(m.create(ws, new Shape(out, inPerGroup, kh, kw)));
            NDArray y = conv.forward(m.create(xs, new Shape(n, in, size, size)), ActivationRecorder.NONE);
            int oh = (size + 2 * ph - kh) / stride + 1;
            int ow = (size + 2 * pw - kw) / stride + 1;
            assertEquals(new Shape(n, out, oh, ow), y.getShape());
            float[] got = y.toFloatArray();
            int outPerGroup = out / groups;
            for (int b = 0; b < n; b++) {
                for (int o = 0; o < out; o++) {
                    int g = o / outPerGroup;
                    for (int i = 0; i < oh; i++) {
                        for (int j = 0; j < ow; j++) {
                            double sum = 0;
                            for (int c = 0; c < inPerGroup; c++) {
                                for (int u = 0; u < kh; u++) {
                                    for (int v = 0; v < kw; v++) {
                                        int r = i * stride + u - ph;
                                        int col = j * stride + v - pw;
                                        if (r >= 0 && r < size && col >= 0 && col < size) {
                                            sum += ws[((o * inPerGroup + c) * kh + u) * kw + v]
                                                    * xs[((b * in + g * inPerGroup + c) * size + r) * size + col];
                                        }
                                    }
                                }
                            }
                            double actual = got[((b * out + o) * oh + i) * ow + j];
                            assertEquals(sum, actual, 1e-4 * (1 + Math.abs(sum)),
                                    "output [" + b + ", " + o + ", " + i + ", " + j + "]");
                        }
                    }
                }
            }
        }
    }
}
