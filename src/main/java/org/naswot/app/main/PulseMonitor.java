package org.naswot.app.main;

import java.util.Arrays;
import javafx.animation.AnimationTimer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the gaps between JavaFX pulses: while the UI is responsive the FX thread renders about 60 frames
 * a second, so a long gap means the UI froze (target while scoring: under 100 ms). Keeps every gap since the
 * last reset, so a single warm-up hiccup can be told apart from a sluggish UI.
 */
public final class PulseMonitor extends AnimationTimer {
    private volatile long last;
    private long[] gaps = new long[1024];
    private int count;
    /** Wall-clock end and length of the long gaps, so they can be matched with a profiler's timeline. */
    private final List<String> longGaps = new ArrayList<>();

    @Override
    public void handle(long now) {
        if (last != 0) {
            if (count == gaps.length) {
                gaps = Arrays.copyOf(gaps, count * 2);
            }
            gaps[count++] = now - last;
            if (now - last > 100_000_000L && longGaps.size() < 200) {
                longGaps.add(Instant.now() + " " + (now - last) / 1_000_000 + " ms");
            }
        }
        last = now;
    }

    /** The last pulse's time (JavaFX stamps pulses with System.nanoTime()), 0 while stopped. */
    long lastPulseNanos() {
        return last;
    }

    public double longestGapMillis() {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, gaps[i]);
        }
        return max / 1e6;
    }

    /** The gap that 99% of frames stay within. */
    public double percentileGapMillis(double percentile) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(gaps, count);
        Arrays.sort(sorted);
        return sorted[(int) Math.min(count - 1, Math.floor(percentile / 100 * count))] / 1e6;
    }

    public int gapsOver(double millis) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            n += gaps[i] > millis * 1e6 ? 1 : 0;
        }
        return n;
    }

    public int frames() {
        return count;
    }

    /** One line for the status bar and logs. */
    public String summary() {
        int over = gapsOver(100);
        return String.format("UI while scoring: longest pause %.0f ms, 99%% of %d frames within %.0f ms, %d pause%s over 100 ms",
                longestGapMillis(), frames(), percentileGapMillis(99), over, over == 1 ? "" : "s");
    }

    /** Each gap over 100 ms since the last reset: when it ended (UTC) and how long it was. */
    public List<String> longGaps() {
        return List.copyOf(longGaps);
    }

    @Override
    public void stop() {
        super.stop();
        last = 0;
    }

    public void reset() {
        last = 0;
        count = 0;
        longGaps.clear();
    }
}
