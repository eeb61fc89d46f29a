package org.naswot.space.nds.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import java.util.List;
import org.naswot.common.UserFacingException;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.Conv2d;
import org.naswot.nn.Module;
import org.naswot.nn.ModuleList;
import org.naswot.nn.ReLU;
import org.naswot.nn.Sequential;
import org.naswot.space.nds.CellNetwork;
import org.naswot.space.nds.DartsGenotype;

/**
 * pycls' {@code NetworkCIFAR} (stem Conv3x3 to 3C + BN, no ReLU) or {@code NetworkImageNet} (two stride-2 stems,
 * first cell after a "reduction"), then {@code depth} cells with reductions at depth/3 and 2*depth/3 (channels
 * double), then the Classifier. PyTorch's default initialisation, as the reference leaves it.
 */
public final class DartsNetwork extends Module {
    private final Module stem0;
    private final Module stem1;
    private final DartsCell[] cells;
    private final PooledClassifier classifier;

    public DartsNetwork(CellNetwork net, boolean imagenet, int numClasses) {
        if (net.aux()) {
            throw new UserFacingException("this network has an auxiliary head (\"aux\": true): the reference's scoring "
                    + "forward fails on such entries and it scores them NaN; score-space skips them");
        }
        DartsGenotype g = net.genotype();
        int c = net.width();
        int cPrevPrev;
        int cPrev;
        boolean reductionPrev;
        if (imagenet) {
            stem0 = child("stem0", new Sequential(new Conv2d(3, c / 2, 3, 2, 1), new BatchNorm2d(c / 2),
                    new ReLU(false), new Conv2d(c / 2, c, 3, 2, 1), new BatchNorm2d(c)));
            stem1 = child("stem1", new Sequential(new ReLU(false), new Conv2d(c, c, 3, 2, 1), new BatchNorm2d(c)));
            cPrevPrev = c;
            cPrev = c;
            reductionPrev = true;
        } else {
            stem0 = child("stem", new Sequential(new Conv2d(3, 3 * c, 3, 1, 1), new BatchNorm2d(3 * c)));
            stem1 = null;
            cPrevPrev = 3 * c;
            cPrev = 3 * c;
            reductionPrev = false;
        }
        ModuleList list = child("cells", new ModuleList());
        cells = new DartsCell[net.depth()];
        int cCurr = c;
        for (int i = 0; i < cells.length; i++) {
            boolean reduction = net.reduction(i);
            if (reduction) {
                cCurr *= 2;
            }
            List<Integer> concat = reduction ? g.reduceConcat() : g.normalConcat();
            cells[i] = list.add(new DartsCell(reduction ? g.reduce() : g.normal(), concat, cPrevPrev, cPrev, cCurr,
                    reduction, reductionPrev));
            reductionPrev = reduction;
            cPrevPrev = cPrev;
            cPrev = DartsCell.outputChannels(concat, cCurr);
        }
        classifier = child("classifier", new PooledClassifier("classifier", cPrev, numClasses));
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        NDArray s0;
        NDArray s1;
        if (stem1 == null) {
            s0 = stem0.forwardReleasingIntermediates(x, recorder);
            s1 = s0;
        } else {
            s0 = stem0.forwardReleasingIntermediates(x, recorder);
            s1 = stem1.forwardReleasingIntermediates(s0, recorder);
        }
        for (DartsCell cell : cells) {
            NDArray out;
            try (NDScope scope = new NDScope()) {
                out = cell.forward(s0, s1, recorder);
                NDScope.unregister(out);
            }
            if (s0 != s1) {
                s0.close();
            }
            s0 = s1;
            s1 = out;
        }
        if (s0 != s1) {
            s0.close();
        }
        NDArray logits = classifier.forward(s1, recorder);
        s1.close();
        return logits;
    }
}
