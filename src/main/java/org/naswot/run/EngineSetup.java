package org.naswot.run;

/**
 * libtorch reads its thread counts once, when the engine starts: set them before anything touches DJL.
 * One inter-op thread: networks are scored one at a time, parallelism is inside each operation.
 */
public final class EngineSetup {
    private EngineSetup() {
    }

    /** @param intraOpThreads threads per operation; null keeps libtorch's default (all cores) */
    public static void threads(Integer intraOpThreads) {
        if (intraOpThreads != null) {
            if (intraOpThreads < 1) {
                throw new org.naswot.common.UserFacingException("--threads must be at least 1, got " + intraOpThreads);
            }
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(intraOpThreads));
        }
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }

    /**
     * Architectures to score at once on this machine's CPU: one per {@code threadsPerWorker} cores, at most 8 (each
     * worker holds one network's activations).
     */
    public static int cpuWorkers(int threadsPerWorker) {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors() / Math.max(1, threadsPerWorker)));
    }

    /**
     * Changes libtorch's threads per operation after the engine has started, for threads that start using libtorch
     * from now on (each adopts the count at its first parallel operation; threads already running keep theirs).
     * Returns the count before, to restore it afterwards.
     */
    public static int intraOpThreadsForNewThreads(int intraOpThreads) {
        return org.naswot.score.IntraOpThreads.forNewThreads(intraOpThreads);
    }
}
