package org.naswot.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.SweepGrid;
import org.naswot.run.SweepPoint;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.WeightSeeds;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.naswot.store.RunStatus;
import org.naswot.store.SweepInfo;
import org.naswot.testing.SharedData;

/**
 * A sweep killed in the middle of a point (an injected fault thrown from inside the scoring loop, as a crash would
 * stop it) finishes on resume with the very numbers of a sweep that ran through: the finished points are not redone,
 * the interrupted point continues its own run.
 */
class SweepResumeTest {

    /** The failure a crash would raise in the middle of a point. */
    static final class InjectedFault extends RuntimeException {
        InjectedFault() {
            super("injected fault");
        }
    }

    private static final SweepGrid GRID = new SweepGrid(List.of("nb201"), "cifar10", 4, List.of(1L, 2L),
            List.of(8, 16), List.of(ReluCounting.REFERENCE), List.of(InputKind.DATASET), "cpu",
            WeightSeeds.ARCHITECTURE);

    private static DataDirectory data() {
        return DataDirectory.resolve(SharedData.dataDir());
    }

    /** Counts what each point scores; throws the fault after {@code failAfter} architectures of point {@code at}. */
    private static final class Recorder implements SweepService.Listener {
        final int at;
        final int failAfter;
        int position = -1;
        final List<Integer> finishedBefore = new ArrayList<>();
        int computed;
        int ended;

        @Override
        public void pointEnded(int p, long runId, org.naswot.run.ScoringRun.Outcome outcome) {
            ended++;
        }

        Recorder(int at, int failAfter) {
            this.at = at;
            this.failAfter = failAfter;
        }

        @Override
        public void pointStarted(int p, int points, SweepPoint point, boolean finished) {
            position = p;
            if (finished) {
                finishedBefore.add(p);
            }
        }

        @Override
        public void scored(ScoreResult result, boolean reused, int done, int total) {
            if (!reused) {
                computed++;
            }
            if (position == at && done == failAfter) {
                throw new InjectedFault();
            }
        }
    }

    @Test
    void aSweepKilledInTheMiddleFinishesOnResumeWithTheNumbersOfOneThatRanThrough(@TempDir Path dir) {
        SweepService straight = new SweepService(dir.resolve("straight.sqlite"), data());
        long straightId = straight.open(GRID);
        SweepService.Outcome through = straight.execute(straightId, 1, new Recorder(-1, 0), () -> false,
                RunStatus.INTERRUPTED);
        assertEquals(4, through.pointsScored());

        SweepService killed = new SweepService(dir.resolve("killed.sqlite"), data());
        long id = killed.open(GRID);
        Recorder first = new Recorder(2, 2);
        assertThrows(InjectedFault.class, () -> killed.execute(id, 1, first, () -> false, RunStatus.INTERRUPTED));
        SweepInfo stopped = killed.sweep(id);
        assertEquals(RunStatus.INTERRUPTED, stopped.status(), "a failed sweep is left to be continued");
        assertNotNull(stopped.points().get(1).runId());
        assertNull(stopped.points().get(2).runId(), "the point in flight has no finished run");
        RunInfo interrupted = new RunHistory(killed.db(), data()).runs().get(2);
        assertEquals(RunStatus.INTERRUPTED, interrupted.status());
        assertEquals(2, interrupted.scored(), "the scores before the fault are stored");

        // the same grid asked again is the same sweep, and it continues
        assertEquals(id, killed.open(GRID));
        Recorder second = new Recorder(-1, 0);
        SweepService.Outcome resumed = killed.execute(id, 1, second, () -> false, RunStatus.INTERRUPTED);
        assertEquals(List.of(0, 1), second.finishedBefore, "finished points are not redone");
        assertEquals(2, resumed.pointsAlreadyFinished());
        assertEquals(2 + 4, second.computed, "two architectures of the interrupted point, then all of the last");
        SweepInfo done = killed.sweep(id);
        assertEquals(RunStatus.FINISHED, done.status());
        assertEquals(interrupted.id(), done.points().get(2).runId(), "the interrupted point continued its run");

        RunComparison.Comparison a = straight.results(straight.sweep(straightId), null, 200);
        RunComparison.Comparison b = killed.results(done, null, 200);
        assertEquals(List.of(RunSetting.BATCH_SIZE), b.groupBy(), "grouped by the varying settings but the seed");
        assertEquals(4, b.rows().size());
        for (int i = 0; i < 4; i++) {
            assertEquals(scores(straight, a.rows().get(i).run()), scores(killed, b.rows().get(i).run()),
                    "point " + i + ": the same scores");
            assertEquals(a.rows().get(i).tau(), b.rows().get(i).tau());
            assertEquals(a.rows().get(i).tauInterval(), b.rows().get(i).tauInterval());
        }
        assertEquals(a.groups(), b.groups().stream().map(g -> new RunComparison.Group(g.key(),
                a.groups().get(b.groups().indexOf(g)).runIds(), g.withTau(), g.meanTau(), g.stdTau())).toList());
        assertEquals(2, b.groups().size());
        assertEquals(2, b.groups().get(0).withTau());
    }

    @Test
    void aCancelledSweepStopsBetweenPointsAndIsOfferedForContinuing(@TempDir Path dir) {
        SweepService sweeps = new SweepService(dir.resolve("c.sqlite"), data());
        long id = sweeps.open(GRID);
        Recorder r = new Recorder(-1, 0);
        SweepService.Outcome o = sweeps.execute(id, 1, r, () -> r.ended >= 1, RunStatus.CANCELLED);
        assertTrue(o.stopped());
        assertEquals(1, o.pointsScored());
        assertEquals(List.of(id), sweeps.unfinished().stream().map(SweepInfo::id).toList());
        assertEquals(1, sweeps.finishedPoints(sweeps.sweep(id)));
    }

    private static Map<Integer, Double> scores(SweepService s, RunInfo run) {
        try (ResultStore store = ResultStore.openReadOnly(s.db())) {
            Map<Integer, Double> out = new java.util.TreeMap<>();
            store.scores(run.id()).forEach(r -> out.put(r.index(), r.score()));
            return out;
        }
    }
}
