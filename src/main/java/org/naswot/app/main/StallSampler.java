package org.naswot.app.main;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;

/**
 * Diagnostic ({@code -Dnaswot.pulse.stacks=true}): while a JavaFX pulse is overdue, samples the stacks of the FX
 * and render threads every few milliseconds, so a long pause can be traced to the code that caused it.
 */
final class StallSampler implements Runnable {
    private static final long OVERDUE_NANOS = 40_000_000L;
    private static final int FX_FRAMES = 70;
    private static final int RENDER_FRAMES = 14;
    /** Caps the report (each sample is a few kilobytes) in a long run with many pauses. */
    private static final int MAX_SAMPLES = 2000;
    private final PulseMonitor monitor;
    private final List<String> report = new ArrayList<>();

    StallSampler(PulseMonitor monitor) {
        this.monitor = monitor;
    }

    static StallSampler startIfEnabled(PulseMonitor monitor) {
        if (!Boolean.getBoolean("naswot.pulse.stacks")) {
            return null;
        }
        StallSampler s = new StallSampler(monitor);
        Thread t = new Thread(s, "naswot-stall-sampler");
        t.setDaemon(true);
        t.start();
        return s;
    }

    @Override
    public void run() {
        Map<String, Thread> watched = new LinkedHashMap<>();
        while (true) {
            try {
                Thread.sleep(4);
            } catch (InterruptedException e) {
                return;
            }
            long last = monitor.lastPulseNanos();
            if (last == 0) {
                continue;
            }
            long late = System.nanoTime() - last;
            if (late < OVERDUE_NANOS) {
                continue;
            }
            if (watched.size() < 2) {
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (t.getName().startsWith("JavaFX Application") || t.getName().startsWith("QuantumRenderer")) {
                        watched.put(t.getName(), t);
                    }
                }
            }
            StringBuilder b = new StringBuilder();
            b.append(String.format("--- %s late %d ms%n", Instant.now(), late / 1_000_000));
            for (Thread t : watched.values()) {
                b.append("  [").append(t.getName()).append("] ").append(t.getState()).append('\n');
                StackTraceElement[] st = t.getStackTrace();
                for (int i = 0; i < Math.min(st.length, t.getName().startsWith("Quantum") ? RENDER_FRAMES : FX_FRAMES); i++) {
                    b.append("      ").append(st[i]).append('\n');
                }
            }
            synchronized (report) {
                if (report.size() < MAX_SAMPLES) {
                    report.add(b.toString());
                }
            }
        }
    }

    List<String> report() {
        synchronized (report) {
            return List.copyOf(report);
        }
    }
}
