package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.SingularValueDecomposition;
import org.naswot.data.ImageBatch;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.CellChain;
import org.naswot.nn.Conv2d;
import org.naswot.nn.Constants;
import org.naswot.nn.Linear;
import org.naswot.nn.Module;
import org.naswot.nn.WeightInitializer;

/**
 * AZ-NAS's expressivity, progressivity and trainability as its NB201 code computes them
 * ({@code ZeroShotProxy/compute_az_nas_score.py}, cvlab-yonsei/AZ-NAS, with {@code custom/tss_model.py}'s
 * {@code extract_cell_features}): the features are the stem's output and every cell's output, in training mode.
 * <ul>
 * <li>each feature [B, C, H, W] as B*H*W samples of C channels: the entropy of the normalised eigenvalues of their
 *     covariance (mean-centred, divided by B*H*W), {@code sum -p log(p + 1e-8)}; expressivity = the sum over
 *     features, progressivity = the smallest increase from one feature to the next;</li>
 * <li>for each cell, from the last to the first: a random +-1 tensor g_out (Bernoulli 0.5) of its output's shape,
 *     g_in = the vector-Jacobian product of the cell at its input; -inf when g_in equals g_out (an identity cell),
 *     else, with g_in pixel-unshuffled to g_out's resolution where the cell downsamples, the largest singular value
 *     s of the C_in x C_out matrix g_in^T g_out / (B*H*W), scored -s - 1/(s + 1e-6) + 2; trainability = the mean.</li>
 * </ul>
 * A NaN becomes -inf, as there: a feature that is all zero (a cell of {@code none} edges), or one whose covariance is
 * rank-deficient (e.g. NB201 #7000's last stage: skip and pooling edges), where an eigenvalue computed just below 0
 * makes {@code log(p + 1e-8)} NaN; the authors' float32 {@code eigvalsh} gives such eigenvalues there too (checked on
 * #7000 at batch 16 and 64), so those architectures get -inf expressivity and progressivity in both. The covariances and
 * g_in^T g_out are float32 libtorch products as there; their eigen- and singular values are taken in double
 * precision (Hipparchus) instead of float32 {@code eigvalsh}/{@code svdvals}. The +-1 tensors come from our own
 * seeded SplitMix64 stream ({@link #sign}), not PyTorch's generator, so that a value can be reproduced (and checked
 * against the authors' code fed the same signs: src/tools/proxy_reference_az.py).
 */
public final class AzNasParts {
    /** AZ-NAS's default {@code init_method = 'kaiming_norm_fanin'}: N(0, 2 / fan_in) for conv and linear weights. */
    private static final double KAIMING_GAIN_SQUARED = 2.0;
    /** Keeps the Gaussian input's stream apart from the weights' and the signs' streams of the same seed. */
    private static final long INPUT_STREAM = 0x415A4E4153L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final double expressivity;
    private final double progressivity;
    private final double trainability;

    private AzNasParts(double expressivity, double progressivity, double trainability) {
        this.expressivity = expressivity;
        this.progressivity = progressivity;
        this.trainability = trainability;
    }

    public double expressivity() {
        return expressivity;
    }

    public double progressivity() {
        return progressivity;
    }

    public double trainability() {
        return trainability;
    }

    /**
     * The parts as AZ-NAS's NB201 search computes them: a network re-initialised with its default
     * {@code kaiming_norm_fanin} (conv/linear weights N(0, 2/fan_in), biases 0, BatchNorm 1 and 0; drawn from the
     * context's weight seed) on a N(0, 1) input of the batch's shape ({@code trainloader=None}: AZ-NAS is not among
     * the notebook's {@code real_input_metrics}); the batch's images are not used, only its size, where AZ-NAS uses
     * 64.
     */
    static AzNasParts of(ProxyContext context) {
        Module network = context.structure();
        for (Module m : network.modules()) {
            if (m instanceof Conv2d c) {
                c.weight().initNormal(Math.sqrt(KAIMING_GAIN_SQUARED / c.weight().fanIn()));
            } else if (m instanceof Linear l) {
                l.weight().initNormal(Math.sqrt(KAIMING_GAIN_SQUARED / l.weight().fanIn()));
                l.bias().initZeros();
            }
        }
        WeightInitializer.initialize(network, context.manager(), context.seed());
        ImageBatch b = context.batch();
        Shape shape = new Shape(b.size(), b.channels(), b.height(), b.width());
        SplittableRandom random = new SplittableRandom(context.seed() ^ INPUT_STREAM);
        float[] x = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        return measure(network, context.manager().create(x, shape), context.seed());
    }

    /**
     * The parts of {@code network} (as it is: weights given) on {@code input}, with the +-1 tensors of
     * {@code signSeed}.
     */
    public static AzNasParts measure(Module network, NDArray input, long signSeed) {
        if (!(network instanceof CellChain chain)) {
            throw new UnsupportedOperationException("AZ-NAS's parts are defined on networks that are one chain of "
                    + "cells (NB201's TinyNetwork); this network is a " + network.getClass().getSimpleName());
        }
        List<Module> stages = chain.featureStages();
        List<NDArray> features = new ArrayList<>();
        NDArray y = input;
        for (Module stage : stages) {
            // only the stage outputs are kept: a whole batch-128 network's intermediates would pile up otherwise
            y = stage.forwardReleasingIntermediates(y, ActivationRecorder.NONE);
            features.add(y);
        }
        double[] entropies = new double[features.size()];
        for (int i = 0; i < entropies.length; i++) {
            entropies[i] = spectralEntropy(features.get(i));
        }
        double expressivity = 0;
        double progressivity = Double.POSITIVE_INFINITY;
        for (int i = 0; i < entropies.length; i++) {
            expressivity += entropies[i];
            if (i > 0) {
                // np.min propagates NaN
                double step = entropies[i] - entropies[i - 1];
                progressivity = Double.isNaN(step) || Double.isNaN(progressivity) ? Double.NaN
                        : Math.min(progressivity, step);
            }
        }
        double scoreSum = 0;
        int cells = 0;
        for (int i = stages.size() - 1; i >= 1; i--) {
            scoreSum += cellTrainability(stages.get(i), features.get(i - 1), signSeed, i);
            cells++;
        }
        return new AzNasParts(orMinusInfinity(expressivity), orMinusInfinity(progressivity),
                orMinusInfinity(scoreSum / cells));
    }

