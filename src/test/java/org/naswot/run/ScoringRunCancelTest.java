package org.naswot.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;
import org.naswot.store.RunStatus;
import org.naswot.testing.SharedData;

/** Cancel stops a forward pass in the middle, drops only that architecture, and the rerun resumes. */
class ScoringRunCancelTest {

    @Test
    void cancelInsideAForwardPassStopsAtOnceAndTheRerunCompletes(@TempDir Path dir) {
        ScoringSession.Config config = new ScoringSession.Config("nb201", "cifar10", InputKind.NOISE, 8, 1, 1,
                ReluCounting.REFERENCE, "cpu", null);
        try (ScoringSession session = ScoringSession.open(config, DataDirectory.resolve(SharedData.dataDir()), n -> { });
             ResultStore store = ResultStore.open(dir.resolve("r.sqlite"))) {
            List<Architecture> archs = List.of(session.context().space().architecture(100),
                    session.context().space().architecture(200));
            // the run checks once before the architecture, then the forward pass checks at every ReLU
            AtomicInteger checks = new AtomicInteger();
            ScoringRun.Outcome cancelled = session.run(store).execute(archs, "cancel test", (r, reused, d, t) -> { },
                    () -> checks.incrementAndGet() > 5);
            assertTrue(cancelled.cancelled());
            assertEquals(0, cancelled.results().size(), "the architecture in flight is dropped");
            assertTrue(checks.get() == 6, "stopped at the first check that said cancel, inside the network: " + checks);
            assertEquals(RunStatus.CANCELLED, store.run(cancelled.runId()).orElseThrow().status());
            assertTrue(store.scores(cancelled.runId()).isEmpty());

            ScoringRun.Outcome resumed = session.run(store).execute(archs, "cancel test", (r, reused, d, t) -> { },
                    () -> false);
            assertFalse(resumed.cancelled());
            assertEquals(cancelled.runId(), resumed.runId(), "the same run resumes");
            assertEquals(2, resumed.results().size());
            assertTrue(Double.isFinite(resumed.results().get(0).score()));
        }
    }
}
