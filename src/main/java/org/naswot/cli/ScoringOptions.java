package org.naswot.cli;

import java.nio.file.Path;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import picocli.CommandLine.Option;

/** What determines a score besides the architecture, shared by every command that scores networks. */
public final class ScoringOptions {

    @Option(names = "--space", defaultValue = org.naswot.spaces.SpaceModules.DEFAULT_ID, description = "Search space: ${sys:naswot.spaces}, or a declarative descriptor file (my-space.json). Default "
            + "${DEFAULT-VALUE}.")
    String space;

    @Option(names = "--stem-channels", paramLabel = "C",
            description = "nb101 only: stem width of the scored networks; 128 as the benchmark trained them (default), "
                    + "16 as the paper's released scoring code built them. Scores are stored per width.")
    Integer stemChannels;

    @Option(names = "--dataset", defaultValue = "cifar10", description = "Images to score on (default ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--batch-size", defaultValue = "128", description = "Mini-batch size (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the mini-batch draw and of weight initialisation (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--init-seed", description = "Seed of weight initialisation when it should differ from --seed.")
    Long initSeed;

    @Option(names = "--weight-seeds", defaultValue = "architecture", paramLabel = "architecture|index",
            description = "What each architecture's weight seed derives from besides --init-seed: its canonical form (default; one network, one score, however it is addressed) or its benchmark index (the rule of versions before scoring version 3, to reproduce their scores).")
    String weightSeeds;

    @Option(names = "--relu-count", defaultValue = "reference",
            description = "reference (the paper's code: ReLUs inside ReLUConvBN count twice) or once (each ReLU once, Eq. 1). Default ${DEFAULT-VALUE}.")
    String reluCount;

    @Option(names = "--input", defaultValue = "dataset", description = "dataset images or Gaussian noise (the paper's ablation). Default ${DEFAULT-VALUE}.")
    String input;

    @Option(names = "--device", defaultValue = "cpu", description = "cpu, gpu or gpu:N; falls back to the CPU with a note when no GPU is usable (default ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--threads", description = "libtorch threads per operation. Default: libtorch's own, one per "
            + "physical core (bench prints the count). score-space on the CPU scores several architectures at once "
            + "(--workers, one per core) with cores / workers threads each, so 1; --engine spark: 1 per task.")
    Integer threads;

    /** Picocli calls this while parsing, before anything scores: the scorers read the choice when they are built. */
    @Option(names = "--kernel", paramLabel = "popcount|gemm",
            description = "How K's agreement counts are summed: popcount (packed codes, XOR-popcount on the host; the CPU "
                    + "default) or gemm (a float S S^T product per ReLU on the device; the GPU default). The same K "
                    + "either way; also -Dnaswot.kernel or NASWOT_KERNEL.")
    void kernel(String method) {
        System.setProperty(org.naswot.score.KernelMethod.PROPERTY,
                org.naswot.score.KernelMethod.fromName(method).cliName());
    }

    @Option(names = "--batch", paramLabel = "FILE.npy", description = "Score on this float32 [B,3,H,W] batch instead of drawing one.")
    Path batchFile;

    ReluCounting counting() {
        return ReluCounting.fromCli(reluCount);
    }

    InputKind inputKind() {
        return InputKind.fromCli(input);
    }

    /** The scoring configuration these options describe. */
    org.naswot.run.ScoringSession.Config config() {
        return new org.naswot.run.ScoringSession.Config(spaceKey(), dataset, inputKind(), batchSize, seed, effectiveInitSeed(),
                counting(), device, batchFile, weightSeeds());
    }

    /** As {@link #config()} under {@code protocol}, with the batch size it settled on. */
    org.naswot.run.ScoringSession.Config config(org.naswot.score.ScoringProtocol protocol, int protocolBatchSize) {
        return new org.naswot.run.ScoringSession.Config(spaceKey(), dataset, inputKind(), protocolBatchSize, seed,
                effectiveInitSeed(), counting(), device, batchFile, weightSeeds(), protocol);
    }

    /** The space plus any network variant, as {@link org.naswot.run.SpaceContext#open} reads it. */
    String spaceKey() {
        // a descriptor file (--space my-space.json) is read here and named by its id from then on
        String id = org.naswot.spaces.SpaceModules.resolve(space);
        return stemChannels == null ? id : id + "/stem" + stemChannels;
    }

    org.naswot.score.WeightSeeds weightSeeds() {
        return org.naswot.score.WeightSeeds.fromCli(weightSeeds);
    }

    long effectiveInitSeed() {
        return initSeed != null ? initSeed : seed;
    }
}
