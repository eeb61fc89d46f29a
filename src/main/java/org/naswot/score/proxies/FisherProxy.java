package org.naswot.score.proxies;


/**
 * Fisher pruning's channel saliency as zero-cost-nas (and so NASLib) computes it with {@code bn=True}: for each
 * conv/linear output channel k, g_nk = sum over pixels of activation x d(mean cross-entropy)/d(activation) per
 * image n, and del_k = 0.5 * mean_n g_nk^2. The reference then broadcasts del_k to every weight of channel k
 * (weight.shape[1:], i.e. in-channels x kernel pixels) before summing, so each channel counts fan-in times:
 * that quirk is reproduced. A layer off the loss's path has zero gradients and contributes 0, as there.
 * g_nk is read in {@link LossPass} as the gradient of a gate of ones multiplying the layer's output: d/d(gate) of
 * gate x activation is the activation, so the gate's gradient is the sum over pixels of activation x
 * d(loss)/d(output).
 */
public final class FisherProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "fisher";
    }

    @Override
    public String description() {
        return "sum over conv/linear channels of fan-in x 0.5 mean over images of (sum over pixels of activation x "
                + "loss gradient)^2 (Turner et al., BlockSwap, ICLR 2020; Abdelfattah et al., ICLR 2021)";
    }

    @Override
    public double compute(ProxyContext context) {
        double sum = 0;
        for (LayerTerms layer : context.lossPass().channels()) {
            for (int k = 0; k < layer.channels(); k++) {
                double squares = 0;
                for (int i = 0; i < layer.images(); i++) {
                    double v = layer.g()[i * layer.channels() + k];
                    squares += v * v;
                }
                sum += 0.5 * squares / layer.images() * layer.weightsPerChannel();
            }
        }
        return sum;
    }

    /**
     * One layer's g_nk, image-major ({@code g[n * channels + k]}), and the number of weights per output channel
     * the reference broadcasts each channel's value over.
     */
    record LayerTerms(float[] g, int images, int channels, long weightsPerChannel) {
    }
}
