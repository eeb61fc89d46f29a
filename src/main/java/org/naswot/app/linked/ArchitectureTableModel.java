package org.naswot.app.linked;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.naswot.common.UserFacingException;
import org.naswot.service.ArchitectureTable;
import org.naswot.service.RunHistory;
import org.naswot.store.RunInfo;

/**
 * State of the architecture table and the details pane: the shown run's {@link ArchitectureTable}, read through the
 * service layer off the FX thread, and a line saying what is shown or why nothing is.
 */
public final class ArchitectureTableModel {
    static final String NOTHING = "Show one stored run (or score one) to list its architectures here.";
    private final RunHistory history;
    private final ReadOnlyObjectWrapper<ArchitectureTable> table = new ReadOnlyObjectWrapper<>(this, "table",
            ArchitectureTable.EMPTY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", NOTHING);
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "naswot-architectures-read");
        t.setDaemon(true);
        return t;
    });
    private RunInfo run;

    public ArchitectureTableModel(RunHistory history) {
        this.history = history;
    }

    /** The run whose architectures are listed (null when none). */
    public RunInfo run() {
        return run;
    }

    /** Reads a run's architectures in the background (null: empties the table, saying {@code why}). */
    public void load(RunInfo r, String why) {
        run = r;
        if (r == null) {
            table.set(ArchitectureTable.EMPTY);
            status.set(why == null ? NOTHING : why);
            return;
        }
        status.set("Reading run " + r.id() + "'s architectures\u2026");
        reader.submit(() -> {
            try {
                ArchitectureTable t = history.architectureTable(r);
                Platform.runLater(() -> {
                    if (r == run) {
                        show(t, r);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (r == run) {
                        table.set(ArchitectureTable.EMPTY);
                        status.set("Cannot read run " + r.id() + "'s architectures: " + UserFacingException.describe(e));
                    }
                });
            }
        });
    }

    /** Reads the shown run again (e.g. after proxies were computed). */
    public void reload() {
        if (run != null) {
            load(run, null);
        }
    }

    /** Shows a table read elsewhere (tests, a benchmark); {@code r} names its run, or null. */
    public void show(ArchitectureTable t, RunInfo r) {
        run = r;
        table.set(t);
        status.set(String.format(java.util.Locale.ROOT, "%,d architectures%s: %d proxies stored, %d accuracy columns.",
                t.size(), r == null ? "" : " of run " + r.id(), t.columns(ArchitectureTable.Kind.PROXY).size(),
                t.columns(ArchitectureTable.Kind.ACCURACY).size()));
    }

    /**
     * The stored proxies of one architecture for the scatter's hover card, three to a line ("synflow 12.3 · snip
     * 0.045 · ..."); empty when the table has none for it.
     */
    public String proxiesLine(int index) {
        ArchitectureTable t = table.get();
        int row = t.rowOf(index);
        if (row < 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (ArchitectureTable.Column c : t.columns()) {
            if (c.kind() != ArchitectureTable.Kind.PROXY && c.kind() != ArchitectureTable.Kind.FLOPS
                    || Double.isNaN(c.values()[row])) {
                continue;
            }
            sb.append(k == 0 ? "" : k % 3 == 0 ? "\n" : " \u00b7 ").append(c.id()).append(' ')
                    .append(ValueText.of(c.kind(), c.values()[row]));
            k++;
        }
        return sb.toString();
    }

    public ReadOnlyObjectProperty<ArchitectureTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ArchitectureTable table() {
        return table.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
