package org.naswot.space.natssss;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.Conv2d;
import org.naswot.nn.GlobalAvgPool;
import org.naswot.nn.Linear;
import org.naswot.nn.Module;
import org.naswot.nn.ModuleList;
import org.naswot.nn.ReLU;
import org.naswot.nn.Sequential;
import org.naswot.space.nb201.InferCell;
import org.naswot.space.nb201.Nb201Architecture;
import org.naswot.space.nb201.ResNetBasicBlock;

/**
 * NATS-Bench's {@code DynamicShapeTinyNet} with one cell per stage: stem Conv3x3(3, c0)+BN; cell(c0);
 * residual block to c1 (stride 2); cell(c1 to c2); block to c3; cell(c3 to c4); BN+ReLU; pool; Linear.
 */
public final class ShapeTinyNetwork extends Module {
    private final Sequential stem;
    private final Module[] cells = new Module[NatsSssArchitecture.LAYERS];
    private final Sequential lastact;
    private final GlobalAvgPool pool = new GlobalAvgPool();
    private final Linear classifier;

    public ShapeTinyNetwork(List<Integer> channels, Nb201Architecture genotype, int numClasses) {
        stem = child("stem", new Sequential(new Conv2d(3, channels.get(0), 3, 1, 1), new BatchNorm2d(channels.get(0))));
        ModuleList list = child("cells", new ModuleList());
        int previous = channels.get(0);
        for (int layer = 0; layer < NatsSssArchitecture.LAYERS; layer++) {
            int current = channels.get(layer);
            boolean reduction = layer % 2 == 1;
            cells[layer] = list.add(reduction ? new ResNetBasicBlock(previous, current)
                    : new InferCell(genotype, previous, current));
            previous = current;
        }
        lastact = child("lastact", new Sequential(new BatchNorm2d(previous), new ReLU(false)));
        classifier = child("classifier", new Linear(previous, numClasses));
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        NDArray stemmed = stem.forwardReleasingIntermediates(x, recorder);
        NDArray y = forwardChain(stemmed, cells, recorder);
        if (y != stemmed) {
            stemmed.close();
        }
        y = lastact.forward(y, recorder);
        return classifier.forward(pool.forward(y, recorder), recorder);
    }
}
