package org.naswot.store;

import java.time.Instant;
import java.util.List;

/**
 * One row of {@code sweeps} with its points in the order they run.
 *
 * @param gridJson   the grid as asked (a JSON object); equal grids are the same sweep
 * @param finishedAt null until every point's run has finished
 */
public record SweepInfo(long id, String gridJson, RunStatus status, String toolVersion, Instant startedAt,
                        Instant finishedAt, List<Point> points) {

    /**
     * One point of the grid.
     *
     * @param pointJson this point's settings (a JSON object)
     * @param runId     its scoring run once it has one, else null
     */
    public record Point(int position, String pointJson, Long runId) {
    }
}
