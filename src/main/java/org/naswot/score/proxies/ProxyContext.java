package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.naswot.data.ImageBatch;
import org.naswot.nn.Module;
import org.naswot.space.NetworkBuilder;
import org.naswot.space.Architecture;

/**
 * Everything the proxies need for one architecture, with one NDManager that owns every array they create
 * (closed with the context). Each proxy gets its own freshly initialised network, so a proxy that alters
 * weights (synflow) cannot affect another; passes that several proxies read (the cross-entropy gradients of snip,
 * grad_norm, fisher and grasp; the input Jacobian of jacov and epe_nas) are computed once, on first use.
 */
public final class ProxyContext implements AutoCloseable {
    private final Architecture architecture;
    private final NetworkBuilder builder;
    private final ImageBatch batch;
    private final int classes;
    private final long seed;
    private final NetworkWeights weights;
    private final NDManager manager;
    private LossPass lossPass;
    private double[][] inputJacobian;
    private AzNasParts azNasParts;

    ProxyContext(Architecture architecture, NetworkBuilder builder, ImageBatch batch, int classes, long seed,
                 NetworkWeights weights, NDManager manager) {
        this.architecture = architecture;
        this.builder = builder;
        this.batch = batch;
        this.classes = classes;
        this.seed = seed;
        this.weights = weights;
        this.manager = manager;
    }

    public Architecture architecture() {
        return architecture;
    }

    public ImageBatch batch() {
        return batch;
    }

    /** The dataset's class count: the width of the classifier the proxies differentiate through. */
    public int classes() {
        return classes;
    }

    /** The weight-initialisation seed (NASWOT's, for the same run seed and architecture). */
    public long seed() {
        return seed;
    }

    public NDManager manager() {
        return manager;
    }

    /** A new network with the dataset's classifier and the context's initial weights (NASWOT's, by default). */
    public Module freshNetwork() {
        Module network = builder.build(architecture, classes);
        weights.assign(network, manager);
        return network;
    }

    /** The network's structure only (no weights), e.g. to count parameters. */
    public Module structure() {
        return builder.build(architecture, classes);
    }

    /** The batch as an NCHW float32 array. */
    public NDArray input() {
        return manager.create(batch.pixels(), new Shape(batch.size(), batch.channels(), batch.height(), batch.width()));
    }

    /** The cross-entropy pass (weight gradients and fisher's channel terms), computed on first use. */
    LossPass lossPass() {
        if (lossPass == null) {
            lossPass = LossPass.of(this);
        }
        return lossPass;
    }

    /** Gradients of the cross-entropy on the batch w.r.t. the conv/linear weights, computed on first use. */
    public WeightGradients lossGradients() {
        return lossPass().weights();
    }

    /** The per-image input Jacobians of the sum of the logits ({@link InputJacobian}), computed on first use. */
    double[][] inputJacobian() {
        if (inputJacobian == null) {
            inputJacobian = InputJacobian.rows(this);
        }
        return inputJacobian;
    }

    /** AZ-NAS's expressivity, progressivity and trainability, computed on first use (one pass for the three). */
    AzNasParts azNasParts() {
        if (azNasParts == null) {
            azNasParts = AzNasParts.of(this);
        }
        return azNasParts;
    }

    /** The initial conv/linear weights, flattened, without running the network when no pass has yet. */
    List<float[]> initialWeights() {
        if (lossPass != null) {
            return lossPass.weights().layers().stream().map(WeightGradients.Layer::weight).toList();
        }
        return PrunableWeights.of(freshNetwork()).stream().map(p -> p.value().toFloatArray()).toList();
    }

    @Override
    public void close() {
        manager.close();
    }
}
