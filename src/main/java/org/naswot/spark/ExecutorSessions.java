package org.naswot.spark;

import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.naswot.data.ImageBatch;
import org.naswot.run.EngineSetup;
import org.naswot.run.ScoringSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scoring sessions of one executor JVM, kept across its tasks: libtorch loads once per JVM (DJL's engine is a
 * process-wide singleton), and each session (one scorer with its own native memory root) serves one task at a time,
 * so concurrent tasks of one JVM (the threads of {@code local[N]}, or executor cores) never share a scorer. The pool
 * of a run holds as many sessions as tasks ever ran at once in this JVM.
 */
final class ExecutorSessions {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorSessions.class);
    private static final Map<String, Deque<ScoringSession>> IDLE = new ConcurrentHashMap<>();
    private static boolean prepared;

    private ExecutorSessions() {
    }

    /** An idle session of this run, or a new one. */
    static ScoringSession borrow(String runKey, ScoringJob job, ShippedBatch batch) {
        ScoringSession s = IDLE.computeIfAbsent(runKey, k -> new ConcurrentLinkedDeque<>()).pollFirst();
        return s != null ? s : open(job, batch.toImageBatch());
    }

    static void giveBack(String runKey, ScoringSession session) {
        IDLE.computeIfAbsent(runKey, k -> new ConcurrentLinkedDeque<>()).addFirst(session);
    }

    /** Frees a finished run's sessions (in {@code local} mode the driver's JVM is the executor's). */
    static void closeAll(String runKey) {
        Deque<ScoringSession> idle = IDLE.remove(runKey);
        if (idle != null) {
            idle.forEach(ScoringSession::close);
        }
    }

    private static ScoringSession open(ScoringJob job, ImageBatch batch) {
        prepareEngine(job);
        ScoringSession session = ScoringSession.open(job.config(),
                org.naswot.run.SpaceContext.open(job.space(), job.dataDirectory()), batch, LOG::warn);
        String key = session.settings().keyText();
        if (!key.equals(job.settingsKey())) {
            session.close();
            throw new IllegalStateException("this executor's scoring settings " + key + " differ from the driver's "
                    + job.settingsKey() + ": driver and executors must run the same naswot version");
        }
        return session;
    }

    /**
     * Settings libtorch reads once, when DJL first loads it: the same defaults as the launcher (offline, the bundled
     * CPU natives unless PYTORCH_LIBRARY_PATH points at another libtorch) and the run's threads per task. Anything
     * already set (by the launcher, spark.executor.extraJavaOptions or spark.executorEnv) wins.
     */
    private static synchronized void prepareEngine(ScoringJob job) {
        if (prepared) {
            return;
        }
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        boolean ownLibtorch = System.getenv("PYTORCH_LIBRARY_PATH") != null
                || System.getProperty("PYTORCH_LIBRARY_PATH") != null;
        boolean flavorSet = System.getenv("PYTORCH_FLAVOR") != null || System.getProperty("PYTORCH_FLAVOR") != null;
        if (!ownLibtorch && !flavorSet) {
            System.setProperty("PYTORCH_FLAVOR", "cpu");
        }
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            EngineSetup.threads(job.threads());
        }
        prepared = true;
    }
}
