package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.SingularValueDecomposition;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.Constants;
import org.naswot.nn.Conv2d;
import org.naswot.nn.DeclaredParameters;
import org.naswot.nn.Linear;
import org.naswot.nn.Module;
import org.naswot.nn.Parameter;
import org.naswot.nn.ProbedBias;

/**
 * VKDNW (single) as its authors' NB201 code computes it (ondratybl/VKDNW, NB201/ZeroShotProxy/compute_vkdnw_score.py
 * with the driver's defaults {@code params_grad_len=128} and one weight per tensor, as in their Table 1 runs):
 * <ol>
 * <li>the network in eval mode: BatchNorm normalises with its running statistics (untouched: mean 0, variance 1);</li>
 * <li>the parameters: the first element of each of the first 128 parameter tensors in {@code named_parameters()}
 *     order (BatchNorm weights and biases included; an imported network's in its file's order,
 *     {@link DeclaredParameters});</li>
 * <li>per image n, the Jacobian J_n (classes x parameters) of the logits (their {@code jacrev} under {@code vmap},
 *     one image at a time); here from the batch at once, each image's gradient read from a zero per-image probe on
 *     the parameter's layer ({@link Conv2d#setFirstWeightProbe}; an imported convolution's bias: {@link ProbedBias}),
 *     exact since images do not interact in eval mode;</li>
 * <li>L_n, their Cholesky-style factor of the softmax covariance of the batch's logits, smoothed with alpha = 0.05
 *     held in float16 ((1 - alpha) = 0.9501953125 and alpha / classes rounded to float16, as torch computes them);</li>
 * <li>the Fisher matrix F = mean over n of (L_n J_n)^T (L_n J_n), its singular values (here: absolute eigenvalues of
 *     the symmetric F), their 10 %, ..., 90 % quantiles (torch.quantile, linear), normalised to sum 1, and the score
 *     -sum t log(t + 1e-10) (1e-10 also added to the normaliser). Higher is better.</li>
 * </ol>
 * Differences, by design: their function first re-initialises the network (Kaiming normal, fan-in) and, with their
 * driver's defaults, scores Gaussian noise; here the run's own weights and batch are used (the run's protocol decides
 * both). L, J and F are formed in double from float32 logits and Jacobians, and F's eigenvalues in double (theirs:
 * float32 throughout). This matters where F has (near-)zero eigenvalues: their float32 SVD returns them as a plateau
 * of noise near 1e-7 x the largest, which enters the low deciles and so the entropy (golden network 0 of
 * VkSwapTenasReferenceTest: 0.4744 here, 0.4764 there; its three lowest deciles are that noise). Deciles clear of the
 * noise agree to 1e-3.
 */
