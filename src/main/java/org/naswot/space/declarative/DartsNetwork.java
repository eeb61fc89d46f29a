package org.naswot.space.declarative;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.Conv2d;
import org.naswot.nn.GlobalAvgPool;
import org.naswot.nn.Linear;
import org.naswot.nn.Module;
import org.naswot.nn.ModuleList;
import org.naswot.nn.Sequential;

/**
 * pycls' {@code NetworkCIFAR} for a declarative DARTS space: stem conv 3x3 to {@code stemMultiplier * width} + BN (no
 * ReLU), {@code depth} cells with channels doubling at the reduction cells, global average pooling and the Linear as
 * NASWOT wraps it ({@code classifier.classifier.mod}). The parameters come in the built-in DARTS network's order, so
 * one weight seed gives both the same weights.
 */
final class DartsNetwork extends Module {
    private final Sequential stem;
    private final DartsCellModule[] cells;
    private final Head classifier;

    DartsNetwork(DartsArchitecture arch, int numClasses) {
        DeclarativeSpec.DartsMacro m = arch.spec().darts();
        int c = m.width();
        int stemChannels = m.stemMultiplier() * c;
        stem = child("stem", new Sequential(new Conv2d(3, stemChannels, 3, 1, 1), new BatchNorm2d(stemChannels)));
        int cPrevPrev = stemChannels;
        int cPrev = stemChannels;
        boolean reductionPrev = false;
        ModuleList list = child("cells", new ModuleList());
        cells = new DartsCellModule[m.depth()];
        int cCurr = c;
        for (int i = 0; i < cells.length; i++) {
            boolean reduction = m.reduction(i);
            if (reduction) {
                cCurr *= 2;
            }
            cells[i] = list.add(new DartsCellModule(arch, reduction, cPrevPrev, cPrev, cCurr, reductionPrev));
            reductionPrev = reduction;
            cPrevPrev = cPrev;
            cPrev = DartsCellModule.outputChannels(arch.spec().nodes(), cCurr);
        }
        classifier = child("classifier", new Head(cPrev, numClasses));
        markUnreached();
    }

    /**
     * Marks the ReLUs whose outputs do not reach the logits: cell i's output is read by cell i+1's preprocess1 and
     * cell i+2's preprocess0, and reaches the logits when it is the last cell or when a reached reader reads it.
     */
    private void markUnreached() {
        int n = cells.length;
        boolean[] readsS0 = new boolean[n];
        boolean[] readsS1 = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            boolean reached = i == n - 1 || readsS1[i + 1] || (i + 2 < n && readsS0[i + 2]);
            cells[i].markUnreached(reached);
            readsS0[i] = reached && cells[i].reads(0);
            readsS1[i] = reached && cells[i].reads(1);
        }
        boolean stemOutputRead = readsS1[0] || (n > 1 && readsS0[1]);
        if (!stemOutputRead && !readsS0[0]) {
            stem.markUnreachedByBackward();
        }
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        NDArray s0 = stem.forwardReleasingIntermediates(x, recorder);
        NDArray s1 = s0;
        for (DartsCellModule cell : cells) {
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

    /** Global average pooling, then the Linear under NASWOT's feature-returning wrapper ({@code classifier.mod}). */
    private static final class Head extends Module {
        private final GlobalAvgPool pool = new GlobalAvgPool();
        private final Wrapper linear;

        Head(int in, int out) {
            linear = child("classifier", new Wrapper(new Linear(in, out)));
        }

        @Override
        protected NDArray compute(NDArray x, ActivationRecorder recorder) {
            try (NDArray pooled = pool.forward(x, recorder)) {
                return linear.forward(pooled, recorder);
            }
        }
    }

    private static final class Wrapper extends Module {
        private final Linear mod;

        Wrapper(Linear mod) {
            this.mod = child("mod", mod);
        }

        @Override
        protected NDArray compute(NDArray x, ActivationRecorder recorder) {
            return mod.forward(x, recorder);
        }
    }
}
