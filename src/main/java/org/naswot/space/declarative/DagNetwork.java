package org.naswot.space.declarative;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.Conv2d;
import org.naswot.nn.GlobalAvgPool;
import org.naswot.nn.Linear;
import org.naswot.nn.Module;
import org.naswot.nn.ModuleList;
import org.naswot.nn.ReLU;
import org.naswot.nn.ReLUConvBN;
import org.naswot.nn.Sequential;

/**
 * The skeleton of a declarative DAG space, NB201's {@code TinyNetwork} generalised: stem conv k x k + BN, the stages'
 * cells with a reduction block before every stage but the first, the head (BN + ReLU {@code lastact}, global average
 * pooling, Linear {@code classifier}). State-dict names are TinyNetwork's ({@code stem.0.weight},
 * {@code cells.5.conv_a.op.1.weight}, {@code cells.0.layers.3.op.1.weight}), so NB201's weights load as they are.
 */
final class DagNetwork extends Module {
    private final Sequential stem;
    private final Module[] cells;
    private final Sequential lastact;
    private final GlobalAvgPool pool = new GlobalAvgPool();
    private final Linear classifier;

    DagNetwork(DagArchitecture arch, int numClasses) {
        DeclarativeSpec.DagMacro m = arch.spec().dag();
        stem = child("stem", new Sequential(new Conv2d(3, m.stemChannels(), m.stemKernel(), 1, m.stemKernel() / 2),
                new BatchNorm2d(m.stemChannels())));
        ModuleList cellList = child("cells", new ModuleList());
        List<Module> built = new ArrayList<>();
        int c = m.stemChannels();
        for (int s = 0; s < m.stages().size(); s++) {
            int stageChannels = m.stages().get(s).channels();
            if (s > 0) {
                built.add(cellList.add(reduction(m.reduction(), c, stageChannels)));
                c = stageChannels;
            }
            for (int i = 0; i < m.stages().get(s).cells(); i++) {
                built.add(cellList.add(new DagCell(arch, c, stageChannels)));
                c = stageChannels;
            }
        }
        cells = built.toArray(new Module[0]);
        lastact = m.head().equals("bn_relu_pool_linear")
                ? child("lastact", new Sequential(new BatchNorm2d(c), new ReLU(false))) : null;
        classifier = child("classifier", new Linear(c, numClasses));
    }

    private static Module reduction(String block, int in, int out) {
        return switch (block) {
            case "resnet_basic" -> new ResidualReduction(in, out);
            case "relu_conv_bn" -> new ReLUConvBN(in, out, 3, 2, 1);
            case "factorized_reduce" -> new HalvingFactorizedReduce(in, out);
            default -> throw new IllegalStateException("unknown reduction block " + block);
        };
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        NDArray stemmed = stem.forwardReleasingIntermediates(x, recorder);
        NDArray y = forwardChain(stemmed, cells, recorder);
        if (y != stemmed) {
            stemmed.close();
        }
        if (lastact != null) {
            y = lastact.forward(y, recorder);
        }
        return classifier.forward(pool.forward(y, recorder), recorder);
    }
}
