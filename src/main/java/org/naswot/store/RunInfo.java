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
 */
public record RunInfo(long id, ScoringSettings settings, String label, Integer requested, String toolVersion,
                      RunStatus status, Instant startedAt, Instant finishedAt, long scored) {
}
