package org.naswot.space.nds.net;

import ai.djl.ndarray.NDArray;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.Conv2d;
import org.naswot.nn.MaxPool2d;
import org.naswot.nn.Module;
import org.naswot.nn.ReLU;

/** pycls {@code anynet.py}'s stems and blocks, with its child names ({@code a}, {@code a_bn}, {@code a_relu}, ...). */
final class AnyNetBlocks {
    private AnyNetBlocks() {
    }

    /** Children applied in registration order, as pycls' {@code for layer in self.children()} does. */
    abstract static class Chain extends Module {
        private final java.util.List<Module> layers = new java.util.ArrayList<>();

        protected final <M extends Module> M layer(String name, M m) {
            layers.add(m);
            return child(name, m);
        }

        @Override
        protected NDArray compute(NDArray x, ActivationRecorder recorder) {
            NDArray y = x;
            for (Module m : layers) {
                y = m.forward(y, recorder);
            }
            return y;
        }
    }

    /** res_stem_in: 7x7 stride-2 conv, BN, ReLU, 3x3 stride-2 max-pool (an ImageNet stem, also on 32x32 inputs). */
    static final class ResStemIn extends Chain {
        ResStemIn(int in, int out) {
            layer("conv", new Conv2d(in, out, 7, 2, 3));
            layer("bn", new BatchNorm2d(out));
            layer("relu", new ReLU(false));
            layer("pool", new MaxPool2d(3, 2, 1));
        }
    }

    /** simple_stem_in: 3x3 stride-2 conv, BN, ReLU. */
    static final class SimpleStemIn extends Chain {
        SimpleStemIn(int in, int out) {
            layer("conv", new Conv2d(in, out, 3, 2, 1));
            layer("bn", new BatchNorm2d(out));
            layer("relu", new ReLU(false));
        }
    }

    /** vanilla_block: [3x3 conv, BN, ReLU] x 2, no shortcut. */
    static final class VanillaBlock extends Chain {
        VanillaBlock(int in, int out, int stride) {
            layer("a", new Conv2d(in, out, 3, stride, 1));
            layer("a_bn", new BatchNorm2d(out));
            layer("a_relu", new ReLU(false));
            layer("b", new Conv2d(out, out, 3, 1, 1));
            layer("b_bn", new BatchNorm2d(out));
            layer("b_relu", new ReLU(false));
        }
    }

    /** BasicTransform: 3x3 conv, BN, ReLU, 3x3 conv, BN. */
    static final class BasicTransform extends Chain {
        BasicTransform(int in, int out, int stride) {
            layer("a", new Conv2d(in, out, 3, stride, 1));
            layer("a_bn", new BatchNorm2d(out));
            layer("a_relu", new ReLU(false));
            layer("b", new Conv2d(out, out, 3, 1, 1));
            layer("b_bn", new BatchNorm2d(out));
        }
    }

    /** BottleneckTransform: 1x1 to w_b, BN, ReLU, grouped 3x3 (stride), BN, ReLU, 1x1 to w_out, BN. */
    static final class BottleneckTransform extends Chain {
        BottleneckTransform(int in, int out, int stride, int bottleneck, int groups) {
            layer("a", new Conv2d(in, bottleneck, 1, 1, 0));
            layer("a_bn", new BatchNorm2d(bottleneck));
            layer("a_relu", new ReLU(false));
            layer("b", new Conv2d(bottleneck, bottleneck, 3, stride, 1, 1, groups));
            layer("b_bn", new BatchNorm2d(bottleneck));
            layer("b_relu", new ReLU(false));
            layer("c", new Conv2d(bottleneck, out, 1, 1, 0));
            layer("c_bn", new BatchNorm2d(out));
        }
    }

    /**
     * Residual block x + F(x) (res_basic_block, res_bottleneck_block): a 1x1 projection + BN ({@code proj}, {@code bn})
     * when the width or resolution changes, then ReLU.
     */
    static final class Residual extends Module {
        private final Conv2d proj;
        private final BatchNorm2d bn;
        private final Module f;
        private final ReLU relu;

        Residual(int in, int out, int stride, Module transform) {
            boolean projection = in != out || stride != 1;
            proj = projection ? child("proj", new Conv2d(in, out, 1, stride, 0)) : null;
            bn = projection ? child("bn", new BatchNorm2d(out)) : null;
            f = child("f", transform);
            relu = child("relu", new ReLU(false));
        }

        @Override
        protected NDArray compute(NDArray x, ActivationRecorder recorder) {
            // pycls evaluates the shortcut first: bn(proj(x)) + f(x)
            NDArray shortcut = proj == null ? x : bn.forward(proj.forward(x, recorder), recorder);
            NDArray sum = shortcut.add(f.forward(x, recorder));
            return relu.forward(sum, recorder);
        }
    }
}
