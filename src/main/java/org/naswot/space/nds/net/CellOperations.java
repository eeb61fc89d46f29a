package org.naswot.space.nds.net;

import org.naswot.nn.AvgPool2d;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.Conv2d;
import org.naswot.nn.Identity;
import org.naswot.nn.MaxPool2d;
import org.naswot.nn.Module;
import org.naswot.nn.ReLU;
import org.naswot.nn.Sequential;
import org.naswot.common.UserFacingException;

/**
 * pycls' {@code OPS} table ({@code pycls/models/nas/operations.py}, adopted from DARTS), every op at C channels.
 * SepConv, DilConv, DilSepConv and the factorised convolutions are {@code op.N} sequences whose type names lack
 * "ReLU": their inner ReLUs count once in both modes.
 */
final class CellOperations {
    private CellOperations() {
    }

    static Module create(String name, int c, int stride) {
        return switch (name) {
            case "none" -> new StridedZero(stride);
            case "avg_pool_2x2" -> new AvgPool2d(2, stride, 0, false);
            case "avg_pool_3x3" -> new AvgPool2d(3, stride, 1, false);
            case "avg_pool_5x5" -> new AvgPool2d(5, stride, 2, false);
            case "max_pool_2x2" -> new MaxPool2d(2, stride, 0);
            case "max_pool_3x3" -> new MaxPool2d(3, stride, 1);
            case "max_pool_5x5" -> new MaxPool2d(5, stride, 2);
            case "max_pool_7x7" -> new MaxPool2d(7, stride, 3);
            case "skip_connect" -> stride == 1 ? new Identity() : new ReducingFactorizedReduce(c, c);
            case "conv_1x1" -> new Sequential(new ReLU(false), new Conv2d(c, c, 1, stride, 0), new BatchNorm2d(c));
            case "conv_3x3" -> new Sequential(new ReLU(false), new Conv2d(c, c, 3, stride, 1), new BatchNorm2d(c));
            case "sep_conv_3x3" -> separable(c, 3, stride, 1, 1);
            case "sep_conv_5x5" -> separable(c, 5, stride, 2, 1);
            case "sep_conv_7x7" -> separable(c, 7, stride, 3, 1);
            case "dil_conv_3x3" -> dilated(c, 3, stride, 2, 2);
            case "dil_conv_5x5" -> dilated(c, 5, stride, 4, 2);
            case "dil_sep_conv_3x3" -> separable(c, 3, stride, 2, 2);
            case "conv_3x1_1x3" -> factorised(c, 3, stride);
            case "conv_7x1_1x7" -> factorised(c, 7, stride);
            default -> throw new UserFacingException("unknown cell operation '" + name + "'");
        };
    }

    /** SepConv (dilation 1) and DilSepConv: two ReLU, depthwise, pointwise, BN stacks; only the first strides. */
    private static Module separable(int c, int k, int stride, int padding, int dilation) {
        return new Op(new Sequential(
                new ReLU(false), new Conv2d(c, c, k, stride, padding, dilation, c), new Conv2d(c, c, 1, 1, 0),
                new BatchNorm2d(c),
                new ReLU(false), new Conv2d(c, c, k, 1, padding, dilation, c), new Conv2d(c, c, 1, 1, 0),
                new BatchNorm2d(c)));
    }

    /** DilConv: ReLU, dilated depthwise, pointwise, BN. */
    private static Module dilated(int c, int k, int stride, int padding, int dilation) {
        return new Op(new Sequential(new ReLU(false), new Conv2d(c, c, k, stride, padding, dilation, c),
                new Conv2d(c, c, 1, 1, 0), new BatchNorm2d(c)));
    }

    /** conv_kx1_1xk: ReLU, (1,k) conv striding the width, (k,1) conv striding the height, BN. */
    private static Module factorised(int c, int k, int stride) {
        int p = k / 2;
        return new Sequential(new ReLU(false),
                new Conv2d(c, c, new int[] {1, k}, new int[] {1, stride}, new int[] {0, p}, 1, 1),
                new Conv2d(c, c, new int[] {k, 1}, new int[] {stride, 1}, new int[] {p, 0}, 1, 1),
                new BatchNorm2d(c));
    }

    /** A module whose layers sit under {@code op} (SepConv, DilConv, DilSepConv). */
    private static final class Op extends Module {
        private final Sequential op;

        Op(Sequential op) {
            this.op = child("op", op);
        }

        @Override
        protected ai.djl.ndarray.NDArray compute(ai.djl.ndarray.NDArray x, org.naswot.nn.ActivationRecorder recorder) {
            return op.forward(x, recorder);
        }
    }
}
