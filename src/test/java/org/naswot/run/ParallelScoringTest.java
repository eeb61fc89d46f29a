package org.naswot.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;
import org.naswot.store.RunStatus;
import org.naswot.testing.SharedData;

/** Several workers in one process give the one-thread scores, in request order, and keep resume and claims. */
class ParallelScoringTest {
    private static final ScoringSession.Config CONFIG = new ScoringSession.Config("nb201", "cifar10", InputKind.NOISE,
            8, 1, 1, ReluCounting.REFERENCE, "cpu", null);

    private static List<Architecture> archs(ScoringSession session, int... indices) {
        List<Architecture> list = new ArrayList<>();
        for (int i : indices) {
            list.add(session.context().space().architecture(i));
        }
        return list;
    }

    @Test
    void threeWorkersGiveTheScoresOfOneInRequestOrder(@TempDir Path dir) {
        try (ScoringSession session = ScoringSession.open(CONFIG, DataDirectory.resolve(SharedData.dataDir()), n -> { });
             ResultStore one = ResultStore.open(dir.resolve("one.sqlite"));
             ResultStore three = ResultStore.open(dir.resolve("three.sqlite"))) {
            // 7 is listed twice: scored once, the second time it counts as a stored score
            List<Architecture> archs = archs(session, 7, 15624, 300, 7, 9000, 42);
            ScoringRun.Outcome serial = session.run(one).execute(archs, "t", ScoringRun.Listener.NONE, () -> false);
            List<Integer> order = new ArrayList<>();
            List<Boolean> reused = new ArrayList<>();
            ScoringRun.Outcome parallel = session.run(three, 3).execute(archs, "t", (r, re, d, t) -> {
                order.add(r.index());
                reused.add(re);
            }, () -> false);
            assertEquals(List.of(7, 15624, 300, 7, 9000, 42), order);
            assertEquals(List.of(false, false, false, true, false, false), reused);
            assertEquals(serial.computed(), parallel.computed());
            assertEquals(5, parallel.computed());
            for (int i = 0; i < archs.size(); i++) {
                assertEquals(serial.results().get(i).score(), parallel.results().get(i).score(), 0.0,
                        "bit for bit: " + archs.get(i).encoding());
            }
            assertEquals(5, three.scores(parallel.runId()).size(), "each result stored by its worker");
            assertEquals(RunStatus.FINISHED, three.run(parallel.runId()).orElseThrow().status());

            // the same request again: all from the store, nothing computed
            ScoringRun.Outcome again = session.run(three, 3).execute(archs, "t", ScoringRun.Listener.NONE,
                    () -> false);
            assertEquals(0, again.computed());
            assertEquals(parallel.results().stream().map(ScoreResult::score).toList(),
                    again.results().stream().map(ScoreResult::score).toList());
        }
    }

    @Test
    void aCancelledParallelRunKeepsWhatItFinishedAndReleasesItsClaims(@TempDir Path dir) {
        try (ScoringSession session = ScoringSession.open(CONFIG, DataDirectory.resolve(SharedData.dataDir()), n -> { });
             ResultStore store = ResultStore.open(dir.resolve("r.sqlite"))) {
            List<Architecture> archs = archs(session, 1, 2, 3, 4, 5, 6, 7, 8);
            AtomicInteger reported = new AtomicInteger();
            ScoringRun.Outcome cancelled = session.run(store, 2).execute(archs, "c", (r, re, d, t) ->
                    reported.incrementAndGet(), () -> reported.get() >= 3);
            assertTrue(cancelled.cancelled());
            assertEquals(3, cancelled.results().size());
            int stored = store.scores(cancelled.runId()).size();
            assertTrue(stored >= 3, "what the workers finished is stored: " + stored);
            for (Architecture a : archs) {
                // no claim is left behind: this process (another owner) can claim every architecture
                assertTrue(store.cachedScore(session.settings(), a.index()).isPresent()
                        || store.claim(session.settings(), a.index(), "someone-else"), "claim left on " + a.index());
            }
        }
    }
}
