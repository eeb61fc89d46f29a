package org.naswot.score;

import ai.djl.pytorch.jni.JniUtils;

/**
 * libtorch's threads per operation, per calling thread. With OpenMP each thread has its own count, adopted from a
 * process-wide value at its first parallel operation; {@code set_num_threads} sets both the calling thread's and
 * the process-wide value. A gradient's sums are split over the operation's threads, so a weight gradient (and every
 * proxy built on one) changes in its last digits with the count: proxies are computed on threads pinned here to one.
 */
public final class IntraOpThreads {
    private static final Object PINNING = new Object();

    private IntraOpThreads() {
    }

    /**
     * Makes the calling thread's operations use {@code threads} threads from now on, and leaves the value that threads
     * starting later adopt as it was (restored from a short-lived helper thread, since restoring it here would undo the
     * calling thread's own count).
     */
    public static void pinCurrentThread(int threads) {
        synchronized (PINNING) {
            int adopted = JniUtils.getNumThreads(); // also completes this thread's lazy initialisation first
            if (adopted == threads) {
                return;
            }
            JniUtils.setNumThreads(threads);
            Thread restore = new Thread(() -> JniUtils.setNumThreads(adopted), "naswot-thread-count");
            restore.start();
            try {
                restore.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Changes the count that threads adopt at their first parallel operation from now on (threads already running keep
     * theirs), and the calling thread's; returns the count before.
     */
    public static int forNewThreads(int threads) {
        int before = JniUtils.getNumThreads();
        JniUtils.setNumThreads(threads);
        return before;
    }

    /** The calling thread's count. */
    public static int ofCurrentThread() {
        return JniUtils.getNumThreads();
    }
}
