package org.naswot.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line on stderr, redrawn in place ({@code \r}) on a terminal and printed as separate lines
 * otherwise, at most a few times per second whatever the update rate; the last state is always printed by
 * {@link #finish()}.
 */
final class ProgressLine {
    static final long INTERVAL_NANOS = 250_000_000L;

    /** Formats done/total (total -1 when unknown) as the text after the label. */
    @FunctionalInterface
    interface Format {
        String text(long done, long total);
    }

    private final PrintWriter err;
    private final String label;
    private final Format format;
    private final boolean inPlace;
    private final LongSupplier clock;
    private long lastPrint = Long.MIN_VALUE;
    private long done = -1;
    private long total = -1;
    private boolean printedSinceUpdate = true;
    private boolean open;

    ProgressLine(PrintWriter err, String label, Format format, boolean inPlace, LongSupplier clock) {
        this.err = err;
        this.label = label;
        this.format = format;
        this.inPlace = inPlace;
        this.clock = clock;
    }

    ProgressLine(PrintWriter err, String label, Format format) {
        this(err, label, format, System.console() != null, System::nanoTime);
    }

    synchronized void update(long done, long total) {
        this.done = done;
        this.total = total;
        printedSinceUpdate = false;
        long now = clock.getAsLong();
        if (lastPrint == Long.MIN_VALUE || now - lastPrint >= INTERVAL_NANOS) {
            print();
            lastPrint = now;
        }
    }

    /** Prints the final state (if not shown yet) and ends the line. */
    synchronized void finish() {
        if (!printedSinceUpdate) {
            print();
        }
        if (open) {
            err.println();
            err.flush();
            open = false;
        }
    }

    private void print() {
        String text = label + ": " + format.text(done, total);
        if (inPlace) {
            err.print("\r" + text);
            open = true;
        } else {
            err.println(text);
        }
        err.flush();
        printedSinceUpdate = true;
    }

    /** "42% (71.4 of 170.1 MB)", or "71.4 MB" when the total is unknown. */
    static String bytes(long done, long total) {
        if (total <= 0) {
            return String.format(Locale.ROOT, "%.1f MB", done / 1e6);
        }
        return String.format(Locale.ROOT, "%d%% (%.1f of %.1f MB)", percent(done, total), done / 1e6, total / 1e6);
    }

    /** "42% (1,234 of 2,938 architectures)", or "1,234 architectures" when the total is unknown. */
    static String items(long done, long total, String unit) {
        if (total <= 0) {
            return String.format(Locale.ROOT, "%,d %s", done, unit);
        }
        return String.format(Locale.ROOT, "%d%% (%,d of %,d %s)", percent(done, total), done, total, unit);
    }

    private static long percent(long done, long total) {
        return Math.min(100, done * 100 / total);
    }
}
