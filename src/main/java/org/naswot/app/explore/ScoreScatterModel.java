package org.naswot.app.explore;

import org.naswot.figures.scatter.ColourMode;
import org.naswot.figures.scatter.RankCorrelations;
import org.naswot.figures.scatter.ScatterData;
import org.naswot.figures.scatter.ScatterFigure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.model.ScorePoint;
import java.util.Map;
import org.naswot.search.stats.ConfidenceInterval;

/**
 * View-model of the score scatter: a {@link ScatterFigure} (points, selection, top-k, colouring, rank correlations,
 * titles) behind observable properties the window binds to. Usable without a window; all methods except
 * {@link #enqueue} run on the FX thread (or any single thread in tests).
 *
 * <p>Streaming: a producer thread calls {@link #enqueue}; the view drains the queue a few times per second
 * ({@link #drainQueue}) as one batch append, and recomputes the correlations at most every
 * {@code statisticsIntervalMillis}.
 */
public final class ScoreScatterModel {
    public static final String NWOT = ScatterFigure.NWOT;

    private final ScatterFigure figure = new ScatterFigure();
    /** The points as they came while none has an accuracy (y then shows ranks). */
    private final RankedPoints unranked = new RankedPoints();
    private boolean ranked;
    private final ConcurrentLinkedQueue<ScorePoint> queue = new ConcurrentLinkedQueue<>();
    private final ReadOnlyIntegerWrapper pointCount = new ReadOnlyIntegerWrapper(this, "pointCount");
    private final ReadOnlyIntegerWrapper plottedCount = new ReadOnlyIntegerWrapper(this, "plottedCount");
    private final ReadOnlyObjectWrapper<RankCorrelations> correlations =
            new ReadOnlyObjectWrapper<>(this, "correlations", RankCorrelations.NONE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ObjectProperty<ScorePoint> selected = new SimpleObjectProperty<>(this, "selected");
    /** Architecture indices selected in a linked view or by a box or lasso on the plot; ringed. Never null. */
    private final ObjectProperty<java.util.Set<Integer>> brushed = new SimpleObjectProperty<>(this, "brushed",
            java.util.Set.of());
    private final IntegerProperty topK = new SimpleIntegerProperty(this, "topK", figure.topK());
    private final ObjectProperty<ColourMode> colourMode = new SimpleObjectProperty<>(this, "colourMode",
            figure.colourMode());
    private final StringProperty heading = new SimpleStringProperty(this, "heading", figure.heading());
    private final StringProperty xLabel = new SimpleStringProperty(this, "xLabel", figure.xLabel());
    private final StringProperty yLabel = new SimpleStringProperty(this, "yLabel", figure.yLabel());
    /** What x is: {@link #NWOT} (the NASWOT score) or a zero-cost proxy's id. */
    private final StringProperty measure = new SimpleStringProperty(this, "measure", figure.measure());
    /** What y is, in the space's words: "trained accuracy", or NB301's "surrogate prediction (NB301 v1.0)". */
    private final StringProperty accuracyKind = new SimpleStringProperty(this, "accuracyKind", figure.accuracyKind());

    public ScoreScatterModel() {
        heading.addListener((o, a, b) -> {
            figure.setHeading(b);
            mirror();
        });
        topK.addListener((o, a, b) -> {
            figure.setTopK(b.intValue());
            mirror();
        });
        colourMode.addListener((o, a, b) -> figure.setColourMode(b));
        selected.addListener((o, a, b) -> figure.setSelected(b));
        brushed.addListener((o, a, b) -> figure.setBrushed(b == null ? java.util.Set.of() : b));
        xLabel.addListener((o, a, b) -> figure.setXLabel(b));
        yLabel.addListener((o, a, b) -> figure.setYLabel(b));
        // axis and heading follow the measure on x and what y holds
        measure.addListener((o, a, b) -> {
            figure.setMeasure(b);
            follow();
        });
        accuracyKind.addListener((o, a, b) -> {
            figure.setAccuracyKind(b);
            follow();
        });
        mirror();
    }

    /** The figure behind the properties (what the chart and the exports draw). */
    public ScatterFigure figure() {
        return figure;
    }

    private void follow() {
        xLabel.set(figure.xLabel());
        yLabel.set(figure.yLabel());
        heading.set(figure.heading());
        mirror();
    }

    private void mirror() {
        correlations.set(figure.correlations());
        title.set(figure.title());
        subtitle.set(figure.subtitle());
    }

    public StringProperty accuracyKindProperty() {
        return accuracyKind;
    }

    // ---- data ----------------------------------------------------------------------------------------

    /**
     * Appends a batch (FX thread; one redraw). While no point has an accuracy, y is each score's rank so far (the
     * axis says so); the first point with an accuracy turns the plot back into score vs accuracy.
     */
    public void appendAll(Collection<? extends ScorePoint> points) {
        if (points.isEmpty()) {
            return;
        }
        boolean noAccuracy = points.stream().allMatch(p -> Double.isNaN(p.accuracy()));
        if (noAccuracy && (ranked || figure.data().size() == 0)) {
            unranked.addAll(points);
            showRanks();
            return;
        }
        if (ranked) {
            ranked = false;
            figure.clear();
            figure.setAccuracyKind(accuracyKind.get());
            figure.appendAll(unranked.raw());
            unranked.clear();
            follow();
        }
        figure.appendAll(points);
        dataChanged();
    }

    /** The points without accuracies, plotted against their scores' ranks. */
    private void showRanks() {
        ScorePoint keep = selected.get();
        figure.clear();
        ranked = true;
        figure.setAccuracyKind(org.naswot.service.ScoreRanks.KIND);
        figure.setYLabel(org.naswot.service.ScoreRanks.AXIS);
        figure.appendAll(unranked.ranked());
        follow();
        selected.set(keep);
        dataChanged();
    }

    /** A point's y in cards: "accuracy 91.23", "score rank 50 of 100 (no accuracies)" or a published score's kind. */
    public String yText(ScorePoint p) {
        String published = figure.accuracyKind().replace("%", "%%") + " %.5g";
        return String.format(java.util.Locale.ROOT, ranked ? "score rank %.0f of 100 (no accuracies)"
                : figure.yIsAccuracy() ? "accuracy %.2f" : published, p.accuracy());
    }

    /** Whether y shows the scores' ranks (no point has an accuracy). */
    public boolean showsRanks() {
        return ranked;
    }

    public void append(ScorePoint p) {
        appendAll(List.of(p));
    }

    /** Thread-safe: queues a point for the next {@link #drainQueue}. */
    public void enqueue(ScorePoint p) {
        queue.add(p);
    }

    /** Appends everything queued as one batch; returns how many points were appended. */
    public int drainQueue() {
        List<ScorePoint> batch = new ArrayList<>();
        for (ScorePoint p; (p = queue.poll()) != null; ) {
            batch.add(p);
        }
        appendAll(batch);
        return batch.size();
    }

    public void clear() {
        if (ranked) {
            ranked = false;
            figure.setAccuracyKind(accuracyKind.get());
            follow();
        }
        unranked.clear();
        queue.clear();
        selected.set(null);
        brushed.set(java.util.Set.of());
        figure.clear();
        dataChanged();
    }

    private void dataChanged() {
        pointCount.set(figure.data().size());
        plottedCount.set(figure.data().plottedCount());
        mirror();
        revision.set(revision.get() + 1);
    }

    public ScatterData data() {
        return figure.data();
    }

    // ---- statistics ----------------------------------------------------------------------------------

    /** Recomputes tau and rho if points arrived since the last computation; returns whether it did. */
    public boolean refreshStatisticsIfDirty() {
        if (!figure.isStatisticsDirty()) {
            return false;
        }
        refreshStatistics();
        return true;
    }

    public void refreshStatistics() {
        if (ranked) {
            // y is the score's own rank: a correlation with it would say nothing
            return;
        }
        figure.refreshStatistics();
        mirror();
    }

    /** A display setting changed: the captions (log axes, ranks, clipping) and their properties follow. */
    void displayChanged() {
        figure.displayChanged();
        mirror();
    }

    /** Each group's rank correlations ({@link ScatterFigure#groupCorrelations}). */
    public Map<String, RankCorrelations> groupCorrelations() {
        return figure.groupCorrelations();
    }

    /** The 95% bootstrap interval of each overlaid group's Kendall tau (absent for large groups). */
    public Map<String, ConfidenceInterval> groupTauIntervals() {
        return figure.groupTauIntervals();
    }

    // ---- selection and highlighting --------------------------------------------------------------------

    public int[] topKPlotted() {
        return figure.topKPlotted();
    }

    /** Points in the top k by score, best first. */
    public List<ScorePoint> topKPoints() {
        return figure.topKPoints();
    }

    /** The data behind the plot: every point received, including the ones not plotted. */
    public CsvTable toCsv() {
        return figure.toCsv();
    }

    // ---- properties ----------------------------------------------------------------------------------

    public ReadOnlyIntegerProperty pointCountProperty() {
        return pointCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty plottedCountProperty() {
        return plottedCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RankCorrelations> correlationsProperty() {
        return correlations.getReadOnlyProperty();
    }

    public RankCorrelations getCorrelations() {
        return correlations.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String getTitle() {
        return title.get();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public String getSubtitle() {
        return subtitle.get();
    }

    /** Increments on every data change (one per batch). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ObjectProperty<ScorePoint> selectedProperty() {
        return selected;
    }

    /** The brushed architecture indices (an immutable set; set a new one to change it). */
    public ObjectProperty<java.util.Set<Integer>> brushedProperty() {
        return brushed;
    }

    public ScorePoint getSelected() {
        return selected.get();
    }

    public void setSelected(ScorePoint p) {
        selected.set(p);
    }

    public IntegerProperty topKProperty() {
        return topK;
    }

    public ObjectProperty<ColourMode> colourModeProperty() {
        return colourMode;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    /** What x shows: {@link #NWOT} or a zero-cost proxy's id; the heading and the x axis's label follow it. */
    public StringProperty measureProperty() {
        return measure;
    }

    public boolean isNwot() {
        return figure.isNwot();
    }

    public StringProperty xLabelProperty() {
        return xLabel;
    }

    public StringProperty yLabelProperty() {
        return yLabel;
    }
}