    private static double orMinusInfinity(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    /** The entropy of the normalised eigenvalues of the channel covariance of a [B, C, H, W] feature. */
    static double spectralEntropy(NDArray feature) {
        Shape s = feature.getShape();
        int c = (int) s.get(1);
        long n = s.get(0) * s.get(2) * s.get(3);
        double[][] sigma;
        try (NDScope scope = new NDScope()) {
            NDArray rows = feature.transpose(0, 2, 3, 1).reshape(n, c);
            NDArray centred = rows.sub(rows.mean(new int[] {0}, true));
            NDArray cov = centred.transpose().dot(centred).div(Constants.scalar(centred, n));
            sigma = square(cov.toFloatArray(), c);
        }
        double[] eigenvalues;
        try {
            eigenvalues = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(sigma, false)).getEigenvalues();
        } catch (MathIllegalStateException notConverged) {
            return Double.NaN;
        } catch (RuntimeException nonFinite) {
            return Double.NaN;
        }
        double total = 0;
        for (double v : eigenvalues) {
            total += v;
        }
        double entropy = 0;
        for (double v : eigenvalues) {
            double p = v / total;
            entropy += -p * Math.log(p + 1e-8);
        }
        return entropy;
    }

    /** One cell's score: -s - 1/(s + 1e-6) + 2 for the largest singular value s of g_in^T g_out / N. */
    private static double cellTrainability(Module cell, NDArray in, long signSeed, int stage) {
        try (NDScope arrays = new NDScope()) {
            return cellTrainability(cell, in, signSeed, stage, in.getManager());
        }
    }

    private static double cellTrainability(Module cell, NDArray in, long signSeed, int stage, NDManager manager) {
        NDArray fin = in.duplicate();
        NDArray gIn;
        NDArray gOut;
        try (GradientScope scope = new GradientScope()) {
            fin.setRequiresGradient(true);
            NDArray fout = cell.forward(fin, ActivationRecorder.NONE);
            gOut = manager.create(signs(fout.getShape().size(), signSeed, stage), fout.getShape());
            Backward.run(scope, fout.mul(gOut).sum(), List.of(fin));
            gIn = fin.getGradient().duplicate();
        }
        if (gIn.getShape().equals(gOut.getShape()) && gIn.contentEquals(gOut)) {
            return Double.NEGATIVE_INFINITY;
        }
        Shape o = gOut.getShape();
        Shape i = gIn.getShape();
        long b = o.get(0);
        long ho = o.get(2);
        long wo = o.get(3);
        NDArray inRows;
        if (i.get(2) != ho || i.get(3) != wo) {
            // PixelUnshuffle(stride): each output pixel's stride x stride input block as channels (their order does
            // not change the singular values)
            long stride = i.get(2) / ho;
            inRows = gIn.reshape(b, i.get(1), ho, stride, wo, stride).transpose(0, 2, 4, 1, 3, 5)
                    .reshape(b * ho * wo, i.get(1) * stride * stride);
        } else {
            inRows = gIn.transpose(0, 2, 3, 1).reshape(b * ho * wo, i.get(1));
        }
        NDArray outRows = gOut.transpose(0, 2, 3, 1).reshape(b * ho * wo, o.get(1));
        NDArray mat = inRows.transpose().dot(outRows).div(Constants.scalar(inRows, b * ho * wo));
        long rows = mat.getShape().get(0);
        long cols = mat.getShape().get(1);
        double[][] m = new double[(int) rows][(int) cols];
        float[] flat = mat.toFloatArray();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m[r][c] = flat[(int) (r * cols + c)];
            }
        }
        double top = new SingularValueDecomposition(new Array2DRowRealMatrix(m, false)).getNorm();
        return -top - 1 / (top + 1e-6) + 2;
    }

    private static double[][] square(float[] flat, int c) {
        double[][] out = new double[c][c];
        for (int r = 0; r < c; r++) {
            for (int k = 0; k < c; k++) {
                out[r][k] = flat[r * c + k];
            }
        }
        return out;
    }

    /**
     * The +-1 tensor of a stage (1-based cell index), flattened in row-major order: element k is -1 where the sign
     * bit of SplitMix64's output {@code mix64(state + (k + 1) * gamma)} is set, the state being
     * {@code mix64(seed ^ mix64(stage))} (a Bernoulli(0.5) draw, as AZ-NAS's {@code (bernoulli(0.5) - 0.5) * 2}).
     */
    static float[] signs(long n, long seed, int stage) {
        float[] out = new float[Math.toIntExact(n)];
        long state = mix64(seed ^ mix64(stage));
        for (int k = 0; k < out.length; k++) {
            state += GOLDEN_GAMMA;
            out[k] = mix64(state) < 0 ? -1f : 1f;
        }
        return out;
    }

    /** SplitMix64's finaliser (java.util.SplittableRandom's mix64). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
