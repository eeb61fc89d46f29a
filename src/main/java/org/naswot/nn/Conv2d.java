package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * 2-D convolution without bias (all convolutions of the benchmark networks), weight [out, in/groups, kh, kw] as in
 * PyTorch; rectangular kernels, strides and paddings (pycls' conv_7x1_1x7), dilation and groups (depthwise and
 * grouped convolutions) as {@code nn.Conv2d} has them.
 */
public final class Conv2d extends Module {
    private final Parameter weight;
    private final Shape stride;
    private final Shape padding;
    private final Shape dilation;
    private final int groups;
    /** Channels of a vector block of oneDNN's widest (AVX-512) kernels. */
    private static final int CHANNEL_BLOCK = 16;
    private final boolean padsChannels;
    private NDArray outputGate;
    private NDArray firstWeightProbe;

    public Conv2d(int in, int out, int kernel, int stride, int padding) {
        this(in, out, new int[] {kernel, kernel}, new int[] {stride, stride}, new int[] {padding, padding}, 1, 1);
    }

    /** A square kernel with dilation and groups. */
    public Conv2d(int in, int out, int kernel, int stride, int padding, int dilation, int groups) {
        this(in, out, new int[] {kernel, kernel}, new int[] {stride, stride}, new int[] {padding, padding}, dilation,
                groups);
    }

    /** @param kernel, stride, padding {height, width} */
    public Conv2d(int in, int out, int[] kernel, int[] stride, int[] padding, int dilation, int groups) {
        if (in % groups != 0 || out % groups != 0) {
            throw new IllegalArgumentException("conv " + in + " -> " + out + " channels cannot have " + groups + " groups");
        }
        long fanIn = (long) (in / groups) * kernel[0] * kernel[1];
        this.weight = parameter("weight", new Shape(out, in / groups, kernel[0], kernel[1]),
                Parameter.Init.FAN_IN_UNIFORM, fanIn, true);
        this.stride = new Shape(stride[0], stride[1]);
        this.padding = new Shape(padding[0], padding[1]);
        this.dilation = new Shape(dilation, dilation);
        this.groups = groups;
        // 3-channel image stems use oneDNN's first-layer kernel, which the reference tests show is right
        this.padsChannels = groups == 1 && (kernel[0] > 1 || kernel[1] > 1) && in != 3
                && (in % CHANNEL_BLOCK != 0 || out % CHANNEL_BLOCK != 0);
    }

    /** The weight, e.g. for a reference model's own initialisation. */
    public Parameter weight() {
        return weight;
    }

    public int groups() {
        return groups;
    }

    /**
     * Multiplies the output by {@code gate} ([N, out, 1, 1], ones) from now on, or no longer when null. The gate
     * changes no value; its gradient is the sum over pixels of output x d(objective)/d(output) per image and
     * channel, which Fisher pruning needs (the reference reads it from a backward hook on the output).
     */
    public void setOutputGate(NDArray gate) {
        this.outputGate = gate;
    }

    /**
     * Adds {@code probe[n]} ([N], zeros) times d(output)/d(weight[0, 0, 0, 0]) of image n to the output from now on,
     * or no longer when null: no value changes, and the probe's gradient is each image's own gradient w.r.t. the
     * weight's first element (VKDNW's per-image Jacobian), which the shared weight's gradient sums over the batch.
     * That derivative is input channel 0, zero-padded, read at every stride-th pixel from the top left, in output
     * channel 0.
     */
    public void setFirstWeightProbe(NDArray probe) {
        this.firstWeightProbe = probe;
    }

    private NDArray withFirstWeightProbe(NDArray x, NDArray y) {
        Shape out = y.getShape();
        long n = out.get(0);
        try (NDArray x0 = x.get(new NDIndex(":, 0:1"));
             NDArray padded = x0.pad(new Shape(padding.get(1), padding.get(1), padding.get(0), padding.get(0)), 0f);
             NDArray taps = padded.get(new NDIndex(":, :, 0:{}:{}, 0:{}:{}", (out.get(2) - 1) * stride.get(0) + 1,
                     stride.get(0), (out.get(3) - 1) * stride.get(1) + 1, stride.get(1)));
             NDArray scaled = taps.mul(firstWeightProbe.reshape(n, 1, 1, 1));
             NDArray term = scaled.pad(new Shape(0, 0, 0, 0, 0, out.get(1) - 1), 0f)) {
            return y.add(term);
        }
    }

    /**
     * libtorch 2.7.1's oneDNN convolution kernels give wrong sums on machines such as this project's CI when a dense
     * kxk (k &gt; 1) convolution's channel count is not a multiple of the vector width (16 floats with AVX-512, 8
     * with AVX2): measured against PyTorch 2.13 and a direct sum, 3x3, 1x3, 1x7 and 7x7 kernels over 24, 43 or 85
     * channels were off by up to 30%, and sometimes NaN, while 1x1 kernels, multiples of 16 channels, depthwise
     * convolutions and oneDNN's SSE4.1 kernels were right (ConvolutionChannelTailTest). So such a convolution runs
     * on inputs and weights zero-padded to a multiple of 16 channels and the extra outputs are dropped: the padded
     * products are exact zeros, the sum is the same. Padding (not copying) keeps gradients for the proxies.
     */
    private NDArray convolveChannelPadded(NDArray x) {
        long out = weight.shape().get(0);
        long in = weight.shape().get(1);
        long inPad = roundUp(in) - in;
        long outPad = roundUp(out) - out;
        try (NDArray xp = x.pad(new Shape(0, 0, 0, 0, 0, inPad), 0f);
             NDArray wp = weight.value().pad(new Shape(0, 0, 0, 0, 0, inPad, 0, outPad), 0f);
             NDArray full = ai.djl.nn.convolutional.Conv2d.conv2d(xp, wp, null, stride, padding, dilation, 1)
                     .singletonOrThrow();
             NDArray kept = full.get(new NDIndex(":, 0:{}", out))) {
            // a contiguous copy of the kept channels, still in the graph: duplicate() (libtorch's clone through DJL)
            // would detach it, and every gradient before this convolution would be lost (synflow of small_cnn.onnx:
            // 6.80 instead of PyTorch's 7.58); a view (reshape) would keep the padded channels' strides, and the next
            // layers' kernels then sum in another order than on the clone (NDS golden kernels differed in 754 entries).
            // Times one is exact for every float, -0 included.
            try (NDArray one = Constants.scalar(kept, 1)) {
                return kept.mul(one);
            }
        }
    }

    private static long roundUp(long channels) {
        return (channels + CHANNEL_BLOCK - 1) / CHANNEL_BLOCK * CHANNEL_BLOCK;
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        NDArray y = padsChannels ? convolveChannelPadded(x)
                : ai.djl.nn.convolutional.Conv2d.conv2d(x, weight.value(), null, stride, padding, dilation, groups)
                        .singletonOrThrow();
        recorder.layer(this, x.getShape(), y.getShape());
        if (firstWeightProbe != null) {
            y = withFirstWeightProbe(x, y);
        }
        return outputGate == null ? y : y.mul(outputGate);
    }
}
