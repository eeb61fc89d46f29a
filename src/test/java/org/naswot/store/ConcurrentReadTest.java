package org.naswot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.naswot.store.StoreFixtures.score;
import static org.naswot.store.StoreFixtures.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentReadTest {

    @TempDir
    Path dir;

    @Test
    void readerSeesEachCommittedRowWhileTheWriterIsStillOpen() {
        Path file = dir.resolve("live.sqlite");
        try (ResultStore writer = ResultStore.open(file)) {
            long run = writer.startRun(settings(), "live", 5);
            try (ResultStore reader = ResultStore.openReadOnly(file)) {
                for (int i = 0; i < 5; i++) {
                    writer.addScore(run, score(i));
                    assertEquals(i + 1, reader.scoredIndices(run).size(), "after committing row " + i);
                    assertEquals(i + 1, reader.requireRun(run).scored());
                }
                assertEquals(RunStatus.RUNNING, reader.requireRun(run).status());
                writer.finishRun(run, RunStatus.FINISHED);
                assertEquals(RunStatus.FINISHED, reader.requireRun(run).status());
            }
        }
    }

    @Test
    void readingInParallelNeitherBlocksNorFailsTheWriter() throws Exception {
        Path file = dir.resolve("parallel.sqlite");
        int rows = 150;
        try (ResultStore writer = ResultStore.open(file); ResultStore reader = ResultStore.openReadOnly(file)) {
            long run = writer.startRun(settings(), null, rows);
            AtomicReference<Throwable> writerFailure = new AtomicReference<>();
            Thread writing = new Thread(() -> {
                try {
                    for (int i = 0; i < rows; i++) {
                        writer.addScore(run, score(i));
                    }
                } catch (Throwable t) {
                    writerFailure.set(t);
                }
            });
            List<Integer> seen = new ArrayList<>();
            writing.start();
            while (writing.isAlive()) {
                seen.add(reader.scores(run).size());
            }
            writing.join();
            assertEquals(null, writerFailure.get());
            seen.add(reader.scores(run).size());
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i) >= seen.get(i - 1), "row count went backwards: " + seen);
            }
            assertEquals(rows, seen.get(seen.size() - 1));
        }
    }
}
