package org.naswot.figures.scatter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.model.ScorePoint;
import org.naswot.search.stats.Bootstrap;
import org.naswot.search.stats.ConfidenceInterval;

/**
 * The score scatter as a figure, without a window: its points, what x and y are, top-k, colouring, the selection,
 * the rank correlations and the titles and CSV that follow from them. The window's ScoreScatterModel wraps one
 * in observable properties; {@code naswot figure} uses one directly. One thread at a time.
 */
public final class ScatterFigure {
    public static final String NWOT = org.naswot.score.Measures.NWOT;
    private static final String NWOT_LABEL = "score  log|det K|";
    private static final String TRAINED = "trained accuracy";
    private static final int BOOTSTRAP_MAX_N = 3000;

    private final ScatterDisplay display = new ScatterDisplay();
    /** The points; their axes follow the display's choice of values or ranks, clipped or not. */
    private final ScatterData data = new ScatterData(display);
    private String measure = NWOT;
    private String accuracyKind = TRAINED;
    private String heading = headingFor(NWOT, TRAINED);
    private String xLabel = NWOT_LABEL;
    private String yLabel = TRAINED + " (%)";
    private int topK = 10;
    private ColourMode colourMode = ColourMode.PARAMS;
    private ScorePoint selected;
    /** Architecture indices brushed in a linked view (the table, a box on the plot): ringed in the selection colour. */
    private java.util.BitSet brushed = new java.util.BitSet();
    private RankCorrelations correlations = RankCorrelations.NONE;
    private Map<String, RankCorrelations> perGroup = Map.of();
    private Map<String, ConfidenceInterval> perGroupTau = Map.of();
    private boolean statisticsDirty;
    private String title;
    private String subtitle;

    public ScatterFigure() {
        updateTitles();
    }

    private static String headingFor(String measure, String kind) {
        return (NWOT.equals(measure) ? "NASWOT score" : measure) + " vs " + kind;
    }

    // ---- data ----------------------------------------------------------------------------------------

    public void appendAll(Collection<? extends ScorePoint> points) {
        if (points.isEmpty()) {
            return;
        }
        data.appendAll(points);
        statisticsDirty = true;
        updateTitles();
    }

    public void clear() {
        data.clear();
        selected = null;
        brushed = new java.util.BitSet();
        correlations = RankCorrelations.NONE;
        perGroup = Map.of();
        perGroupTau = Map.of();
        statisticsDirty = false;
        updateTitles();
    }

    public ScatterData data() {
        return data;
    }

    /** Log axes, marker size and opacity, colour and size columns, trend line. */
    public ScatterDisplay display() {
        return display;
    }

    // ---- what is shown ------------------------------------------------------------------------------

    /** x: {@link #NWOT} or a zero-cost proxy's id; the heading and the x axis's label follow it. */
    public void setMeasure(String measure) {
        this.measure = measure;
        xLabel = isNwot() ? NWOT_LABEL : proxyAxisLabel(measure);
        setHeading(headingFor(measure, accuracyKind));
    }

    /**
     * y, in the space's words ("trained accuracy", NB301's "surrogate prediction (NB301 v1.0)", or a published score's
     * "Suite-Zero's published nwot (not an accuracy)", whose axis has no "%": its values are no percentages).
     */
    public void setAccuracyKind(String kind) {
        this.accuracyKind = kind;
        yLabel = yIsAccuracy() ? kind + " (%)" : kind;
        setHeading(headingFor(measure, kind));
    }

    public void setHeading(String heading) {
        this.heading = heading;
        updateTitles();
    }

    public void setTopK(int topK) {
        this.topK = topK;
        updateTitles();
    }

    public void setColourMode(ColourMode colourMode) {
        this.colourMode = colourMode;
    }

    public void setSelected(ScorePoint selected) {
        this.selected = selected;
    }

    /** Rings the plotted points of these architecture indices (every group's, in an overlay); empty: none. */
    public void setBrushed(java.util.Collection<Integer> indices) {
        java.util.BitSet b = new java.util.BitSet();
        indices.stream().filter(i -> i >= 0).forEach(b::set);
        brushed = b;
    }

    /** Whether an architecture index is brushed. */
    public boolean isBrushed(int index) {
        return index >= 0 && brushed.get(index);
    }

    public int brushedCount() {
        return brushed.cardinality();
    }

    public void setXLabel(String xLabel) {
        this.xLabel = xLabel;
    }

    public void setYLabel(String yLabel) {
        this.yLabel = yLabel;
    }

    public String measure() {
        return measure;
    }

    public boolean isNwot() {
        return NWOT.equals(measure);
    }

    public String accuracyKind() {
        return accuracyKind;
    }

    /** False while y holds published scores (Suite-Zero's proxy values on NB301), which are no accuracies. */
    public boolean yIsAccuracy() {
        return !org.naswot.space.SpaceDescriptor.ScoreColumn.isNotAnAccuracy(accuracyKind);
    }

    public String heading() {
        return heading;
    }

