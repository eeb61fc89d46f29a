package org.naswot.score;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.naswot.data.ImageBatch;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Module;
import org.naswot.space.NetworkBuilder;
import org.naswot.nn.StateDictLoader;
import org.naswot.nn.WeightInitializer;
import org.naswot.space.Architecture;

/**
 * The NASWOT score: one forward pass of the untrained network over one mini-batch, BatchNorm on batch
 * statistics, the Hamming kernel of the ReLU codes, log|det K|. No gradients are needed: the reference's
 * Jacobian pass only arms its hooks and gives a bit-identical K.
 *
 * <p>Each architecture gets its own NDManager, closed after scoring, so native memory stays flat over
 * long runs. Networks are built with one output, as the reference scorer does (the classifier comes after
 * the last ReLU and cannot change K); parameters are reported for the dataset's class count.
 */
public final class NaswotScorer implements AutoCloseable {
    private final NDManager root;
    private final ImageBatch batch;
    private final ComputeDevice device;
    private final ReluCounting counting;
    private final NetworkBuilder builder;
    private final int datasetClasses;
    private final KernelMethod kernelMethod;

    public NaswotScorer(NetworkBuilder builder, ImageBatch batch, int datasetClasses, ReluCounting counting,
                        ComputeDevice device) {
        this(builder, batch, datasetClasses, counting, device, KernelMethod.forDevice(device.device()));
    }

    /** @param kernelMethod how K's counts are summed (the same K either way; see {@link KernelMethod}) */
    public NaswotScorer(NetworkBuilder builder, ImageBatch batch, int datasetClasses, ReluCounting counting,
                        ComputeDevice device, KernelMethod kernelMethod) {
        this.kernelMethod = kernelMethod;
        this.builder = builder;
        this.batch = batch;
        this.datasetClasses = datasetClasses;
        this.counting = counting;
        this.device = device;
        this.root = NDManager.newBaseManager(device.device());
    }

    public KernelScore score(Architecture architecture, Weights weights) {
        return score(architecture, weights, false, ActivationRecorder.NONE);
    }

    /**
     * Scores like {@link #score(Architecture, Weights)} but checks {@code cancelled} at every ReLU and stops the
     * forward pass with a {@link ScoringCancelledException} once it answers true.
     */
    public KernelScore score(Architecture architecture, Weights weights, java.util.function.BooleanSupplier cancelled) {
        return score(architecture, weights, false, (x, twice) -> {
            if (cancelled.getAsBoolean()) {
                throw new ScoringCancelledException();
            }
        });
    }

    /**
     * @param keepKernelAndLogits return K and the logits (for tests, heatmaps, --json details)
     * @param observer            also sees every ReLU input (e.g. the lecture mode's per-layer codes)
     */
    public KernelScore score(Architecture architecture, Weights weights, boolean keepKernelAndLogits,
                             ActivationRecorder observer) {
        return score(architecture, weights, keepKernelAndLogits, observer, ScoreProfile.OFF);
    }

    /** As {@link #score(Architecture, Weights)}, booking where the time goes in {@code profile}. */
    public KernelScore profiled(Architecture architecture, Weights weights, ScoreProfile profile) {
        return score(architecture, weights, false, ActivationRecorder.NONE, profile);
    }

    private KernelScore score(Architecture architecture, Weights weights, boolean keepKernelAndLogits,
                              ActivationRecorder observer, ScoreProfile profile) {
        long start = System.nanoTime();
        profile.begin();
        builder.requireFits(architecture, batch.size(), batch.height());
        try (NDManager manager = root.newSubManager()) {
            Module network;
            if (weights instanceof Weights.StateDictFile file) {
                ai.djl.ndarray.NDList entries = StateDictLoader.read(manager, file.file());
                network = builder.build(architecture, StateDictLoader.outputs(entries));
                StateDictLoader.load(network, entries, file.file());
                profile.lap("network build and weight loading");
            } else if (weights instanceof Weights.Carried carried) {
                network = builder.build(architecture, 1);
                carried.assign().accept(network, manager);
                profile.lap("network build and weight loading");
            } else {
                network = builder.build(architecture, 1);
                profile.lap("network build");
                Weights.Seeded seeded = (Weights.Seeded) weights;
                WeightInitializer.initialize(network, manager, seeded.seed(), seeded.rule());
                profile.lap("weight initialisation (Java generator, copy to libtorch)");
            }
            NDArray input = manager.create(batch.pixels(),
                    new Shape(batch.size(), batch.channels(), batch.height(), batch.width()));
            KernelAccumulator kernel = new KernelAccumulator(manager, batch.size(), counting, kernelMethod);
            ActivationRecorder recorder = observer == ActivationRecorder.NONE ? kernel : new Observed(kernel, observer);
            profile.lap("input batch to libtorch");
            NDArray output = network.forward(input, profile.timing(recorder));
            profile.skipLap();
            if (output.isNaN().any().getBoolean()) {
                // inputs and weights are checked finite when loaded: this arose inside the network
                throw new org.naswot.common.UserFacingException("a NaN appeared inside the network of architecture "
                        + architecture.index() + " (" + architecture.encoding() + ") although its input batch and "
                        + "weights are finite; its score is undefined");
            }
            profile.lap("NaN check of the output");
            float[] logits = keepKernelAndLogits ? output.toFloatArray() : null;
            double[][] k = kernel.kernel();
            profile.lap("kernel to the host (double)");
            double logDet = LogDeterminant.of(k);
            profile.lap("log-determinant (Cholesky/LU)");
            long params = builder.build(architecture, datasetClasses).trainableParameterCount();
            profile.lap("parameter count");
            double seconds = (System.nanoTime() - start) / 1e9;
            KernelScore score = new KernelScore(logDet, kernel.units(), kernel.hookedModules(), params,
                    keepKernelAndLogits ? k : null, logits, seconds);
            manager.close(); // here to time the freeing; closing again at the end of the try does nothing
            profile.lap("freeing the architecture's native memory");
            return score;
        }
    }

    /**
     * The kernel and an observer both see every ReLU, each with what the ReLU says of itself (reached or not). No ReLU
     * is reused ({@link ActivationRecorder#reluReuse()} stays null): the observer sees every output computed.
     */
    private record Observed(KernelAccumulator kernel, ActivationRecorder observer) implements ActivationRecorder {
        @Override
        public void record(NDArray rectified, boolean twice) {
            kernel.record(rectified, twice);
            observer.record(rectified, twice);
        }

        @Override
        public void recordUnreached(NDArray rectified, boolean twice) {
            kernel.recordUnreached(rectified, twice);
            observer.recordUnreached(rectified, twice);
        }
    }

    public ReluCounting counting() {
        return counting;
    }

    public KernelMethod kernelMethod() {
        return kernelMethod;
    }

    public ComputeDevice device() {
        return device;
    }

    public ImageBatch batch() {
        return batch;
    }

    @Override
    public void close() {
        root.close();
    }
}
