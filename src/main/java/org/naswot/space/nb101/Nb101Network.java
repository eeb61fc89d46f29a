package org.naswot.space.nb101;

import ai.djl.ndarray.NDArray;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Conv2d;
import org.naswot.nn.GlobalAvgPool;
import org.naswot.nn.Linear;
import org.naswot.nn.MaxPool2d;
import org.naswot.nn.Module;
import org.naswot.nn.ModuleList;

/**
 * The NAS-Bench-101 network: Conv3x3-BN-ReLU stem, 3 stacks of 3 cells with 2x2 max-pool downsampling and
 * channel doubling between stacks, global average pooling, Linear. Weights follow the reference model's own
 * initialisation: conv N(0, 2/(k*k*out)), linear N(0, 0.01^2), zero biases.
 */
public final class Nb101Network extends Module {
    private final ModuleList layers;
    private final Module[] sequence;
    private final GlobalAvgPool pool = new GlobalAvgPool();
    private final Linear classifier;

    public Nb101Network(Nb101Architecture spec, int stemChannels, int stacks, int cellsPerStack, int numClasses) {
        layers = child("layers", new ModuleList());
        sequence = new Module[1 + stacks * cellsPerStack + (stacks - 1)];
        int k = 0;
        int out = stemChannels;
        sequence[k++] = layers.add(new ConvBnRelu(3, out, 3, 1));
        int in = out;
        for (int stack = 0; stack < stacks; stack++) {
            if (stack > 0) {
                sequence[k++] = layers.add(new MaxPool2d(2, 2, 0));
                out *= 2;
            }
            for (int m = 0; m < cellsPerStack; m++) {
                sequence[k++] = layers.add(new Nb101Cell(spec, in, out));
                in = out;
            }
        }
        classifier = child("classifier", new Linear(out, numClasses));
        applyReferenceInitialisation();
    }

    private void applyReferenceInitialisation() {
        for (Module m : modules()) {
            if (m instanceof Conv2d conv) {
                long n = conv.weight().shape().get(2) * conv.weight().shape().get(3) * conv.weight().shape().get(0);
                conv.weight().initNormal(Math.sqrt(2.0 / n));
            }
        }
        classifier.weight().initNormal(0.01);
        classifier.bias().initZeros();
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        NDArray y = forwardChain(x, sequence, recorder);
        return classifier.forward(pool.forward(y, recorder), recorder);
    }
}
