package org.naswot.app.explore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
import org.naswot.app.export.CsvTable;
import org.naswot.app.model.ScorePoint;

/**
 * View-model of the score scatter: the points, the selection, top-k, colouring and the live rank
 * correlations. Usable without a window; all methods except {@link #enqueue} run on the FX thread (or any
 * single thread in tests).
 *
 * <p>Streaming: a producer thread calls {@link #enqueue}; the view drains the queue a few times per second
 * ({@link #drainQueue}) as one batch append, and recomputes the correlations at most every
 * {@code statisticsIntervalMillis}.
 */
public final class ScoreScatterModel {
    private final ScatterData data = new ScatterData();
    private final ConcurrentLinkedQueue<ScorePoint> queue = new ConcurrentLinkedQueue<>();
    private final ReadOnlyIntegerWrapper pointCount = new ReadOnlyIntegerWrapper(this, "pointCount");
    private final ReadOnlyIntegerWrapper plottedCount = new ReadOnlyIntegerWrapper(this, "plottedCount");
    private final ReadOnlyObjectWrapper<RankCorrelations> correlations =
            new ReadOnlyObjectWrapper<>(this, "correlations", RankCorrelations.NONE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ObjectProperty<ScorePoint> selected = new SimpleObjectProperty<>(this, "selected");
    private final IntegerProperty topK = new SimpleIntegerProperty(this, "topK", 10);
    private final ObjectProperty<ColourMode> colourMode = new SimpleObjectProperty<>(this, "colourMode", ColourMode.PARAMS);
    private final StringProperty heading = new SimpleStringProperty(this, "heading", NWOT_HEADING);
    private final StringProperty xLabel = new SimpleStringProperty(this, "xLabel", NWOT_LABEL);
    private final StringProperty yLabel = new SimpleStringProperty(this, "yLabel", "trained accuracy (%)");
    /**
     * What y is, in the space's words ({@code SpaceContext.accuracyKind}): "trained accuracy", or e.g. NB301's
     * "surrogate prediction (NB301 v1.0)"; the heading, the axis and the CSV say it.
     */
    private final StringProperty accuracyKind = new SimpleStringProperty(this, "accuracyKind", "trained accuracy");
    /** What x is: {@link #NWOT} (the NASWOT score) or a zero-cost proxy's id. */
    private final StringProperty measure = new SimpleStringProperty(this, "measure", NWOT);
    public static final String NWOT = org.naswot.score.Measures.NWOT;
    private static final String NWOT_HEADING = "NASWOT score vs trained accuracy";

    private void headingFromMeasureAndKind() {
        heading.set((isNwot() ? "NASWOT score" : measure.get()) + " vs " + accuracyKind.get());
    }

    public StringProperty accuracyKindProperty() {
        return accuracyKind;
    }
    private static final String NWOT_LABEL = "score  log|det K|";
    private boolean statisticsDirty;
    private java.util.Map<String, RankCorrelations> perGroup = java.util.Map.of();
    /** 95% bootstrap interval of each group's tau (groups of at most {@link #BOOTSTRAP_MAX_N} points). */
    private java.util.Map<String, org.naswot.search.stats.ConfidenceInterval> perGroupTau = java.util.Map.of();
    private static final int BOOTSTRAP_MAX_N = 3000;

    public ScoreScatterModel() {
        heading.addListener((o, a, b) -> updateTitles());
        topK.addListener((o, a, b) -> updateTitles());
        // axis and heading follow the measure on x
        measure.addListener((o, a, b) -> {
            xLabel.set(isNwot() ? NWOT_LABEL : b + "  (zero-cost proxy)");
            headingFromMeasureAndKind();
        });
        accuracyKind.addListener((o, a, b) -> {
            yLabel.set(b + " (%)");
            headingFromMeasureAndKind();
        });
        updateTitles();
    }

    // ---- data ----------------------------------------------------------------------------------------

    /** Appends a batch (FX thread); the chart redraws once per batch. */
    public void appendAll(Collection<? extends ScorePoint> points) {
        if (points.isEmpty()) {
            return;
        }
        data.appendAll(points);
        statisticsDirty = true;
        dataChanged();
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
        data.clear();
        queue.clear();
        selected.set(null);
        correlations.set(RankCorrelations.NONE);
        perGroup = java.util.Map.of();
        perGroupTau = java.util.Map.of();
        statisticsDirty = false;
        dataChanged();
    }

    private void dataChanged() {
        pointCount.set(data.size());
        plottedCount.set(data.plottedCount());
        updateTitles();
        revision.set(revision.get() + 1);
    }

    public ScatterData data() {
        return data;
    }

    // ---- statistics ----------------------------------------------------------------------------------

    /** Recomputes tau and rho if points arrived since the last computation; returns whether it did. */
    public boolean refreshStatisticsIfDirty() {
        if (!statisticsDirty) {
            return false;
        }
        refreshStatistics();
        return true;
    }

    public void refreshStatistics() {
        statisticsDirty = false;
        perGroup = perGroupCorrelations();
        double[][] pairs = data.statisticsPairs();
        correlations.set(RankCorrelations.of(pairs[0], pairs[1]));
        updateTitles();
    }

    public boolean isStatisticsDirty() {
        return statisticsDirty;
    }

    /**
     * Rank correlations of each group on its own: when points of several runs are shown together, a pooled
     * tau mixes score scales and would mislead, so the title shows these instead.
     */
    public java.util.Map<String, RankCorrelations> groupCorrelations() {
        return perGroup;
    }

    private java.util.Map<String, RankCorrelations> perGroupCorrelations() {
        List<String> groups = data.groups();
        java.util.Map<String, RankCorrelations> out = new java.util.LinkedHashMap<>();
        java.util.Map<String, org.naswot.search.stats.ConfidenceInterval> intervals = new java.util.LinkedHashMap<>();
        if (groups.size() < 2) {
            perGroupTau = intervals;
            return out;
        }
        for (int g = 0; g < groups.size(); g++) {
            double[][] pairs = data.statisticsPairs(groups.get(g));
            double[] x = pairs[0];
            double[] y = pairs[1];
            int n = x.length;
            String name = groups.get(g).isEmpty() ? "(no group)" : groups.get(g);
            out.put(name, RankCorrelations.of(x, y));
            if (n >= 3 && n <= BOOTSTRAP_MAX_N) {
                // a fixed seed: the same points give the same interval on every redraw
                intervals.put(name, new org.naswot.search.stats.Bootstrap(new java.util.SplittableRandom(1), 200)
                        .kendallTau(x, y, 0.95));
            }
        }
        perGroupTau = intervals;
        return out;
    }

    /** The 95% bootstrap interval of each overlaid group's Kendall tau (absent for large groups). */
    public java.util.Map<String, org.naswot.search.stats.ConfidenceInterval> groupTauIntervals() {
        return perGroupTau;
    }

    private void updateTitles() {
        RankCorrelations c = correlations.get();
        if (perGroup.size() > 1) {
            StringBuilder t = new StringBuilder(heading.get()).append("  \u2014  per group:");
            for (java.util.Map.Entry<String, RankCorrelations> e : perGroup.entrySet()) {
                RankCorrelations r = e.getValue();
                org.naswot.search.stats.ConfidenceInterval ci = perGroupTau.get(e.getKey());
                t.append(String.format(Locale.ROOT, "  %s \u03c4 = %.3f%s, \u03c1 = %.3f (n = %,d)", e.getKey(),
                        r.kendall(), ci == null ? "" : String.format(Locale.ROOT, " [%.2f, %.2f]", ci.low(), ci.high()),
                        r.spearman(), r.n()));
            }
            title.set(t.toString());
        } else {
            title.set(c.n() >= 3 ? heading.get() + "  \u2014  " + c.describe() : heading.get());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%,d scored \u00b7 %,d plotted", data.size(), data.plottedCount()));
        if (!isNwot() && data.nonFiniteScoreCount() > 0) {
            // a proxy's infinities and NaN have no place on the axis; the statistics leave them out too
            sb.append(String.format(Locale.ROOT, " \u00b7 %,d with %s \u00b1\u221e or NaN left out",
                    data.nonFiniteScoreCount(), measure.get()));
        } else if (data.negativeInfiniteCount() > 0) {
            sb.append(String.format(Locale.ROOT, " \u00b7 %,d with singular K (score \u2212\u221e) not plotted",
                    data.negativeInfiniteCount()));
        }
        int withoutAccuracy = isNwot() ? data.missingCount()
                : data.size() - data.plottedCount() - data.nonFiniteScoreCount();
        if (withoutAccuracy > 0) {
            sb.append(String.format(Locale.ROOT, " \u00b7 %,d without %s", withoutAccuracy,
                    isNwot() ? "score or accuracy" : "accuracy"));
        }
        if (topK.get() > 0 && data.plottedCount() > 0) {
            sb.append(String.format(Locale.ROOT, " \u00b7 ringed: top %d by %s", Math.min(topK.get(), data.plottedCount()),
                    isNwot() ? "score" : measure.get()));
        }
        subtitle.set(sb.toString());
    }

    // ---- selection and highlighting --------------------------------------------------------------------

    public int[] topKPlotted() {
        return data.topK(topK.get());
    }

    /** Points in the top k by score, best first. */
    public List<ScorePoint> topKPoints() {
        List<ScorePoint> out = new ArrayList<>();
        for (int i : topKPlotted()) {
            out.add(data.plottedPoint(i));
        }
        return out;
    }

    /** The data behind the plot: every point received, including the ones not plotted. */
    public CsvTable toCsv() {
        CsvTable t = new CsvTable(List.of("index", "arch", isNwot() ? "score" : measure.get(),
                accuracyKind.get().equals("trained accuracy") ? "accuracy" : accuracyKind.get(), "params", "group", "plotted",
                "top_k_rank", "selected"));
        java.util.Map<ScorePoint, Integer> rank = new java.util.IdentityHashMap<>();
        int[] top = topKPlotted();
        for (int r = 0; r < top.length; r++) {
            rank.put(data.plottedPoint(top[r]), r + 1);
        }
        for (int i = 0; i < data.size(); i++) {
            ScorePoint p = data.point(i);
            Integer r = rank.get(p);
            t.addRow(Integer.toString(p.index()), p.arch(), CsvTable.number(p.score()), CsvTable.number(p.accuracy()),
                    Long.toString(p.params()), p.group(), Boolean.toString(p.plottable()),
                    r == null ? "" : r.toString(), Boolean.toString(p.equals(selected.get())));
        }
        return t;
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
        return NWOT.equals(measure.get());
    }

    public StringProperty xLabelProperty() {
        return xLabel;
    }

    public StringProperty yLabelProperty() {
        return yLabel;
    }
}