    public String xLabel() {
        return xLabel;
    }

    public String yLabel() {
        return yLabel;
    }

    /** The x axis's label as drawn: {@link #xLabel()}, or "rank by NASWOT score (1 = highest)" on ranks. */
    public String xAxisLabel() {
        return display.ranks() ? RankAxis.label(isNwot() ? "NASWOT score" : measure) : xLabel;
    }

    /** The y axis's label as drawn: {@link #yLabel()}, or "rank by trained accuracy (1 = highest)" on ranks. */
    public String yAxisLabel() {
        return display.ranks() ? RankAxis.label(accuracyKind) : yLabel;
    }

    public int topK() {
        return topK;
    }

    public ColourMode colourMode() {
        return colourMode;
    }

    public ScorePoint selected() {
        return selected;
    }

    // ---- statistics ----------------------------------------------------------------------------------

    public boolean isStatisticsDirty() {
        return statisticsDirty;
    }

    /** Recomputes tau and rho (and each group's) over every point, as every front end computes them. */
    public void refreshStatistics() {
        statisticsDirty = false;
        perGroup = perGroupCorrelations();
        double[][] pairs = data.statisticsPairs();
        correlations = RankCorrelations.of(pairs[0], pairs[1]);
        updateTitles();
    }

    public RankCorrelations correlations() {
        return correlations;
    }

    /**
     * Rank correlations of each group on its own: when points of several runs are shown together, a pooled
     * tau mixes score scales and would mislead, so the title shows these instead.
     */
    public Map<String, RankCorrelations> groupCorrelations() {
        return perGroup;
    }

    /** The 95% bootstrap interval of each overlaid group's Kendall tau (absent for large groups). */
    public Map<String, ConfidenceInterval> groupTauIntervals() {
        return perGroupTau;
    }

    private Map<String, RankCorrelations> perGroupCorrelations() {
        List<String> groups = data.groups();
        Map<String, RankCorrelations> out = new LinkedHashMap<>();
        Map<String, ConfidenceInterval> intervals = new LinkedHashMap<>();
        if (groups.size() < 2) {
            perGroupTau = intervals;
            return out;
        }
        for (String group : groups) {
            double[][] pairs = data.statisticsPairs(group);
            double[] x = pairs[0];
            double[] y = pairs[1];
            String name = group.isEmpty() ? "(no group)" : group;
            out.put(name, RankCorrelations.of(x, y));
            if (x.length >= 3 && x.length <= BOOTSTRAP_MAX_N) {
                // a fixed seed: the same points give the same interval on every redraw
                intervals.put(name, new Bootstrap(new java.util.SplittableRandom(1), 200).kendallTau(x, y, 0.95));
            }
        }
        perGroupTau = intervals;
        return out;
    }

    // ---- titles, top-k and the data behind the figure ----------------------------------------------------------

    private String ringNote = "";

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    /** The subtitle for a drawing with or without the top-k rings: without them it does not mention rings. */
    public String subtitle(boolean marks) {
        return marks || ringNote.isEmpty() ? subtitle : subtitle.replace(ringNote, "");
    }

