package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.naswot.data.ImageBatch;
import org.naswot.nn.Module;
import org.naswot.nn.NetworkBuilder;
import org.naswot.nn.WeightInitializer;
import org.naswot.space.Architecture;

/**
 * Everything the proxies need for one architecture, with one NDManager that owns every array they create
 * (closed with the context). Each proxy gets its own freshly initialised network, so a proxy that alters
 * weights (synflow) cannot affect another; the loss gradients shared by snip and grad_norm are computed once.
 */
public final class ProxyContext implements AutoCloseable {
    private final Architecture architecture;
    private final NetworkBuilder builder;
    private final ImageBatch batch;
    private final int classes;
    private final long seed;
    private final NDManager manager;
    private WeightGradients lossGradients;

    ProxyContext(Architecture architecture, NetworkBuilder builder, ImageBatch batch, int classes, long seed,
                 NDManager manager) {
        this.architecture = architecture;
        this.builder = builder;
        this.batch = batch;
        this.classes = classes;
        this.seed = seed;
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

    /** A new network with the dataset's classifier, initialised exactly as NASWOT initialises it. */
    public Module freshNetwork() {
        Module network = builder.build(architecture, classes);
        WeightInitializer.initialize(network, manager, seed);
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

    /** Gradients of the cross-entropy on the batch w.r.t. the conv/linear weights, computed on first use. */
    public WeightGradients lossGradients() {
        if (lossGradients == null) {
            lossGradients = WeightGradients.ofCrossEntropy(this);
        }
        return lossGradients;
    }

    @Override
    public void close() {
        manager.close();
    }
}
