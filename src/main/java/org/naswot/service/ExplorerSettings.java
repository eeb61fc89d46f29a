package org.naswot.service;

import java.nio.file.Path;
import org.naswot.data.InputKind;
import org.naswot.run.ScoringSession;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoringProtocol;

/**
 * One scoring request as the pickers describe it.
 *
 * @param sample   number of random cells, or 0 for the whole space
 * @param protocol the procedure (weights, noise input); one that fixes the batch size scores that batch, as
 *                 score-space --protocol does (the window shows the picker at it)
 */
public record ExplorerSettings(String space, String dataset, String accuracyColumn, InputKind input, int batchSize,
                               long seed, ReluCounting counting, String device, int sample, ScoringProtocol protocol) {

    /** A request of the paper's protocol. */
    public ExplorerSettings(String space, String dataset, String accuracyColumn, InputKind input, int batchSize,
                            long seed, ReluCounting counting, String device, int sample) {
        this(space, dataset, accuracyColumn, input, batchSize, seed, counting, device, sample, ScoringProtocol.PAPER);
    }

    /** The batch size scored: the protocol's when it fixes one. */
    public int scoredBatchSize() {
        return protocol.batchSize() == 0 ? batchSize : protocol.batchSize();
    }

    /** One seed's run of score-space --protocol P --seed S (its first protocol seed). */
    public ScoringSession.Config scoringConfig() {
        return new ScoringSession.Config(space, dataset, input, scoredBatchSize(), seed, seed, counting, device,
                (Path) null, org.naswot.score.WeightSeeds.ARCHITECTURE, protocol);
    }

    /** The label under which the run is stored, so reopening the app or rerunning resumes it. */
    public String label() {
        // as the command line would say it; noise is named, since a history row otherwise reads like an image run
        return "gui " + (input == InputKind.NOISE ? "--input noise " : "")
                + (protocol == ScoringProtocol.PAPER ? "" : "--protocol " + protocol.cliName() + " ")
                + (sample > 0 ? "--sample " + sample + " --seed " + seed : "--all");
    }
}
