package org.naswot.run;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.naswot.data.BatchDigest;
import org.naswot.data.DataDirectory;
import org.naswot.data.ImageBatch;
import org.naswot.data.InputKind;
import org.naswot.data.NoiseBatch;
import org.naswot.score.ComputeDevice;
import org.naswot.score.NaswotScorer;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoringProtocol;
import org.naswot.score.ScoringSettings;
import org.naswot.score.WeightSeeds;
import org.naswot.store.ResultStore;

/**
 * Everything needed to score architectures of one space under one set of settings: the space, the batch,
 * the device, the scorer. The command line and the GUI both start here.
 */
public final class ScoringSession implements AutoCloseable {
    private static final String NWOT = org.naswot.score.Measures.NWOT;

    /**
     * @param batchFile a given .npy batch instead of a drawn one, or null
     */
    public record Config(String space, String dataset, InputKind input, int batchSize, long seed, long initSeed,
                         ReluCounting counting, String device, Path batchFile, WeightSeeds weightSeeds,
                         ScoringProtocol protocol) {

        /** A configuration of the paper's protocol. */
        public Config(String space, String dataset, InputKind input, int batchSize, long seed, long initSeed,
                      ReluCounting counting, String device, Path batchFile, WeightSeeds weightSeeds) {
            this(space, dataset, input, batchSize, seed, initSeed, counting, device, batchFile, weightSeeds,
                    ScoringProtocol.PAPER);
        }

        /** The configuration of a protocol's k-th repeated run: batch and weight seeds both moved on by k. */
        public Config withSeedOffset(int k) {
            return new Config(space, dataset, input, batchSize, seed + k, initSeed + k, counting, device, batchFile,
                    weightSeeds, protocol);
        }

        /** A configuration with weight seeds by the architecture's canonical form. */
        public Config(String space, String dataset, InputKind input, int batchSize, long seed, long initSeed,
                      ReluCounting counting, String device, Path batchFile) {
            this(space, dataset, input, batchSize, seed, initSeed, counting, device, batchFile,
                    WeightSeeds.ARCHITECTURE);
        }

        /** The configuration that recomputes a stored run's scores (its batch drawn again from the same seed). */
        public static Config replaying(ScoringSettings s) {
            return new Config(s.space(), s.dataset(), s.input(), s.batchSize(), s.batchSeed(), s.initSeed(),
                    s.counting(), s.device(), null, s.weightSeeds(), s.protocol());
        }
    }

    private final SpaceContext context;
    private final ImageBatch batch;
    /** What the NASWOT score is taken on: the batch, or the protocol's Gaussian noise of its shape. */
    private final ImageBatch scoreBatch;
    private final ComputeDevice device;
    private final ScoringSettings settings;
    private final NaswotScorer scorer;
    private final int classes;

    private ScoringSession(SpaceContext context, ImageBatch batch, ImageBatch scoreBatch, ComputeDevice device,
                           ScoringSettings settings, NaswotScorer scorer, int classes) {
        this.classes = classes;
        this.context = context;
        this.batch = batch;
        this.scoreBatch = scoreBatch;
        this.device = device;
        this.settings = settings;
        this.scorer = scorer;
    }

    /** @param notes receives warnings worth showing the user (batch fallbacks, device fallback) */
    public static ScoringSession open(Config c, DataDirectory data, Consumer<String> notes) {
        SpaceContext context = SpaceContext.open(c.space(), data);
        return open(c, context, notes);
    }

    public static ScoringSession open(Config c, SpaceContext context, Consumer<String> notes) {
        ImageBatch batch = context.batch(c.dataset(), c.input(), c.batchSize(), c.seed(), c.batchFile(), notes);
        return open(c, context, batch, notes);
    }

    /**
     * A session on a batch drawn elsewhere: a distributed run's workers score the driver's very images, whatever
     * image pool their own data directories hold.
     */
    public static ScoringSession open(Config c, SpaceContext context, ImageBatch batch, Consumer<String> notes) {
        int classes = context.datasetClasses(c.dataset());
        ComputeDevice device = ComputeDevice.select(c.device());
        if (!device.note().isEmpty()) {
            notes.accept(device.note());
        }
        // a given batch file replaces the draw: record it as its own input kind so scores are not mixed up
        String datasetKey = c.batchFile() == null ? c.dataset() : c.dataset() + ":" + c.batchFile().getFileName();
        ScoringSettings settings = new ScoringSettings(context.key(), datasetKey, c.input(), batch.size(), c.seed(),
                c.initSeed(), c.counting(), device.label(), BatchDigest.of(batch), c.weightSeeds(), c.protocol());
        ImageBatch scoreBatch = c.protocol().noiseInputFor(NWOT) ? noise(batch, c.seed()) : batch;
        NaswotScorer scorer = new NaswotScorer(context.builder(), scoreBatch, classes, c.counting(), device);
        return new ScoringSession(context, batch, scoreBatch, device, settings, scorer, classes);
    }

    /** N(0,1) noise of the batch's shape drawn from {@code seed}, as {@code --input noise} draws it. */
    private static ImageBatch noise(ImageBatch batch, long seed) {
        return NoiseBatch.gaussian(batch.size(), batch.channels(), batch.height(), seed);
    }

    /** Outputs of the scored networks (the dataset's classes), e.g. for proxies computed beside the score. */
    public int classes() {
        return classes;
    }

    public ScoringRun run(ResultStore store) {
        return new ScoringRun(settings, batch, scorer, store);
    }

    /** @param engine scores the architectures the store lacks elsewhere (see {@link ScoreEngine}) */
    public ScoringRun run(ResultStore store, ScoreEngine engine) {
        return new ScoringRun(settings, batch, scorer, store, engine);
    }

    /** @param workers architectures scored at once in this process, each on its own {@link #newScorer()} */
    public ScoringRun run(ResultStore store, int workers) {
        return new ScoringRun(settings, batch, scorer, store, workers, this::newScorer);
    }

    public SpaceContext context() {
        return context;
    }

    public ImageBatch batch() {
        return batch;
    }

    /** The Gaussian noise the session's protocol feeds some measures instead of {@link #batch()} (same seed, shape). */
    public ImageBatch noise() {
        return noise(batch, settings.batchSeed());
    }

    public ComputeDevice device() {
        return device;
    }

    public ScoringSettings settings() {
        return settings;
    }

    public NaswotScorer scorer() {
        return scorer;
    }

    /** Another scorer of this session (same network builder, batch, counting and device), for a parallel worker. */
    public NaswotScorer newScorer() {
        return new NaswotScorer(context.builder(), scoreBatch, classes, settings.counting(), device);
    }

    @Override
    public void close() {
        scorer.close();
    }
}
