package org.naswot.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundPriorityTest {

    @Test
    void lowersOnlyTheCallingThreadAndThreadsItStartsInheritIt() throws Exception {
        OptionalInt mine = BackgroundPriority.currentNice();
        assumeTrue(mine.isPresent() && mine.getAsInt() < BackgroundPriority.NICE, "needs Linux /proc and nice < 10");
        AtomicReference<Object[]> seen = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            boolean lowered = BackgroundPriority.lowerCurrentThread();
            int after = BackgroundPriority.currentNice().orElse(-100);
            // a thread started from the lowered one, as libtorch's OpenMP workers are
            AtomicReference<Integer> child = new AtomicReference<>();
            Thread c = new Thread(() -> child.set(BackgroundPriority.currentNice().orElse(-100)));
            c.start();
            try {
                c.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            seen.set(new Object[] {lowered, after, child.get(), BackgroundPriority.lowerCurrentThread()});
        });
        worker.start();
        worker.join();
        Object[] r = seen.get();
        assumeTrue((Boolean) r[0], "renice not available here");
        assertEquals(BackgroundPriority.NICE, (int) (Integer) r[1]);
        assertEquals(BackgroundPriority.NICE, (int) (Integer) r[2], "child threads inherit the nice value");
        assertTrue((Boolean) r[3], "a second call is a no-op that still reports lowered");
        assertEquals(mine.getAsInt(), BackgroundPriority.currentNice().getAsInt(), "the caller's thread is untouched");
    }
}
