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

    @Override
    protected Integer call() {
        updateMessage("Preparing run " + run.id() + "'s batch\u2026");
        String what = String.join(", ", proxies);
        return ProxyBackfill.fill(db, data, run, proxies, (done, total) -> {
            updateProgress(done, total);
            updateMessage(String.format(Locale.ROOT, "Computing %s: %,d of %,d architectures", what, done, total));
        }, this::isCancelled, notes);
    }

    public List<String> proxies() {
        return proxies;
    }
}
