package org.naswot.space.declarative;

import org.naswot.common.UserFacingException;
import org.naswot.nn.AvgPool2d;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.Conv2d;
import org.naswot.nn.FactorizedReduce;
import org.naswot.nn.Identity;
import org.naswot.nn.MaxPool2d;
import org.naswot.nn.Module;
import org.naswot.nn.ReLU;
import org.naswot.nn.ReLUConvBN;
import org.naswot.nn.Sequential;
import org.naswot.nn.Zero;

/**
 * The library of named building blocks, each as the reference code builds it (NB201's {@code OPS}, pycls' DARTS
 * {@code OPS}), from the {@code nn} package's exact blocks. The two families differ where their references differ:
 * a DAG cell's zero is {@code zeros} of the output's channels and its pooling gets a 1x1 ReLUConvBN when the channels
 * change (NB201's {@code POOLING}); a DARTS cell's zero strides ({@code x[:, :, ::s, ::s] * 0}).
 */
final class Blocks {
    private Blocks() {
    }

    /** An op on a DAG-cell edge from {@code in} to {@code out} channels, stride 1. */
    static Module dagOp(OpSpec op, int in, int out) {
        return switch (op.block()) {
            case "zero" -> new Zero(out);
            case "skip" -> in == out ? new Identity() : new FactorizedReduce(in, out);
            case "factorized_reduce" -> new FactorizedReduce(in, out);
            case "avg_pool", "max_pool" -> new PreprocessedPool(in, out, pool(op, 1));
            default -> convolution(op, in, out, 1);
        };
    }

    /** An op of a DARTS cell at C channels; {@code stride} 2 where a reduction cell's op reads an input cell. */
    static Module dartsOp(OpSpec op, int c, int stride) {
        return switch (op.block()) {
            case "zero" -> new StridedZero(stride);
            case "skip" -> stride == 1 ? new Identity() : new HalvingFactorizedReduce(c, c);
            case "factorized_reduce" -> stride == 1 ? new FactorizedReduce(c, c) : new HalvingFactorizedReduce(c, c);
            case "avg_pool", "max_pool" -> pool(op, stride);
            default -> convolution(op, c, c, stride);
        };
    }

    private static Module pool(OpSpec op, int stride) {
        int padding = (op.kernel() - 1) / 2;
        return op.block().equals("avg_pool") ? new AvgPool2d(op.kernel(), stride, padding, op.countIncludePad())
                : new MaxPool2d(op.kernel(), stride, padding);
    }

    private static Module convolution(OpSpec op, int in, int out, int stride) {
        int k = op.kernel();
        int p = op.padding();
        requireGroups(op, in, out);
        return switch (op.block()) {
            case "relu_conv_bn" -> op.reluConvBnContainer()
                    ? (op.dilation() == 1 && op.groups() == 1 ? new ReLUConvBN(in, out, k, stride, p)
                    : new WrappedOp(new Sequential(new ReLU(true), new Conv2d(in, out, k, stride, p, op.dilation(),
                    op.groups()), new BatchNorm2d(out))))
                    : new Sequential(new ReLU(false), new Conv2d(in, out, k, stride, p, op.dilation(), op.groups()),
                    new BatchNorm2d(out));
            case "conv_bn_relu" -> new Sequential(new Conv2d(in, out, k, stride, p, op.dilation(), op.groups()),
                    new BatchNorm2d(out), new ReLU(false));
            // DARTS' SepConv: two ReLU, depthwise, pointwise, BN stacks; only the first strides
            case "sep_conv" -> new WrappedOp(new Sequential(
                    new ReLU(false), new Conv2d(in, in, k, stride, p, op.dilation(), in), new Conv2d(in, in, 1, 1, 0),
                    new BatchNorm2d(in),
                    new ReLU(false), new Conv2d(in, in, k, 1, p, op.dilation(), in), new Conv2d(in, out, 1, 1, 0),
                    new BatchNorm2d(out)));
            // DARTS' DilConv: ReLU, dilated depthwise, pointwise, BN
            case "dil_conv" -> new WrappedOp(new Sequential(new ReLU(false),
                    new Conv2d(in, in, k, stride, p, op.dilation(), in), new Conv2d(in, out, 1, 1, 0),
                    new BatchNorm2d(out)));
            default -> throw new IllegalStateException("unknown block " + op.block());
        };
    }

    private static void requireGroups(OpSpec op, int in, int out) {
        if (in % op.groups() != 0 || out % op.groups() != 0) {
            throw new UserFacingException("operation " + op.name() + " has " + op.groups() + " groups, which do not "
                    + "divide its " + in + " -> " + out + " channels; choose groups that divide every stage's channels");
        }
    }

    /**
     * A module whose layers sit under {@code op}, as the reference's ReLUConvBN, SepConv and DilConv keep them. The
     * class name says ReLUConvBN only through the ReLU's flag ({@code new ReLU(true)}): that is what the reference's
     * hook on a module named "ReLU..." counts.
     */
    static final class WrappedOp extends Module {
        private final Sequential op;

        WrappedOp(Sequential op) {
            this.op = child("op", op);
        }

        @Override
        protected ai.djl.ndarray.NDArray compute(ai.djl.ndarray.NDArray x, org.naswot.nn.ActivationRecorder recorder) {
            return op.forward(x, recorder);
        }
    }

    /** NB201's POOLING generalised: a 1x1 ReLUConvBN {@code preprocess} when the channels change, then the pool. */
    static final class PreprocessedPool extends Module {
        private final ReLUConvBN preprocess;
        private final Module pool;

        PreprocessedPool(int in, int out, Module pool) {
            this.preprocess = in == out ? null : child("preprocess", new ReLUConvBN(in, out, 1, 1, 0));
            this.pool = pool;
        }

        @Override
        protected ai.djl.ndarray.NDArray compute(ai.djl.ndarray.NDArray x, org.naswot.nn.ActivationRecorder recorder) {
            return pool.forward(preprocess == null ? x : preprocess.forward(x, recorder), recorder);
        }
    }
}
