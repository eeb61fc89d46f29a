package org.naswot.space.nds.net;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Conv2d;
import org.naswot.nn.Module;
import org.naswot.nn.Parameter;
import org.naswot.space.nds.AnyNetConfig;

/**
 * pycls' {@code AnyNet} as NASWOT's {@code NDS.get_network} builds it: stem of width 12 (the reference overrides the
 * json), stages {@code s1..sN} of blocks {@code b1..bd}, head {@code head.fc} (wrapped as {@code head.fc.mod}).
 * Initialised as pycls' {@code init_weights}: conv N(0, sqrt(2 / (k*k*out))), BN 1 and 0, Linear N(0, 0.01) and 0.
 */
public final class AnyNet extends Module {
    private final Module stem;
    private final Module[] blocks;
    private final PooledClassifier head;

    /** @param resStem res_stem_in rather than simple_stem_in ({@link AnyNetConfig#residualStem}) */
    public AnyNet(AnyNetConfig cfg, boolean resStem, int numClasses) {
        int stemWidth = AnyNetConfig.STEM_WIDTH;
        stem = child("stem", resStem ? new AnyNetBlocks.ResStemIn(3, stemWidth)
                : new AnyNetBlocks.SimpleStemIn(3, stemWidth));
        List<Module> all = new ArrayList<>();
        int prev = stemWidth;
        for (int s = 0; s < cfg.stages(); s++) {
            Stage stage = child("s" + (s + 1), new Stage());
            int w = cfg.ws()[s];
            for (int b = 0; b < cfg.ds()[s]; b++) {
                int stride = b == 0 ? cfg.ss()[s] : 1;
                int in = b == 0 ? prev : w;
                all.add(stage.add("b" + (b + 1), block(cfg, s, in, w, stride)));
            }
            prev = w;
        }
        blocks = all.toArray(new Module[0]);
        head = child("head", new PooledClassifier("fc", prev, numClasses));
        initialiseAsPycls();
    }

    private static Module block(AnyNetConfig cfg, int s, int in, int out, int stride) {
        return switch (cfg.pyclsBlock()) {
            case "vanilla_block" -> new AnyNetBlocks.VanillaBlock(in, out, stride);
            case "res_basic_block" -> new AnyNetBlocks.Residual(in, out, stride,
                    new AnyNetBlocks.BasicTransform(in, out, stride));
            case "res_bottleneck_block" -> new AnyNetBlocks.Residual(in, out, stride,
                    new AnyNetBlocks.BottleneckTransform(in, out, stride,
                            AnyNetConfig.bottleneckWidth(out, cfg.bms()[s]), cfg.groups(s)));
            default -> throw new IllegalStateException("unhandled block " + cfg.pyclsBlock());
        };
    }

    private void initialiseAsPycls() {
        for (Module m : modules()) {
            if (m instanceof Conv2d conv) {
                Parameter w = conv.weight();
                long fanOut = w.shape().get(0) * w.shape().get(2) * w.shape().get(3);
                w.initNormal(Math.sqrt(2.0 / fanOut));
            }
        }
        head.linear().linear().weight().initNormal(0.01);
        head.linear().linear().bias().initZeros();
        // BatchNorm's own defaults are pycls' (weight 1, bias 0; ZERO_INIT_FINAL_GAMMA is off)
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        NDArray y = stem.forwardReleasingIntermediates(x, recorder);
        NDArray out = forwardChain(y, blocks, recorder);
        if (out != y) {
            y.close();
        }
        NDArray logits = head.forward(out, recorder);
        out.close();
        return logits;
    }

    /** A stage {@code sN}: only names its blocks; the network runs them in order. */
    private static final class Stage extends Module {
        <M extends Module> M add(String name, M block) {
            return child(name, block);
        }

        @Override
        protected NDArray compute(NDArray x, ActivationRecorder recorder) {
            throw new UnsupportedOperationException("a stage's blocks are run by the network");
        }
    }
}