public final class VkdnwProxy implements ZeroCostProxy {
    /** Their {@code params_grad_len}: how many parameter tensors contribute their first element. */
    static final int PARAMETER_TENSORS = 128;
    /** torch.arange(0.1, 1., 0.1) in float32. */
    private static final float[] QUANTILES = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f};
    /** 1 - alpha with alpha = 0.05 held in float16 (0.0499877930): the difference rounded to float16. */
    private static final float ONE_MINUS_ALPHA = 0.9501953125f;

    @Override
    public String id() {
        return "vkdnw";
    }

    @Override
    public String description() {
        return "entropy of the deciles of the Fisher information's eigenvalues over the first element of 128 "
                + "parameter tensors (Tybl & Neumann, Training-free Neural Architecture Search through Variance of "
                + "Knowledge of Deep Network Weights, CVPR 2025)";
    }

    @Override
    public double compute(ProxyContext context) {
        Jacobians j = jacobians(context);
        return entropy(eigenvalues(fisher(j)));
    }

    /** The per-image Jacobians [image][class][parameter] and the batch's logits [image][class]. */
    record Jacobians(double[][][] values, float[][] logits, List<String> parameters) {
    }

    static Jacobians jacobians(ProxyContext context) {
        Module network = context.freshNetwork();
        NDManager manager = context.manager();
        int n = context.batch().size();
        Map<Parameter, Module> owners = new IdentityHashMap<>();
        for (Module m : network.modules()) {
            if (m instanceof BatchNorm2d bn) {
                bn.setUsesRunningStatistics(true);
                owners.put(bn.weight(), bn);
                owners.put(bn.bias(), bn);
            } else if (m instanceof Conv2d c) {
                owners.put(c.weight(), c);
            } else if (m instanceof Linear l) {
                owners.put(l.weight(), l);
                owners.put(l.bias(), l);
            } else if (m instanceof ProbedBias b) {
                owners.put(b.bias(), m);
            }
        }
        List<String> names = new ArrayList<>();
        List<Parameter> selected = new ArrayList<>();
        // named_parameters() order: an imported network's own (its file's), else the module tree's
        Map<String, Parameter> ordered = network instanceof DeclaredParameters d ? d.declaredParameters()
                : network.stateDict();
        for (Map.Entry<String, Parameter> e : ordered.entrySet()) {
            if (e.getValue().trainable() && selected.size() < PARAMETER_TENSORS) {
                names.add(e.getKey());
                selected.add(e.getValue());
            }
        }
        int k = selected.size();
        NDArray probes = manager.zeros(new Shape(k, n));
        probes.setRequiresGradient(true);
        double[][][] jac = new double[n][][];
        float[][] logitRows = new float[n][];
        try (GradientScope scope = new GradientScope()) {
            // sliced while recording, so that each slice's gradient reaches the probes
            Map<Module, NDArray[]> perLayer = new IdentityHashMap<>();
            for (int p = 0; p < k; p++) {
                Parameter parameter = selected.get(p);
                Module owner = owners.get(parameter);
                if (owner == null) {
                    // a failure of this proxy on this network (recorded, the others go on), not of the command
                    throw new UnsupportedOperationException("vkdnw: parameter " + names.get(p) + " is not a conv, "
                            + "conv bias, linear or BatchNorm parameter, which vkdnw's per-image probes support");
                }
                NDArray[] slots = perLayer.computeIfAbsent(owner, o -> new NDArray[2]);
                boolean isBias = parameter.name().equals("bias");
                slots[isBias ? 1 : 0] = probes.get(p);
            }
            for (Map.Entry<Module, NDArray[]> e : perLayer.entrySet()) {
                NDArray[] s = e.getValue();
                if (e.getKey() instanceof Conv2d c) {
                    c.setFirstWeightProbe(s[0]);
                } else if (e.getKey() instanceof Linear l) {
                    l.setFirstElementProbes(s[0], s[1]);
                } else if (e.getKey() instanceof BatchNorm2d bn) {
                    bn.setFirstElementProbes(s[0], s[1]);
                } else if (e.getKey() instanceof ProbedBias b) {
                    b.setFirstBiasProbe(s[1]);
                }
            }
            NDArray logits = network.forward(context.input(), ActivationRecorder.NONE);
            // a cell that cuts the input off (NB201 with "none" on every path) leaves no probe on the logits' graph:
            // their jacrev gives zero Jacobians there, so the zero-weighted probe sum keeps a graph to differentiate
            NDArray probeSum = probes.sum();
            NDArray output = logits.add(probeSum.mul(Constants.scalar(probeSum, 0)));
            int classes = (int) logits.getShape().get(1);
            float[] flat = logits.toFloatArray();
            for (int i = 0; i < n; i++) {
                logitRows[i] = Arrays.copyOfRange(flat, i * classes, (i + 1) * classes);
                jac[i] = new double[classes][k];
            }
            for (int c = 0; c < classes; c++) {
                float[] mask = new float[n * classes];
                for (int i = 0; i < n; i++) {
                    mask[i * classes + c] = 1f;
                }
                try (NDArray gradient = manager.create(mask, new Shape(n, classes))) {
                    scope.backwardRetainingGraph(output, gradient);
                }
                float[] g = probes.getGradient().toFloatArray(); // [k, n]
                GradientScope.zeroGradient(probes);
                for (int p = 0; p < k; p++) {
                    for (int i = 0; i < n; i++) {
                        jac[i][c][p] = g[p * n + i];
                    }
                }
            }
        }
        return new Jacobians(jac, logitRows, names);
    }

    /** F = mean over images of (L_n J_n)^T (L_n J_n). */
    static double[][] fisher(Jacobians j) {
        int n = j.values().length;
        int k = j.values()[0][0].length;
        double[][] f = new double[k][k];
        for (int i = 0; i < n; i++) {
            double[][] l = choleskyFactor(j.logits()[i]);
            double[][] a = multiply(l, j.values()[i]);
            for (double[] row : a) {
                for (int p = 0; p < k; p++) {
                    if (row[p] == 0) {
                        continue;
                    }
                    for (int q = 0; q < k; q++) {
                        f[p][q] += row[p] * row[q];
                    }
                }
            }
        }
        for (double[] row : f) {
            for (int q = 0; q < k; q++) {
                row[q] /= n;
            }
        }
        return f;
    }

    /**
     * Their {@code cholesky_covariance} for one image: p = softmax x (1 - alpha) + alpha / C (float32),
     * q_j = 1 - cumsum(p)_j (q_{C-1} = 0), d_j = sqrt(p_j q_j / q_{j-1}) (q_{-1} = 1); L[i][i] = d_i,
     * L[i][j] = -p_i / q_j x d_j below the diagonal (an infinite entry set to 0), 0 above.
     */
    static double[][] choleskyFactor(float[] logits) {
        int c = logits.length;
        float alphaOverC = float16(float16(0.05f) / c);
        double max = Double.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (float v : logits) {
            sum += Math.exp(v - max);
        }
        float[] p = new float[c];
        float[] q = new float[c];
        float cumulative = 0;
        for (int i = 0; i < c; i++) {
            p[i] = (float) (Math.exp(logits[i] - max) / sum) * ONE_MINUS_ALPHA + alphaOverC;
            cumulative += p[i];
            q[i] = 1f - cumulative;
        }
        q[c - 1] = 0f;
        double[] d = new double[c];
        for (int i = 0; i < c; i++) {
            float previous = i == 0 ? 1f : q[i - 1];
            d[i] = Math.sqrt((double) (p[i] * q[i] / previous));
        }
        double[][] l = new double[c][c];
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < i; j++) {
                float entry = -p[i] * (1f / q[j]);
                l[i][j] = Float.isInfinite(entry) ? 0 : entry * d[j];
            }
            l[i][i] = d[i];
        }
        return l;
    }

    /** Round to the nearest float16 value (ties to even), for the float16 constants of their factor. */
    static float float16(float v) {
        int exponent = Math.getExponent(v);
        // float16 has 10 fraction bits; subnormals are not needed for these constants
        double ulp = Math.scalb(1.0, exponent - 10);
        return (float) (Math.rint(v / ulp) * ulp);
    }

    private static double[][] multiply(double[][] l, double[][] j) {
        int c = l.length;
        int k = j[0].length;
        double[][] out = new double[c][k];
        for (int i = 0; i < c; i++) {
            for (int m = 0; m <= i; m++) {
                double v = l[i][m];
                if (v == 0) {
                    continue;
                }
                for (int p = 0; p < k; p++) {
                    out[i][p] += v * j[m][p];
                }
            }
        }
        return out;
    }

    /** The singular values of the symmetric positive semi-definite F (absolute eigenvalues), ascending. */
    static double[] eigenvalues(double[][] f) {
        Array2DRowRealMatrix matrix = new Array2DRowRealMatrix(f, false);
        double[] e;
        try {
            e = new EigenDecompositionSymmetric(matrix).getEigenvalues();
        } catch (MathIllegalStateException notConverged) {
            // the symmetric QL iteration gives up on some F (2 of 100 NB201 cells); their code takes singular values,
            // which for a symmetric F are the absolute eigenvalues
            e = new SingularValueDecomposition(matrix).getSingularValues();
        }
        for (int i = 0; i < e.length; i++) {
            e[i] = Math.abs(e[i]);
        }
        Arrays.sort(e);
        return e;
    }

    /** torch.quantile's linear interpolation at the deciles, normalised, then -sum t log(t + 1e-10). */
    static double entropy(double[] ascending) {
        return entropyOfDeciles(deciles(ascending));
    }

    /** -sum t log(t + 1e-10) of the deciles normalised by their L1 norm + 1e-10. */
    static double entropyOfDeciles(double[] quantiles) {
        double norm = 0;
        for (double v : quantiles) {
            norm += Math.abs(v);
        }
        double score = 0;
        for (double v : quantiles) {
            double t = v / (norm + 1e-10);
            score -= t * Math.log(t + 1e-10);
        }
        return score;
    }

    /** The 10 %, ..., 90 % quantiles of ascending values as torch.quantile interpolates them (float32 positions). */
    static double[] deciles(double[] ascending) {
        double[] quantiles = new double[QUANTILES.length];
        int last = ascending.length - 1;
        for (int i = 0; i < QUANTILES.length; i++) {
            float rank = QUANTILES[i] * last;
            int below = (int) Math.floor(rank);
            int above = Math.min(below + 1, last);
            double w = rank - below;
            double a = ascending[below];
            double b = ascending[above];
            quantiles[i] = w < 0.5 ? a + w * (b - a) : b - (b - a) * (1 - w);
        }
        return quantiles;
    }
}
