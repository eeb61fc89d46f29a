package org.naswot.service;

import java.nio.file.Path;
import org.naswot.data.InputKind;
import org.naswot.run.ScoringSession;
import org.naswot.score.ReluCounting;

/**
 * One scoring request as the pickers describe it.
 *
 * @param sample number of random cells, or 0 for the whole space
 */
public record ExplorerSettings(String space, String dataset, String accuracyColumn, InputKind input, int batchSize,
                               long seed, ReluCounting counting, String device, int sample) {

    public ScoringSession.Config scoringConfig() {
        return new ScoringSession.Config(space, dataset, input, batchSize, seed, seed, counting, device, (Path) null);
    }

    /** The label under which the run is stored, so reopening the app or rerunning resumes it. */
    public String label() {
        // as the command line would say it; noise is named, since a history row otherwise reads like an image run
        return "gui " + (input == InputKind.NOISE ? "--input noise " : "")
                + (sample > 0 ? "--sample " + sample + " --seed " + seed : "--all");
    }
}
