package org.naswot.space.nb201;

import ai.djl.ndarray.NDArray;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.CellChain;
import org.naswot.nn.Conv2d;
import org.naswot.nn.GlobalAvgPool;
import org.naswot.nn.Linear;
import org.naswot.nn.Module;
import org.naswot.nn.ModuleList;
import org.naswot.nn.ReLU;
import org.naswot.nn.Sequential;

/**
 * The NB201 skeleton (the reference's {@code TinyNetwork}): stem Conv3x3+BN, N cells at C, a residual block
 * to 2C, N cells, a block to 4C, N cells, BN+ReLU ({@code lastact}), global average pooling, Linear.
 * State-dict names match the reference ({@code stem.0.weight}, {@code cells.5.conv_a.op.1.weight}, ...).
 */
public final class TinyNetwork extends Module implements CellChain {
    private final Sequential stem;
    private final Module[] cells;
    private final Sequential lastact;
    private final GlobalAvgPool pool = new GlobalAvgPool();
    private final Linear classifier;

    public TinyNetwork(Nb201Architecture arch, int channels, int cellsPerStage, int numClasses) {
        stem = child("stem", new Sequential(new Conv2d(3, channels, 3, 1, 1), new BatchNorm2d(channels)));
        ModuleList cellList = child("cells", new ModuleList());
        cells = new Module[3 * cellsPerStage + 2];
        int c = channels;
        int k = 0;
        for (int stage = 0; stage < 3; stage++) {
            if (stage > 0) {
                cells[k] = cellList.add(new ResNetBasicBlock(c, c * 2));
                k++;
                c *= 2;
            }
            for (int i = 0; i < cellsPerStage; i++) {
                cells[k] = cellList.add(new InferCell(arch, c, c));
                k++;
            }
        }
        lastact = child("lastact", new Sequential(new BatchNorm2d(c), new ReLU(false)));
        classifier = child("classifier", new Linear(c, numClasses));
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

    @Override
    public java.util.List<Module> featureStages() {
        java.util.List<Module> out = new java.util.ArrayList<>();
        out.add(stem);
        out.addAll(java.util.List.of(cells));
        return out;
    }

}
