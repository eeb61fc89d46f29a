package org.naswot.app;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.naswot.figures.kernel.KernelMath;
import org.naswot.figures.model.LectureData;
import org.naswot.figures.model.ScorePoint;
import org.naswot.space.nb201.Nb201Architecture;
import org.naswot.space.nb201.Nb201Op;

/**
 * Synthetic data for the component gallery, screenshots and tests. Nothing here is a measurement: the
 * scatter's scores and accuracies are made up from the cells' op counts plus noise, and the lecture's
 * codes come from a small random ReLU network on generated images (so its kernels are genuine Hamming
 * kernels of those codes).
 */
public final class SyntheticData {
    public static final List<String> CIFAR10_CLASSES = List.of("airplane", "automobile", "bird", "cat", "deer",
            "dog", "frog", "horse", "ship", "truck");

    private SyntheticData() {
    }

    /** All 15,625 NB201 cells with made-up score, accuracy and params; a few scores are -inf. */
    public static List<ScorePoint> nb201Scatter(long seed, String group) {
        Random rnd = new Random(seed);
        List<ScorePoint> out = new ArrayList<>(15625);
        for (int code = 0; code < 15625; code++) {
            List<Nb201Op> ops = Nb201Architecture.opsOfCode(code);
            Nb201Architecture a = new Nb201Architecture(ops, code);
            int n3 = count(ops, Nb201Op.NOR_CONV_3X3);
            int n1 = count(ops, Nb201Op.NOR_CONV_1X1);
            long params = 73_000L + n3 * 243_000L + n1 * 28_000L;
            double acc;
            double score;
            if (!connected(ops)) {
                acc = 10 + rnd.nextGaussian() * 0.3;
                score = 1380 + rnd.nextGaussian() * 25;
            } else {
                acc = Math.min(94.4, 84 + 1.3 * n3 + 0.7 * n1 - 0.8 * count(ops, Nb201Op.AVG_POOL_3X3)
                        + rnd.nextGaussian() * 1.6);
                score = 1450 + 9 * (acc - 84) + 14 * n3 + 6 * n1 + rnd.nextGaussian() * 22;
            }
            if (code == 0 || rnd.nextDouble() < 0.004) {
                score = Double.NEGATIVE_INFINITY;
            }
            out.add(new ScorePoint(code, a.encoding(), score, acc, params, group));
        }
        return out;
    }

    private static int count(List<Nb201Op> ops, Nb201Op op) {
        return (int) ops.stream().filter(o -> o == op).count();
    }

    /** Whether node 3 is reachable from node 0 over edges that are not 'none'. */
    public static boolean connected(List<Nb201Op> ops) {
        boolean[] reach = new boolean[4];
        reach[0] = true;
        for (int e = 0; e < 6; e++) {
            if (ops.get(e) != Nb201Op.NONE && reach[Nb201Architecture.edgeFrom(e)]) {
                reach[Nb201Architecture.edgeTo(e)] = true;
            }
        }
        return reach[3];
    }

    /**
     * A lecture: {@code batch} generated 32x32 RGB images (one colour/pattern per class), normalised with
     * CIFAR-10's mean/std, pushed through {@code layers} random linear+ReLU layers.
     */
    public static LectureData lecture(String arch, int batch, int layers, int units, long seed) {
        return lecture(arch, batch, layers, units, seed, 0);
    }

    /**
     * As {@link #lecture(String, int, int, int, long)}, with every unit's bias shifted by {@code biasShift}
     * (a large shift makes most units active for every image: similar codes, a nearly singular K, a low score).
     */
    public static LectureData lecture(String arch, int batch, int layers, int units, long seed, double biasShift) {
        Random rnd = new Random(seed);
        int c = 3;
        int h = 32;
        int w = 32;
        double[] mean = {125.3, 123.0, 113.9};
        double[] std = {63.0, 62.1, 66.7};
        float[] pixels = new float[batch * c * h * w];
        int[] labels = new int[batch];
        int[][] classColour = new int[10][];
        for (int k = 0; k < 10; k++) {
            java.awt.Color col = java.awt.Color.getHSBColor(k / 10f, 0.65f, 0.85f);
            classColour[k] = new int[] {col.getRed(), col.getGreen(), col.getBlue()};
        }
        for (int i = 0; i < batch; i++) {
            int label = rnd.nextInt(10);
            labels[i] = label;
            double cx = 8 + rnd.nextDouble() * 16;
            double cy = 8 + rnd.nextDouble() * 16;
            double rad = 5 + rnd.nextDouble() * 7;
            double freq = 0.15 + 0.08 * label;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double d = Math.hypot(x - cx, y - cy);
                    double blob = Math.exp(-d * d / (2 * rad * rad));
                    double stripes = 0.5 + 0.5 * Math.sin(freq * (x + y * (label % 3)));
                    for (int ch = 0; ch < c; ch++) {
                        double bg = 60 + 50 * stripes + rnd.nextGaussian() * 6;
                        double v = bg * (1 - blob) + classColour[label][ch] * blob;
                        v = Math.max(0, Math.min(255, v));
                        pixels[((i * c + ch) * h + y) * w + x] = (float) ((v - mean[ch]) / std[ch]);
                    }
                }
            }
        }
        // random ReLU network: x -> relu(W x + b), layer by layer
        int in = c * h * w;
        double[][] act = new double[batch][];
        for (int i = 0; i < batch; i++) {
            act[i] = new double[in];
            for (int j = 0; j < in; j++) {
                act[i][j] = pixels[i * in + j];
            }
        }
        List<LectureData.LayerCodes> codes = new ArrayList<>();
        List<double[][]> kernels = new ArrayList<>();
        double[][] k = new double[batch][batch];
        for (int l = 0; l < layers; l++) {
            int fanIn = act[0].length;
            float[][] wts = new float[units][fanIn];
            double scale = Math.sqrt(2.0 / fanIn);
            for (float[] row : wts) {
                for (int j = 0; j < fanIn; j++) {
                    row[j] = (float) (rnd.nextGaussian() * scale);
                }
            }
            double[] bias = new double[units];
            for (int u = 0; u < units; u++) {
                bias[u] = rnd.nextGaussian() * 0.1 + biasShift;
            }
            // the input scale grows with depth; shift relative to it
            BitSet[] bits = new BitSet[batch];
            double[][] next = new double[batch][units];
            for (int i = 0; i < batch; i++) {
                bits[i] = new BitSet(units);
                for (int u = 0; u < units; u++) {
                    double s = bias[u];
                    float[] row = wts[u];
                    double[] a = act[i];
                    for (int j = 0; j < fanIn; j++) {
                        s += row[j] * a[j];
                    }
                    if (s > 0) {
                        bits[i].set(u);
                        next[i][u] = s;
                    }
                }
            }
            // batch-normalise the pre-activations' scale a little so deeper layers stay mixed
            act = next;
            codes.add(new LectureData.LayerCodes((l == 0 ? "stem" : "cell" + l) + ".relu", units, bits));
            k = KernelMath.accumulate(k, bits, units);
            kernels.add(k);
        }
        double logDet = KernelMath.logAbsDet(k);
        return new LectureData(arch, pixels, batch, c, h, w, labels, CIFAR10_CLASSES, mean, std, codes, kernels,
                logDet);
    }
}
