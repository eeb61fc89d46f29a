package org.naswot.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Lets the window win the CPU over scoring. With every core busy in libtorch, the JavaFX threads got only
 * their fair share of the CPU and the window paused for 100-170 ms at a time. A background thread that
 * calls {@link #lowerCurrentThread()} before it first enters libtorch runs at nice {@value #NICE}; on
 * Linux the OpenMP workers that libtorch starts from it later inherit that. A niced thread still gets
 * every idle cycle, so scoring only slows while the UI actually has work to do.
 *
 * <p>Linux: this thread is reniced with {@code renice} (per thread, via {@code /proc/thread-self}); elsewhere
 * only the Java thread's priority is lowered. Best effort: when it fails, scoring runs at normal priority.
 */
public final class BackgroundPriority {
    public static final int NICE = 10;
    private static final ThreadLocal<Boolean> LOWERED = ThreadLocal.withInitial(() -> false);

    private BackgroundPriority() {
    }

    /** Lowers the calling thread's priority once; true when its nice value is now at least {@value #NICE}. */
    public static boolean lowerCurrentThread() {
        if (LOWERED.get()) {
            return true;
        }
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        OptionalInt before = currentNice();
        if (before.isEmpty()) {
            return false;
        }
        if (before.getAsInt() < NICE) {
            try {
                String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
                Process p = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", tid)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (IOException | UnsupportedOperationException e) {
                System.getLogger(BackgroundPriority.class.getName()).log(System.Logger.Level.DEBUG,
                        "cannot lower the scoring thread's priority", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        boolean lowered = currentNice().orElse(0) >= NICE;
        LOWERED.set(lowered);
        return lowered;
    }

    /** The calling thread's nice value (Linux), empty where /proc is not available. */
    public static OptionalInt currentNice() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            // "tid (comm) state ppid ...": comm may hold spaces, so count fields after its closing parenthesis;
            // nice is field 19 of the line, the 17th after the comm
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return OptionalInt.of(Integer.parseInt(f[16]));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }
}
