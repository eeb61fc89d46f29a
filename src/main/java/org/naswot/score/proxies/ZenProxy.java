package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.naswot.data.ImageBatch;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.Conv2d;
import org.naswot.nn.Linear;
import org.naswot.nn.Module;
import org.naswot.nn.WeightInitializer;

/**
 * Zen-score as NASLib's {@code zen.py} (the Zen-NAS authors' code) computes it, repeat = 1: conv/linear weights
 * N(0, 1), biases 0, BatchNorm weight 1 and bias 0; x and e Gaussian batches of the data batch's shape (the data
 * itself is not used); f = the feature map entering global average pooling, in training mode; score =
 * log(mean over images of sum |f(x) - f(x + 0.01 e)|) + sum over BatchNorm layers of log sqrt(mean running_var).
 * The running variances are those left by these two forward passes, as in the reference: PyTorch's momentum
 * 0.1 from 1, so 0.81 + 0.09 v1 + 0.1 v2 (v: unbiased batch variances), not the batch variance itself.
 * NASLib's own NB201 cells use BatchNorm without running statistics, where its zen fails; the NB201 network here
 * tracks them in every BatchNorm, as Zen-NAS's networks do.
 */
public final class ZenProxy implements ZeroCostProxy {
    private static final float MIXUP_GAMMA = 1e-2f;
    /** Keeps the Gaussian inputs' stream apart from the weights' stream of the same seed. */
    private static final long INPUT_STREAM = 0x5A454EL;

    @Override
    public String id() {
        return "zen";
    }

    @Override
    public String description() {
        return "log E|f(x) - f(x + 0.01e)| of the pre-pooling features of a N(0,1)-weighted network on Gaussian inputs, "
                + "plus the BatchNorm log-std terms (Lin et al., Zen-NAS: A Zero-Shot NAS for High-Performance Image "
                + "Recognition, ICCV 2021)";
    }

    @Override
    public double compute(ProxyContext context) {
        NDManager manager = context.manager();
        Module network = gaussianNetwork(context);
        ImageBatch b = context.batch();
        Shape shape = new Shape(b.size(), b.channels(), b.height(), b.width());
        SplittableRandom random = new SplittableRandom(context.seed() ^ INPUT_STREAM);
        float[] x = gaussian(random, shape.size());
        float[] e = gaussian(random, shape.size());
        return score(network, manager, x, e, shape);
    }

    /**
     * Zen's score of a network already initialised as zen wants, on the input batch x and x + 0.01 e
     * (float32 arithmetic, as torch computes {@code input + mixup_gamma * input2}).
     */
    static double score(Module network, NDManager manager, float[] x, float[] e, Shape shape) {
        float[] mixed = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            mixed[i] = x[i] + MIXUP_GAMMA * e[i];
        }
        float[] f = features(network, manager.create(x, shape));
        float[] fMixed = features(network, manager.create(mixed, shape));
        double total = 0;
        for (int i = 0; i < f.length; i++) {
            total += Math.abs((double) f[i] - fMixed[i]);
        }
        double score = Math.log(total / shape.get(0));
        for (Module m : network.modules()) {
            if (m instanceof BatchNorm2d bn) {
                score += Math.log(Math.sqrt(bn.runningVar().value().mean().getFloat()));
            }
        }
        return score;
    }

    /** The context's network with zen's initialisation: conv/linear weights N(0, 1), linear biases 0, BatchNorm 1 and 0. */
    static Module gaussianNetwork(ProxyContext context) {
        Module network = context.structure();
        for (Module m : network.modules()) {
            if (m instanceof Conv2d c) {
                c.weight().initNormal(1.0);
            } else if (m instanceof Linear l) {
                l.weight().initNormal(1.0);
                l.bias().initZeros();
            }
        }
        WeightInitializer.initialize(network, context.manager(), context.seed());
        return network;
    }

    private static float[] gaussian(SplittableRandom random, long n) {
        float[] out = new float[Math.toIntExact(n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) random.nextGaussian();
        }
        return out;
    }

    /** The features entering global average pooling, copied out. */
    private static float[] features(Module network, NDArray input) {
        float[][] captured = new float[1][];
        ActivationRecorder capture = new ActivationRecorder() {
            @Override
            public void record(NDArray rectified, boolean containerHooked) {
            }

            @Override
            public void pooledFeatures(NDArray features) {
                captured[0] = features.toFloatArray();
            }
        };
        network.forward(input, capture);
        if (captured[0] == null) {
            throw new IllegalStateException("zen: the network has no global average pooling");
        }
        return captured[0];
    }
}
