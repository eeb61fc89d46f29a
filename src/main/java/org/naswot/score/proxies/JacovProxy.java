package org.naswot.score.proxies;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Module;

/**
 * NASWOT v1's Jacobian covariance as NAS-Bench-Suite-Zero computed it ({@code jacov.py}): the gradient of
 * the sum of the logits w.r.t. the input batch (BatchNorm on batch statistics, so images are coupled as in
 * the reference), one flattened row per image, scored by {@link JacobianCovariance}. The v1 code
 * differentiated the pooled features before the classifier instead; both use an untrained network.
 * Undefined scores (a constant Jacobian row) are -infinity: NASLib records them as -1e8, the lowest value.
 */
public final class JacovProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "jacov";
    }

    @Override
    public String description() {
        return "-sum(log(v+k)+1/(v+k)) over eigenvalues v of the correlation of per-image input Jacobians "
                + "(Mellor et al., Neural Architecture Search without Training, arXiv v1 2020)";
    }

    @Override
    public double compute(ProxyContext context) {
        Module network = context.freshNetwork();
        NDArray input = context.input();
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            input.setRequiresGradient(true);
            Backward.run(collector, network.forward(input, ActivationRecorder.NONE).sum(), List.of(input));
        }
        int n = context.batch().size();
        float[] g = input.getGradient().toFloatArray();
        int d = g.length / n;
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = g[i * d + j];
            }
        }
        double score = JacobianCovariance.score(rows);
        return Double.isNaN(score) ? Double.NEGATIVE_INFINITY : score;
    }
}
