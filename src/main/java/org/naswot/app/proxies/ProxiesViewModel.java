package org.naswot.app.proxies;

import org.naswot.figures.proxies.ProxyFigure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.run.SpaceContext;
import org.naswot.search.stats.ProxyComparison;
import org.naswot.run.proxies.RunProxyTable;
import org.naswot.score.proxies.ProxyRegistry;
import org.naswot.search.stats.ProxyQuality;
import org.naswot.search.stats.RankMethod;
import org.naswot.service.RunHistory;
import org.naswot.store.RunInfo;

/**
 * State of the Proxies view: one run's proxies (nwot and every registered proxy) against one accuracy column, the
 * correlation method and best-of-N's N, and the comparison they give. Nothing here draws; everything but
 * {@link #load}'s reading runs on the FX thread (or any single thread in tests).
 */
public final class ProxiesViewModel {
    /** The choices of N offered for best-of-N. */
    public static final List<Integer> BEST_OF_CHOICES = List.of(10, ProxyComparison.DEFAULT_BEST_OF, 1000);

    private final Path db;
    private final DataDirectory data;
    private final ObjectProperty<RankMethod> method = new SimpleObjectProperty<>(this, "method", RankMethod.SPEARMAN);
    private final IntegerProperty bestOf = new SimpleIntegerProperty(this, "bestOf", 100);
    private final ReadOnlyObjectWrapper<RunProxyTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyObjectWrapper<ProxyComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ObservableList<ProxyQuality> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper(this, "missing", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Score a sample or choose a stored run to compare its proxies.");
    /** Per space, the measures with values that "Measures…" hides (a new measure with values shows by default). */
    private final ObjectProperty<Map<String, List<String>>> hidden = new SimpleObjectProperty<>(this, "hidden",
            Map.of());
    private final ReadOnlyStringWrapper shownCount = new ReadOnlyStringWrapper(this, "shownCount", "");
    private final RunHistory history;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "naswot-proxies-read");
        t.setDaemon(true);
        return t;
    });
    private String accuracyLabel = "";
    /** Architecture indices selected in the linked views; with 3 or more of the run's, the comparison is over them. */
    private java.util.Set<Integer> restriction = java.util.Set.of();
    private RunInfo run;
    private String column;

    public ProxiesViewModel(Path db, DataDirectory data) {
        this.db = db;
        this.data = data;
        this.history = new RunHistory(db, data);
        method.addListener((o, a, b) -> compare());
        bestOf.addListener((o, a, b) -> compare());
        hidden.addListener((o, a, b) -> compare());
    }

    /** nwot, then every registered proxy. */
    public static List<String> proxies() {
        return RunProxyTable.allMeasures();
    }

    /** Reads the run's stored values in the background, then shows them (FX thread); null clears the view. */
    public void load(RunInfo r, String accuracyColumn) {
        run = r;
        column = accuracyColumn;
        if (r == null) {
            show(null, "");
            return;
        }
        status.set("Loading run " + r.id() + "\u2026");
        reader.submit(() -> {
            try {
                SpaceContext ctx = history.space(r.settings().space());
                // the picker may hold another space's column (after a space switch, review N15: the table emptied
                // and the caption read "best possible NaN"): compare against the run's own default then, and say so
                String against = accuracyColumn;
                String note = "";
                try {
                    ctx.requireAccuracyColumn(accuracyColumn);
                } catch (UserFacingException notThisSpace) {
                    against = ctx.defaultAccuracyColumn();
                    note = " (" + accuracyColumn + " is not a column of run " + r.id() + "'s space "
                            + r.settings().space() + ": its default " + against + " instead)";
                }
                RunProxyTable t = history.proxyTable(r, against, proxies());
                String label = ctx.accuracyLabel(against) + note;
                Platform.runLater(() -> {
                    if (r == run && accuracyColumn.equals(column)) {
                        show(t, label);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.set("Cannot read run " + r.id() + "'s proxies: "
                        + UserFacingException.describe(e)));
            }
        });
    }

    /** Reads the shown run again, e.g. after its missing values were computed. */
    public void reload() {
        load(run, column);
    }

    /** Shows a loaded table against the accuracy named {@code label}; null clears. */
    public void show(RunProxyTable t, String label) {
        accuracyLabel = label;
        table.set(t);
        compare();
    }

    private void compare() {
        RunProxyTable t = table.get();
        if (t == null) {
            comparison.set(null);
            rows.clear();
            heading.set("");
            caption.set("");
            shownCount.set("");
            missing.set("");
            return;
        }
        int[] subset = selectedRows(t);
        List<String> shown = shown();
        ProxyComparison c = ProxyComparison.of(columns(t, shown, subset), subset == null ? t.accuracy()
                : pick(t.accuracy(), subset), t.incomplete().stream().filter(shown::contains).toList(), method.get(),
                bestOf.get());
        comparison.set(c);
        rows.setAll(c.qualities());
        heading.set(ProxyFigure.of(c, t.run().id()).exportTitle());
        caption.set((subset == null ? "" : String.format(Locale.ROOT, "Over the %,d selected of run %d's %,d "
                + "architectures (Clear selection in Architectures to compare them all). ", subset.length, t.run().id(),
                t.size())) + "Against " + (accuracyLabel.isEmpty() ? "the accuracy" : accuracyLabel) + ". "
                + c.method() + "." + aggregateNote(t));
        missing.set(missingText(t));
        shownCount.set(String.format(Locale.ROOT, "showing %d of %d measures", shown.size(), proxies().size()));
        status.set(t.size() < 3 ? "Run " + t.run().id() + " has fewer than 3 architectures: no rank correlations."
                : shown.isEmpty() ? "No measure chosen: tick some under Measures\u2026" : "");
    }

    /** Says which rows are aggregates: ranked across this run's architectures, so they change as it grows. */
    static String aggregateNote(RunProxyTable t) {
        List<String> present = t.aggregates().stream().filter(id -> t.missing(id) < t.size()).toList();
        return present.isEmpty() ? "" : String.format(Locale.ROOT, " %s: %s over the run's %,d architectures, "
                + "computed from their stored parts (not stored itself, so it follows the run as it grows).",
                String.join(", ", present), present.size() == 1 ? "an aggregate" : "aggregates", t.size());
    }

    /**
     * Follows the linked selection: with at least 3 of the shown run's architectures selected, the heatmap and the
     * table compare the proxies over those alone (the caption says so); fewer, over all of them.
     */
    public void restrictTo(java.util.Set<Integer> indices) {
        java.util.Set<Integer> next = indices == null ? java.util.Set.of() : java.util.Set.copyOf(indices);
        if (!next.equals(restriction)) {
            restriction = next;
            if (table.get() != null) {
                compare();
            }
        }
    }

    /** The rows of the table in the selection, or null to use every row (fewer than 3 selected there). */
    private int[] selectedRows(RunProxyTable t) {
        if (restriction.size() < 3) {
            return null;
        }
        int[] rows = java.util.stream.IntStream.range(0, t.size())
                .filter(i -> restriction.contains(t.scores().get(i).index())).toArray();
        return rows.length < 3 ? null : rows;
    }

    /** The chosen measures' columns, over the selected rows (null: all). */
    private static Map<String, double[]> columns(RunProxyTable t, List<String> shown, int[] rows) {
        Map<String, double[]> out = new java.util.LinkedHashMap<>();
        t.columns().forEach((id, v) -> {
            if (shown.contains(id)) {
                out.put(id, rows == null ? v : pick(v, rows));
            }
        });
        return out;
    }

    /** The shown run's measures that have values (its stored proxies, nwot and aggregates of them), in order. */
    public List<String> available() {
        RunProxyTable t = table.get();
        return t == null ? List.of() : t.columns().keySet().stream().filter(id -> t.missing(id) < t.size()).toList();
    }

    /** The measures the heatmap and the table show: those with values, less the ones hidden for the run's space. */
    public List<String> shown() {
        List<String> off = hiddenHere();
        return available().stream().filter(id -> !off.contains(id)).toList();
    }

    private List<String> hiddenHere() {
        RunInfo r = run();
        return r == null ? List.of() : hidden.get().getOrDefault(r.settings().space(), List.of());
    }

    /** Shows or hides one measure for the shown run's space (remembered per space, see {@link #hiddenProperty}). */
    public void setShown(String id, boolean on) {
        RunInfo r = run();
        if (r == null) {
            return;
        }
        java.util.Set<String> off = new java.util.LinkedHashSet<>(hiddenHere());
        if (on ? off.remove(id) : off.add(id)) {
            Map<String, List<String>> next = new java.util.TreeMap<>(hidden.get());
            next.put(r.settings().space(), List.copyOf(off));
            hidden.set(Map.copyOf(next));
        }
    }

    private static double[] pick(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = v[rows[k]];
        }
        return out;
    }

    private static String missingText(RunProxyTable t) {
        List<String> parts = new ArrayList<>();
        for (String id : t.incomplete()) {
            parts.add(String.format(Locale.ROOT, "%s (%,d)", id, t.missing(id)));
        }
        return parts.isEmpty() ? "" : String.format(Locale.ROOT, "No stored values for some of the %,d architectures "
                + "of run %d: %s. Their rows and cells use the architectures with values.", t.size(), t.run().id(),
                String.join(", ", parts));
    }

    /** The figure and table of the current comparison, or null while nothing is shown. */
    public ProxyFigure figure() {
        ProxyComparison c = comparison.get();
        RunProxyTable t = table.get();
        return c == null ? null : ProxyFigure.of(c, t.run().id());
    }

    /**
     * Kendall tau of measure {@code id} against the accuracy over the run's first n architectures (by index), every
     * one of them, whatever the linked selection; empty while no run is shown or it lacks the measure.
     */
    public List<org.naswot.service.TauAgainstN.Point> tauAgainstN(String id) {
        RunProxyTable t = table.get();
        double[] v = t == null || id == null ? null : t.columns().get(id);
        return v == null ? List.of() : org.naswot.service.TauAgainstN.of(v, t.accuracy());
    }

    /** The architectures selected in the linked views (the scatter matrix and parallel coordinates mark them). */
    public java.util.Set<Integer> selection() {
        return restriction;
    }

    /** What the table's accuracy is, with a note where the picker's column is not the run's space's. */
    public String accuracyLabel() {
        return accuracyLabel;
    }

    /** The shown run's proxies lacking values (what Compute completes). */
    public List<String> incomplete() {
        RunProxyTable t = table.get();
        return t == null ? List.of() : t.incomplete();
    }

    public RunInfo run() {
        RunProxyTable t = table.get();
        return t == null ? null : t.run();
    }

    /** Per space id, the measures hidden by the Measures… chooser: what the preferences remember. */
    public ObjectProperty<Map<String, List<String>>> hiddenProperty() {
        return hidden;
    }

    /** "showing 12 of 27 measures": how many of the registered ones the heatmap and table show. */
    public ReadOnlyStringProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    public ObjectProperty<RankMethod> methodProperty() {
        return method;
    }

    public IntegerProperty bestOfProperty() {
        return bestOf;
    }

    public ReadOnlyObjectProperty<ProxyComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunProxyTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ObservableList<ProxyQuality> rows() {
        return rows;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
