package org.naswot.store;

import java.time.Instant;

/**
 * One row of {@code search_runs}.
 *
 * @param finishedAt null while the search runs or when it was killed
 * @param outcome    null until {@link ResultStore#finishSearch} recorded it
 */
public record SearchRunInfo(long id, SearchSpec spec, String toolVersion, Instant startedAt, Instant finishedAt,
                            SearchOutcome outcome) {
}
