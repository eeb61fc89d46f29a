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
        markUnreached();
    }

    /**
     * Finds the ReLUs whose outputs do not reach the logits, walking back from the classifier: cell i's output is
     * read by cell i+1's {@code preprocess1} and cell i+2's {@code preprocess0}, and reaches the logits if the last
     * cell is i or if one of those reads it and itself reaches them. (In the ImageNet stem, {@code stem1}'s first
     * ReLU is in-place on {@code stem0}'s output, which cell 0's {@code preprocess0} then reads: the reference's
     * backward pass reaches that ReLU through either.)
     */
    private void markUnreached() {
        int n = cells.length;
        boolean[] readsS0 = new boolean[n];
        boolean[] readsS1 = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            boolean reached = i == n - 1 || readsS1[i + 1] || (i + 2 < n && readsS0[i + 2]);
            cells[i].markUnreached(reached);
            boolean[] states = cells[i].statesReachingOutput();
            readsS0[i] = reached && states[0];
            readsS1[i] = reached && states[1];
        }
        boolean stemOutputRead = readsS1[0] || (n > 1 && readsS0[1]);
        if (stem1 == null) {
            if (!stemOutputRead && !readsS0[0]) {
                stem0.markUnreachedByBackward();
            }
        } else if (!stemOutputRead && !readsS0[0]) {
            stem1.markUnreachedByBackward();
            stem0.markUnreachedByBackward();
        }
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
