package org.naswot.score.proxies;

import java.util.List;
import org.naswot.common.UserFacingException;

/**
 * ZiCo as its authors' code ({@code compute_zico.py}) computes it: the batch is split into two halves, each gives the
 * gradient of its mean cross-entropy w.r.t. every conv/linear weight (gradients zeroed between halves, BatchNorm on
 * each half's statistics); per weight, mean |g| / std(g) over the halves (numpy's float32 std) where the std is
 * non-zero; per layer the log of the sum of those ratios (a layer whose sum is 0 is skipped); score = sum over
 * layers. The MeCo authors' copy omits the zero_grad, so their second "gradient" is g1 + g2: not reproduced.
 */
public final class ZicoProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "zico";
    }

    @Override
    public String description() {
        return "sum over conv/linear layers of log(sum over weights of mean|g|/std(g)) of the cross-entropy gradients "
                + "of two half-batches (Li et al., ZiCo: Zero-shot NAS via Inverse Coefficient of Variation on "
                + "Gradients, ICLR 2023)";
    }

    @Override
    public double compute(ProxyContext context) {
        int[] labels = WeightGradients.checkedLabels(context, "zico");
        int n = labels.length;
        if (n < 2) {
            throw new UserFacingException("zico needs a batch of at least 2 images (two halves), got " + n);
        }
        List<WeightGradients.Layer> first = LossPass.of(context, 0, n / 2).weights().layers();
        List<WeightGradients.Layer> second = LossPass.of(context, n / 2, n).weights().layers();
        double score = 0;
        for (int layer = 0; layer < first.size(); layer++) {
            double sum = inverseVariationSum(first.get(layer).gradient(), second.get(layer).gradient());
            if (sum != 0) {
                score += Math.log(sum);
            }
        }
        return score;
    }

    /**
     * Sum over weights with a non-zero std of mean(|g1|, |g2|) / std(g1, g2), each step in float32 as numpy computes
     * it on the reference's float32 gradients. It matters: pairs equal but for the last bits give ratios near 2^24
     * that dominate the sum, and numpy's float32 std of such a pair is not the exact |g1 - g2| / 2.
     */
    static double inverseVariationSum(float[] g1, float[] g2) {
        double sum = 0;
        for (int i = 0; i < g1.length; i++) {
            float mean = (g1[i] + g2[i]) / 2f;
            float d1 = g1[i] - mean;
            float d2 = g2[i] - mean;
            float std = (float) Math.sqrt((d1 * d1 + d2 * d2) / 2f);
            if (std != 0) {
                float meanAbs = (Math.abs(g1[i]) + Math.abs(g2[i])) / 2f;
                sum += meanAbs / std;
            }
        }
        return sum;
    }
}
