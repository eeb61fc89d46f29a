package org.naswot.store;

import java.time.Instant;
import org.naswot.score.ScoringSettings;

/**
 * One row of {@code scoring_runs}, with the number of architectures scored so far (for progress in the
 * GUI's run list).
 *
 * @param label      the command line or a user's label; may be null
 * @param requested  how many architectures the run was asked to score; null when unknown
 * @param finishedAt null while running and after an interruption
 * @param scored     rows in {@code scores} for this run
 * @param title      the user's name for the run, or null
 * @param images     where the batch's images came from, e.g. "cifar10, 128 images from the NB201 train split, seed 1
 *                   (built-in: 4,000 of 50,000 CIFAR-10 training images)"; null for runs stored before it was recorded
 */
public record RunInfo(long id, ScoringSettings settings, String label, Integer requested, String toolVersion,
                      RunStatus status, Instant startedAt, Instant finishedAt, long scored, String images,
                      String title) {

    public RunInfo(long id, ScoringSettings settings, String label, Integer requested, String toolVersion,
                   RunStatus status, Instant startedAt, Instant finishedAt, long scored, String images) {
        this(id, settings, label, requested, toolVersion, status, startedAt, finishedAt, scored, images, null);
    }

    /** The user's name for the run, else its command line. */
    public String displayName() {
        return title != null && !title.isBlank() ? title : label == null ? "run " + id : label;
    }

    /** Whether the run scored the application's built-in images rather than a full dataset. */
    public boolean builtInImages() {
        return images != null && images.contains("built-in");
    }
}