    private void updateTitles() {
        if (perGroup.size() > 1) {
            StringBuilder t = new StringBuilder(heading).append("  \u2014  per group:");
            for (Map.Entry<String, RankCorrelations> e : perGroup.entrySet()) {
                RankCorrelations r = e.getValue();
                ConfidenceInterval ci = perGroupTau.get(e.getKey());
                // no-break spaces inside each statistic: a title wrapped between "\u03c1 =" and its value (review N22)
                t.append(String.format(Locale.ROOT, "  %s \u03c4\u00a0=\u00a0%.3f%s, \u03c1\u00a0=\u00a0%.3f\u00a0(n\u00a0=\u00a0%,d)",
                        e.getKey(), r.kendall(), ci == null ? ""
                                : String.format(Locale.ROOT, "\u00a0[%.2f,\u00a0%.2f]", ci.low(), ci.high()),
                        r.spearman(), r.n()));
            }
            title = t.toString();
        } else {
            title = correlations.n() >= 3 ? heading + "  \u2014  " + correlations.describe() : heading;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%,d scored \u00b7 %,d plotted", data.size(), data.plottedCount()));
        if (!isNwot() && data.nonFiniteScoreCount() > 0) {
            // a proxy's infinities and NaN have no place on the axis (the statistics rank infinities at the ends)
            sb.append(String.format(Locale.ROOT, " \u00b7 %,d with %s \u00b1\u221e or NaN left out",
                    data.nonFiniteScoreCount(), measure));
        } else if (data.negativeInfiniteCount() > 0) {
            sb.append(String.format(Locale.ROOT, " \u00b7 %,d with singular K (score \u2212\u221e) not plotted",
                    data.negativeInfiniteCount()));
        }
        int withoutAccuracy = isNwot() ? data.missingCount()
                : data.size() - data.plottedCount() - data.nonFiniteScoreCount();
        if (withoutAccuracy > 0) {
            sb.append(String.format(Locale.ROOT, " \u00b7 %,d without %s", withoutAccuracy,
                    (isNwot() ? "score or " : "") + (yIsAccuracy() ? "accuracy" : "published value")));
        }
        ringNote = topK > 0 && data.plottedCount() > 0 ? String.format(Locale.ROOT, " \u00b7 ringed: top %d by %s",
                Math.min(topK, data.plottedCount()), isNwot() ? "score" : measure) : "";
        sb.append(ringNote);
        subtitle = sb.toString();
        subtitle += logAxisNote();
        subtitle += axesNote();
    }

    /**
     * On ranks or clipped axes, what the axes show: a plot of ranks or a clipped one must not pass for the values. Short
     * enough that with both the caption stays one line in a 1280-pixel window: "axes: ranks (ties averaged), clipped:
     * 4 beyond 1st to 99th pct., at the edge".
     */
    private String axesNote() {
        AxisClip clip = data.clip();
        if (!display.ranks()) {
            return clip == null ? "" : " \u00b7 axes " + clip.describe();
        }
        String ranks = " \u00b7 axes: ranks (ties averaged)";
        return clip == null ? ranks : ranks + ", " + clip.describe();
    }

    /** " · 3 points ≤ 0 not shown on log axis": a log axis hides them, so the caption says how many. */
    private String logAxisNote() {
        int hidden = display.hiddenByLogAxes(data);
        return hidden == 0 ? "" : String.format(Locale.ROOT, " \u00b7 %,d point%s \u2264 0 not shown on log axis", hidden,
                hidden == 1 ? "" : "s");
    }

    /** Recomputes the titles after a display change (a log axis can hide points, and the caption says so). */
    public void displayChanged() {
        updateTitles();
    }

    public int[] topKPlotted() {
        return data.topK(topK);
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
        List<String> header = new ArrayList<>(List.of("index", "arch", isNwot() ? "score" : measure,
                accuracyKind.equals(TRAINED) ? "accuracy" : accuracyKind, "params", "group", "plotted", "top_k_rank",
                "selected"));
        // the columns that colour or size the points travel with the data behind the figure (once each)
        Map<String, ScatterEncoding> byName = new LinkedHashMap<>();
        for (ScatterEncoding e : new ScatterEncoding[] {colourMode == ColourMode.COLUMN ? display.colourBy() : null,
                display.sizeBy()}) {
            if (e != null && !header.contains(e.column())) {
                byName.putIfAbsent(e.column(), e);
            }
        }
        header.addAll(byName.keySet());
        boolean ranks = display.ranks();
        Map<ScorePoint, Integer> plottedAt = new java.util.IdentityHashMap<>();
        if (ranks) {
            // the ranks as drawn travel with the data: x_rank, y_rank (1 = highest; blank where not plotted)
            header.addAll(List.of("x_rank", "y_rank"));
            for (int i = 0; i < data.plottedCount(); i++) {
                plottedAt.put(data.plottedPoint(i), i);
            }
        }
        List<ScatterEncoding> encodings = new ArrayList<>(byName.values());
        CsvTable t = new CsvTable(header);
        Map<ScorePoint, Integer> rank = new java.util.IdentityHashMap<>();
        int[] top = topKPlotted();
        for (int r = 0; r < top.length; r++) {
            rank.put(data.plottedPoint(top[r]), r + 1);
        }
        for (int i = 0; i < data.size(); i++) {
            ScorePoint p = data.point(i);
            Integer r = rank.get(p);
            List<String> row = new ArrayList<>(List.of(Integer.toString(p.index()), p.arch(),
                    CsvTable.number(p.score()), CsvTable.number(p.accuracy()), Long.toString(p.params()), p.group(),
                    Boolean.toString(p.plottable()), r == null ? "" : r.toString(), Boolean.toString(p.equals(selected))));
            for (ScatterEncoding e : encodings) {
                row.add(CsvTable.number(e.byIndex().applyAsDouble(p.index())));
            }
            if (ranks) {
                Integer at = plottedAt.get(p);
                row.add(at == null ? "" : CsvTable.number(data.x(at)));
                row.add(at == null ? "" : CsvTable.number(data.y(at)));
            }
            t.addRow(row.toArray(String[]::new));
        }
        return t;
    }

    /**
     * A proxy's axis: its id, and whether its values are a logarithm (synflow, zen, meco and others say so in their
     * description: "log of ..."), so a 15..100 axis is not read as raw sums (review N20).
     */
    static String proxyAxisLabel(String id) {
        if (org.naswot.score.proxies.AggregateRegistry.contains(id)) {
            return id + "  (aggregate ranked across the run's architectures)";
        }
        String description;
        try {
            description = org.naswot.score.proxies.ProxyRegistry.get(id).description();
        } catch (RuntimeException unknown) {
            return id + "  (zero-cost proxy)";
        }
        return id + (description.toLowerCase(Locale.ROOT).startsWith("log") ? "  (zero-cost proxy, a logarithm)"
                : "  (zero-cost proxy)");
    }
}
