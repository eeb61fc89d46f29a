package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Module;

/**
 * The gradient of the sum of the logits w.r.t. the input batch, one flattened row per image, as jacov and
 * epe_nas take it ({@code y.backward(torch.ones_like(y))}; BatchNorm on batch statistics, so images are coupled
 * as in the reference).
 */
final class InputJacobian {
    private InputJacobian() {
    }

    static double[][] rows(ProxyContext context) {
        Module network = context.freshNetwork();
        NDArray input = context.input();
        try (GradientScope scope = new GradientScope()) {
            input.setRequiresGradient(true);
            Backward.run(scope, network.forward(input, ActivationRecorder.NONE).sum(), List.of(input));
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
        return rows;
    }
}
