package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.naswot.data.ImageBatch;

/**
 * TE-NAS's number of linear regions as the NB201 scoring code of AZ-NAS and VKDNW runs it (their
 * compute_te_nas_score.py, from VITA-Group/TENAS lib/procedures/linear_region_counter.py): one batch of Gaussian noise
 * of the batch's shape (their {@code torch.randn(input_size)}; labels and images unused) through the network in
 * training mode (BatchNorm on batch statistics), the sign of every 4-D ReLU output, and for each image 1 / the number
 * of images with the same pattern, summed: the number of distinct activation patterns, i.e. of the linear regions
 * the batch falls in. Higher is better.
 * The noise is drawn with {@code java.util.Random(seed).nextGaussian()} (the run's initialisation seed) in place of
 * torch's generator, so that the reference script can draw the same values (src/tools/proxy_reference_vk.py).
 */
public final class LinearRegionsProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "linear_regions";
    }

    @Override
    public String description() {
        return "number of distinct ReLU activation patterns over a batch of Gaussian noise (Chen et al., TE-NAS: "
                + "Neural Architecture Search on ImageNet in Four GPU Hours, ICLR 2021)";
    }

    @Override
    public double compute(ProxyContext context) {
        return ReluPatterns.of(context.freshNetwork(), noise(context), false).linearRegions();
    }

    /** N(0, 1) noise of the batch's shape, from java.util.Random(seed), in C order. */
    static NDArray noise(ProxyContext context) {
        ImageBatch b = context.batch();
        return context.manager().create(gaussian(context.seed(), b.size() * b.channels() * b.height() * b.width()),
                new Shape(b.size(), b.channels(), b.height(), b.width()));
    }

    static float[] gaussian(long seed, int count) {
        Random random = new Random(seed);
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            out[i] = (float) random.nextGaussian();
        }
        return out;
    }
}
