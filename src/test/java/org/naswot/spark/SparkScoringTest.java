package org.naswot.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.InputKind;
import org.naswot.run.Sampling;
import org.naswot.run.ScoreEngine;
import org.naswot.run.ScoringRun;
import org.naswot.run.ScoringSession;
import org.naswot.run.SpaceContext;
import org.naswot.data.DataDirectory;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;
import org.naswot.store.RunStatus;
import org.naswot.testing.SharedData;

/**
 * Scoring on Spark ({@code local[2]}: two executor threads in this JVM) gives the single-process rows bit for bit,
 * survives a failed task, and resumes an interrupted run with only what is missing.
 */
class SparkScoringTest {
    private static final String LABEL = "spark test";
    private static final ScoringSession.Config CONFIG = new ScoringSession.Config("nb201", "cifar10",
            InputKind.DATASET, 16, 3, 3, ReluCounting.REFERENCE, "cpu", null);
    private static ScoringSession session;
    private static List<Architecture> archs;
    /** The single-process run's rows, the reference for every Spark run. */
    private static List<ScoreResult> local;

    @BeforeAll
    static void scoreInThisProcess(@TempDir Path dir) {
        SpaceContext ctx = SpaceContext.open(CONFIG.space(), DataDirectory.resolve(SharedData.dataDir()));
        session = ScoringSession.open(CONFIG, ctx, n -> { });
        archs = new ArrayList<>();
        for (int i : Sampling.distinct(ctx.space().size(), 8, 3)) {
            archs.add(ctx.space().architecture(i));
        }
        try (ResultStore store = ResultStore.open(dir.resolve("local.sqlite"))) {
            ScoringRun.Outcome o = session.run(store).execute(archs, LABEL, ScoringRun.Listener.NONE, () -> false);
            local = withoutTimes(store.scores(o.runId()));
        }
        assertEquals(8, local.size());
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    @Test
    void localTwoScoresTheSameRowsAsTheSingleProcessRun(@TempDir Path dir) {
        List<ScoreResult> reported = new ArrayList<>();
        try (ResultStore store = ResultStore.open(dir.resolve("spark.sqlite"));
             ScoreEngine engine = engine("local[2]", 3)) {
            ScoringRun.Outcome o = session.run(store, engine).execute(archs, LABEL,
                    (r, reused, done, total) -> reported.add(r), () -> false);
            assertEquals(8, o.computed());
            assertEquals(RunStatus.FINISHED, store.run(o.runId()).orElseThrow().status());
            assertEquals(local, withoutTimes(store.scores(o.runId())), "stored rows, scores bit for bit");
            // reported in request order, as the single-process run reports them
            assertEquals(archs.stream().map(Architecture::index).toList(),
                    reported.stream().map(ScoreResult::index).toList());
        }
    }

    @Test
    void aTaskThatFailsOnceIsRetriedWithoutLosingOrRepeatingRows(@TempDir Path dir) {
        int before = InjectedFault.thrown();
        try (ResultStore store = ResultStore.open(dir.resolve("retry.sqlite"));
             // local[2,2]: two threads, a task may fail twice
             ScoreEngine engine = ((SparkScoreEngine) engine("local[2,2]", 4)).probing(new InjectedFault(1))) {
            ScoringRun.Outcome o = session.run(store, engine).execute(archs, LABEL, ScoringRun.Listener.NONE,
                    () -> false);
            assertEquals(before + 1, InjectedFault.thrown(), "partition 1's first attempt failed");
            assertEquals(8, o.computed());
            assertEquals(local, withoutTimes(store.scores(o.runId())));
        }
    }

    @Test
    void withoutRetriesTheInjectedFaultFailsTheRun(@TempDir Path dir) {
        try (ResultStore store = ResultStore.open(dir.resolve("fail.sqlite"));
             ScoreEngine engine = ((SparkScoreEngine) engine("local[2]", 4)).probing(new InjectedFault(0))) {
            ScoringRun run = session.run(store, engine);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> run.execute(archs, LABEL, ScoringRun.Listener.NONE, () -> false));
            assertTrue(e.getMessage().contains("injected fault"), e.getMessage());
        }
    }

    @Test
    void anInterruptedRunResumesWithOnlyTheMissingArchitectures(@TempDir Path dir) {
        try (ResultStore store = ResultStore.open(dir.resolve("resume.sqlite"))) {
            AtomicInteger seen = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            ScoringRun.Outcome first;
            try (ScoreEngine engine = engine("local[2]", 8)) {
                first = session.run(store, engine).execute(archs, LABEL, (r, reused, done, total) -> {
                    if (seen.incrementAndGet() == 3) {
                        stop.set(true);
                    }
                }, stop::get, RunStatus.INTERRUPTED);
            }
            assertTrue(first.cancelled());
            Set<Integer> stored = new HashSet<>();
            store.scores(first.runId()).forEach(r -> stored.add(r.index()));
            assertTrue(stored.size() >= 3 && stored.size() < 8, "interrupted mid-way: " + stored);

            List<Integer> sent = new ArrayList<>();
            ScoringRun.Outcome resumed;
            try (ScoreEngine engine = recording(engine("local[2]", null), sent)) {
                resumed = session.run(store, engine).execute(archs, LABEL, ScoringRun.Listener.NONE, () -> false);
            }
            assertEquals(first.runId(), resumed.runId(), "the same run resumes");
            assertFalse(resumed.cancelled());
            Set<Integer> missing = new HashSet<>();
            archs.stream().map(Architecture::index).filter(i -> !stored.contains(i)).forEach(missing::add);
            assertEquals(missing, new HashSet<>(sent), "only the missing architectures went to Spark");
            assertEquals(missing.size(), sent.size());
            assertEquals(missing.size(), resumed.computed());
            assertEquals(local, withoutTimes(store.scores(resumed.runId())));
        }
    }

    private static ScoreEngine engine(String master, Integer partitions) {
        return SparkEngines.create(CONFIG, session, SharedData.dataDir(), 1, master, partitions);
    }

    /** The engine, remembering which architectures it was asked to score. */
    private static ScoreEngine recording(ScoreEngine engine, List<Integer> sent) {
        return new ScoreEngine() {
            @Override
            public void score(List<Architecture> architectures, Consumer<ScoreResult> sink,
                              BooleanSupplier cancelled) {
                architectures.forEach(a -> sent.add(a.index()));
                engine.score(architectures, sink, cancelled);
            }

            @Override
            public String name() {
                return engine.name();
            }

            @Override
            public void close() {
                engine.close();
            }
        };
    }

    /** Rows with their compute times zeroed: everything else must match exactly. */
    private static List<ScoreResult> withoutTimes(List<ScoreResult> rows) {
        return rows.stream().map(r -> new ScoreResult(r.space(), r.index(), r.arch(), r.score(), r.reluUnits(),
                r.params(), 0)).toList();
    }
}
