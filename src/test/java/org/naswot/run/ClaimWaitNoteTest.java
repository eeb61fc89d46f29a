package org.naswot.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;
import org.naswot.testing.SharedData;

/** A run that waits for another live process's claim says so, naming who holds it, instead of waiting silently. */
class ClaimWaitNoteTest {
    private static final ScoringSession.Config CONFIG = new ScoringSession.Config("nb201", "cifar10", InputKind.NOISE,
            8, 1, 1, ReluCounting.REFERENCE, "cpu", null);

    @Test
    void waitingForAnotherProcesssClaimIsANote(@TempDir Path dir) throws Exception {
        for (int workers : new int[] {1, 2}) {
            try (ScoringSession session = ScoringSession.open(CONFIG, DataDirectory.resolve(SharedData.dataDir()),
                    n -> { });
                 ResultStore store = ResultStore.open(dir.resolve("w" + workers + ".sqlite"))) {
                List<Architecture> archs = List.of(session.context().space().architecture(5),
                        session.context().space().architecture(6));
                // a live holder: this very process under another owner
                assertTrue(store.claim(session.settings(), 6, "another-run"));
                List<String> notes = new CopyOnWriteArrayList<>();
                Thread releaser = new Thread(() -> {
                    while (notes.isEmpty()) {
                        Thread.onSpinWait();
                    }
                    store.release(session.settings(), 6, "another-run");
                });
                releaser.start();
                ScoringRun run = workers == 1 ? session.run(store) : session.run(store, workers);
                ScoringRun.Outcome outcome = run.onNote(notes::add).execute(archs, "t", ScoringRun.Listener.NONE,
                        () -> false);
                releaser.join();
                assertEquals(2, outcome.results().size());
                assertEquals(1, notes.size(), notes.toString());
                assertTrue(notes.get(0).startsWith("architecture 6 is being scored by pid "
                        + ProcessHandle.current().pid() + " on ") && notes.get(0).contains("same settings"),
                        notes.get(0));
            }
        }
    }
}
