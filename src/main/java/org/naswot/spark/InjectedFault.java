package org.naswot.spark;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test hook: with the system property {@value #PROPERTY} set to a partition number, the first attempt of that
 * partition's task fails after scoring its first architecture, so tests can watch Spark retry it. Unset, it does
 * nothing.
 */
final class InjectedFault {
    static final String PROPERTY = "naswot.spark.failFirstAttemptOfPartition";
    private static final AtomicInteger THROWN = new AtomicInteger();

    private InjectedFault() {
    }

    static void maybeThrow(int partition, int attempt) {
        if (attempt == 0 && Integer.toString(partition).equals(System.getProperty(PROPERTY))) {
            THROWN.incrementAndGet();
            throw new IllegalStateException("injected fault in the first attempt of partition " + partition);
        }
    }

    /** How many faults this JVM has injected. */
    static int thrown() {
        return THROWN.get();
    }
}
