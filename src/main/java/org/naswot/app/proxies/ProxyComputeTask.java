package org.naswot.app.proxies;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.naswot.data.DataDirectory;
import org.naswot.run.proxies.ProxyBackfill;
import org.naswot.store.RunInfo;

/**
 * Computes a stored run's missing proxy values in the background ({@link ProxyBackfill}): progress per architecture,
 * and a cancel that keeps every value computed so far (each is stored as it comes). The value is how many
 * architectures got new values.
 */
public final class ProxyComputeTask extends Task<Integer> {
    private final Path db;
    private final DataDirectory data;
    private final RunInfo run;
    private final List<String> proxies;
    private final Consumer<String> notes;

    public ProxyComputeTask(Path db, DataDirectory data, RunInfo run, List<String> proxies, Consumer<String> notes) {
        this.db = db;
        this.data = data;
        this.run = run;
        this.proxies = List.copyOf(proxies);
        this.notes = notes;
    }

    /** Called now and then while values arrive (they are stored as they come), so views can show them (N14). */
    private volatile Runnable arrived = () -> { };
    private static final long SHOW_EVERY_NANOS = 5_000_000_000L;

    public void setOnArrived(Runnable r) {
        arrived = r == null ? () -> { } : r;
    }

    @Override
    protected Integer call() {
        updateMessage("Preparing run " + run.id() + "'s batch\u2026");
        String what = String.join(", ", proxies);
        long start = System.nanoTime();
        long[] lastShown = {start};
        return ProxyBackfill.fill(db, data, run, proxies, (done, total) -> {
            updateProgress(done, total);
            long now = System.nanoTime();
            updateMessage(String.format(Locale.ROOT, "Computing %s: %,d of %,d architectures%s", what, done, total,
                    eta(done, total, (now - start) / 1e9)));
            if (now - lastShown[0] > SHOW_EVERY_NANOS) {
                lastShown[0] = now;
                arrived.run();
            }
        }, this::isCancelled, notes);
    }

    /** ", about 3 min left" from the rate so far; empty before the first architecture is done. */
    static String eta(int done, int total, double elapsedSeconds) {
        if (done <= 0 || done >= total) {
            return "";
        }
        double left = elapsedSeconds / done * (total - done);
        return left < 90 ? String.format(Locale.ROOT, ", about %.0f s left", Math.max(1, left))
                : left < 5400 ? String.format(Locale.ROOT, ", about %.0f min left", left / 60)
                : String.format(Locale.ROOT, ", about %.1f h left", left / 3600);
    }

    public List<String> proxies() {
        return proxies;
    }
}
