package org.naswot.cli;

import org.naswot.common.UserFacingException;
import org.naswot.score.ScoringProtocol;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --protocol} and {@code --protocol-seeds}, read the same way by score-space and score. */
final class ProtocolOptions {

    @Option(names = "--protocol", defaultValue = "paper", paramLabel = "paper|vkdnw",
            description = "paper (default): NASWOT's procedure (PyTorch's default weights, the images for every "
                    + "measure). vkdnw: the protocol of VKDNW's published table (CVPR 2025; AZ-NAS's NB201 driver): "
                    + "batch 64, Kaiming-normal fan-in weights (PyTorch's default ones for ntk_cond, linear_regions "
                    + "and zico, whose code in that driver does not re-initialise), Gaussian noise input for nwot and "
                    + "vkdnw (az_* and zen draw theirs under either protocol), the mean of --protocol-seeds runs. "
                    + "Values are stored per protocol.")
    String protocol;

    @Option(names = "--protocol-seeds", paramLabel = "N",
            description = "Runs averaged, with seeds --seed, --seed+1, ... for the batch and the weights (the "
                    + "architectures stay those of --seed); the summary's Kendall taus are the means, each run's in "
                    + "kendall_tau_seeds / proxy_kendall_tau_seeds (default: 5 with --protocol vkdnw, as its table "
                    + "averages seeds 1 to 5; 1 with paper).")
    Integer protocolSeeds;

    ScoringProtocol chosen() {
        return ScoringProtocol.fromCli(protocol);
    }

    /** --protocol-seeds, or the protocol's default. */
    int seedCount() {
        int n = protocolSeeds != null ? protocolSeeds : chosen().defaultSeeds();
        if (n < 1) {
            throw new UserFacingException("--protocol-seeds must be at least 1, got " + n);
        }
        return n;
    }

    /** --batch-size, or the protocol's (an explicit different one is refused). */
    int batchSize(ScoringOptions scoring, CommandSpec spec) {
        ScoringProtocol p = chosen();
        if (p.batchSize() == 0) {
            return scoring.batchSize;
        }
        boolean explicit = spec.commandLine().getParseResult().hasMatchedOption("--batch-size");
        if (explicit && scoring.batchSize != p.batchSize()) {
            throw new UserFacingException("--protocol " + p.cliName() + " scores batches of " + p.batchSize()
                    + " images, but --batch-size says " + scoring.batchSize
                    + ": leave --batch-size out, or use --protocol paper");
        }
        return p.batchSize();
    }

    /** A given batch file replaces the draw the protocol makes. */
    void requireDrawnBatch(ScoringOptions scoring) {
        if (scoring.batchFile != null && chosen() != ScoringProtocol.PAPER) {
            throw new UserFacingException("--batch gives the images itself, --protocol " + chosen().cliName()
                    + " draws them: leave one out");
        }
    }
}
