package org.naswot.spark;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fails the first attempt of one partition's task after it scored its first architecture, so tests can watch Spark
 * retry it (tasks run in this JVM with a local master, so the count is this class's).
 */
record InjectedFault(int partition) implements TaskProbe {
    private static final AtomicInteger THROWN = new AtomicInteger();

    @Override
    public void scored(int partition, int attempt) {
        if (attempt == 0 && partition == this.partition) {
            THROWN.incrementAndGet();
            throw new IllegalStateException("injected fault in the first attempt of partition " + partition);
        }
    }

    /** How many faults this JVM has injected. */
    static int thrown() {
        return THROWN.get();
    }
}
