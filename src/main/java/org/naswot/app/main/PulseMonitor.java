package org.naswot.app.main;

import javafx.animation.AnimationTimer;

/**
 * Measures the longest gap between JavaFX pulses: while the UI is responsive the FX thread renders about
 * 60 frames a second, so a long gap means the UI froze (target while scoring: under 100 ms).
 */
public final class PulseMonitor extends AnimationTimer {
    private long last;
    private long longestNanos;

    @Override
    public void handle(long now) {
        if (last != 0) {
            longestNanos = Math.max(longestNanos, now - last);
        }
        last = now;
    }

    public double longestGapMillis() {
        return longestNanos / 1e6;
    }

    public void reset() {
        last = 0;
        longestNanos = 0;
    }
}
