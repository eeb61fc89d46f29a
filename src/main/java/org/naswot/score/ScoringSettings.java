package org.naswot.score;

import org.naswot.data.InputKind;

/**
 * Everything that determines a score besides the architecture: two runs with equal settings give equal
 * scores for the same architecture, so stored scores can be reused.
 *
 * @param batchSeed seed of the mini-batch draw (the same batch for every architecture of a run)
 * @param initSeed  base seed of the weight initialisation (each architecture derives its own from it)
 * @param device    "cpu" or "gpu" / "gpu:N"
 * @param weightSeeds what each architecture's weight seed is derived from besides initSeed (its canonical form
 *                    unless a reproduction asks for the benchmark index)
 * @param batchDigest SHA-256 of the batch actually scored (shape and float32 values, see
 *                    {@code org.naswot.data.BatchDigest}): the same seed draws other images from another image
 *                    pool (the built-in 4,000 CIFAR-10 images vs. all 50,000), so the seed alone does not identify
 *                    the batch; null for rows stored before digests, which are then never reused for new requests
 * @param protocol    the procedure ({@link ScoringProtocol}): under vkdnw the networks are Kaiming-initialised and
 *                    the NASWOT score is taken on Gaussian noise drawn from batchSeed (the digest is the images')
 */
public record ScoringSettings(String space, String dataset, InputKind input, int batchSize, long batchSeed,
                              long initSeed, ReluCounting counting, String device, String batchDigest,
                              WeightSeeds weightSeeds, ScoringProtocol protocol) {

    public ScoringSettings {
        java.util.Objects.requireNonNull(protocol, "protocol");
    }

    /** Settings of the paper's protocol. */
    public ScoringSettings(String space, String dataset, InputKind input, int batchSize, long batchSeed,
                           long initSeed, ReluCounting counting, String device, String batchDigest,
                           WeightSeeds weightSeeds) {
        this(space, dataset, input, batchSize, batchSeed, initSeed, counting, device, batchDigest, weightSeeds,
                ScoringProtocol.PAPER);
    }

    /**
     * Version of the computation behind a score: raised whenever a change to the network builders, initialisation,
     * kernel or log-determinant changes any score, so stored scores of an older computation are never reused.
     * Stored with each run (scoring_runs.scoring_version) and part of the reuse key.
     * 2: kxk convolutions whose channel count is not a multiple of 16 run channel-padded (Conv2d), because libtorch
     * 2.7.1's oneDNN kernels summed them wrongly on some machines (NAS-Bench-101 cells, NDS widths such as 24).
     * 3: weight seeds follow the architecture's canonical form by default ({@link WeightSeeds}); the settings record
     * which rule a run used.
     * 4: in reference counting, the ReLUs of DARTS-family cell states that do not reach the output (loose ends left
     * out of the concat, and what only they read) no longer count: the reference's backward pass never reaches them.
     */
    public static final int SCORING_VERSION = 4;

    /** A stable text of every key component, for hashing (claims) and messages. */
    public String keyText() {
        return String.join("|", space, dataset, input.cliName(), Integer.toString(batchSize), Long.toString(batchSeed),
                Long.toString(initSeed), counting.cliName(), device, String.valueOf(batchDigest),
                "v" + SCORING_VERSION, "seeds=" + weightSeeds.cliName())
                // the paper's keys stay as they were, so values stored before protocols are reused
                + (protocol == ScoringProtocol.PAPER ? "" : "|protocol=" + protocol.cliName());
    }

    /** Settings whose batch is not identified by content (stored rows from before batch digests; tests). */
    public ScoringSettings(String space, String dataset, InputKind input, int batchSize, long batchSeed, long initSeed,
                           ReluCounting counting, String device) {
        this(space, dataset, input, batchSize, batchSeed, initSeed, counting, device, null);
    }

    /** Settings with the default weight seeds (by the architecture's canonical form). */
    public ScoringSettings(String space, String dataset, InputKind input, int batchSize, long batchSeed, long initSeed,
                           ReluCounting counting, String device, String batchDigest) {
        this(space, dataset, input, batchSize, batchSeed, initSeed, counting, device, batchDigest,
                WeightSeeds.ARCHITECTURE);
    }

    /** The same settings for a batch with this content digest (see {@code org.naswot.data.BatchDigest}). */
    public ScoringSettings withBatchDigest(String digest) {
        return new ScoringSettings(space, dataset, input, batchSize, batchSeed, initSeed, counting, device, digest,
                weightSeeds, protocol);
    }
}
