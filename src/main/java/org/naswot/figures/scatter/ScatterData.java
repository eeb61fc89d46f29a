package org.naswot.figures.scatter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naswot.figures.model.ScorePoint;

/**
 * Append-only store behind the score scatter: every point received, plus parallel primitive arrays of the
 * plottable ones (finite score and accuracy) so that drawing and statistics touch no objects. Not thread
 * safe; the view-model owns it on the FX thread.
 */
public final class ScatterData {
    private ScorePoint[] all = new ScorePoint[1024];
    private int size;
    private double[] xs = new double[1024];
    private double[] ys = new double[1024];
    private int[] source = new int[1024];
    private int[] groupOf = new int[1024];
    private int plotted;
    private int negativeInfinite;
    private int missing;
    private int nonFiniteScore;
    private final Map<String, Integer> groups = new LinkedHashMap<>();
    private long minParams = Long.MAX_VALUE;
    private long maxParams = Long.MIN_VALUE;
    private double minX = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;
    private int[] topKCache;
    private int topKCacheK = -1;
    /** What the axes show (values or ranks, clipped or not); null: values, unclipped. */
    private final ScatterDisplay display;
    /** Each plotted point's rank by x and by y, for {@link #plotted} points; null until asked for after a change. */
    private double[][] ranks;
    private AxisClip clip;
    private ClipPercentiles clipFor;
    private boolean clipOnRanks;

    /** A store whose axes always show the values. */
    public ScatterData() {
        this(null);
    }

    /** A store whose axes show what {@code display} asks for: the values or their ranks. */
    public ScatterData(ScatterDisplay display) {
        this.display = display;
    }

    public void appendAll(Collection<? extends ScorePoint> points) {
        for (ScorePoint p : points) {
            append(p);
        }
    }

    public void append(ScorePoint p) {
        if (size == all.length) {
            all = Arrays.copyOf(all, size * 2);
        }
        all[size++] = p;
        topKCache = null;
        ranks = null;
        clip = null;
        if (!p.plottable()) {
            nonFiniteScore += Double.isFinite(p.score()) ? 0 : 1;
            if (p.score() == Double.NEGATIVE_INFINITY) {
                negativeInfinite++;
            } else {
                missing++;
            }
            return;
        }
        if (plotted == xs.length) {
            int n = plotted * 2;
            xs = Arrays.copyOf(xs, n);
            ys = Arrays.copyOf(ys, n);
            source = Arrays.copyOf(source, n);
            groupOf = Arrays.copyOf(groupOf, n);
        }
        xs[plotted] = p.score();
        ys[plotted] = p.accuracy();
        source[plotted] = size - 1;
        groupOf[plotted] = groups.computeIfAbsent(p.group(), g -> groups.size());
        plotted++;
        minX = Math.min(minX, p.score());
        maxX = Math.max(maxX, p.score());
        minY = Math.min(minY, p.accuracy());
        maxY = Math.max(maxY, p.accuracy());
        if (p.params() > 0) {
            minParams = Math.min(minParams, p.params());
            maxParams = Math.max(maxParams, p.params());
        }
    }

    public void clear() {
        size = 0;
        plotted = 0;
        negativeInfinite = 0;
        missing = 0;
        nonFiniteScore = 0;
        groups.clear();
        minParams = Long.MAX_VALUE;
        maxParams = Long.MIN_VALUE;
        minX = minY = Double.POSITIVE_INFINITY;
        maxX = maxY = Double.NEGATIVE_INFINITY;
        topKCache = null;
        ranks = null;
        clip = null;
        Arrays.fill(all, null);
    }

    /** All points received, plottable or not. */
    public int size() {
        return size;
    }

    public ScorePoint point(int i) {
        return all[i];
    }

    /** Number of plottable points. */
    public int plottedCount() {
        return plotted;
    }

    /** Points with score -inf (singular K): counted, not plotted. */
    public int negativeInfiniteCount() {
        return negativeInfinite;
    }

    /** Points with NaN score or non-finite accuracy: counted, not plotted. */
    public int missingCount() {
        return missing;
    }

    /** Points whose score (x) is infinite or NaN, whatever their accuracy: counted, not plotted. */
    public int nonFiniteScoreCount() {
        return nonFiniteScore;
    }

    /** Where plotted point {@code plottedIndex} is on the x axis: its score, or its rank by score when ranks are shown. */
    public double x(int plottedIndex) {
        return showsRanks() ? ranks()[0][plottedIndex] : xs[plottedIndex];
    }

    /** As {@link #x(int)} for y: the accuracy, or its rank. */
    public double y(int plottedIndex) {
        return showsRanks() ? ranks()[1][plottedIndex] : ys[plottedIndex];
    }

    /** The plotted point's score, whatever the axes show. */
    public double valueX(int plottedIndex) {
        return xs[plottedIndex];
    }

    /** The plotted point's accuracy, whatever the axes show. */
    public double valueY(int plottedIndex) {
        return ys[plottedIndex];
    }

    /** Whether the axes show ranks (1 = highest) rather than values. */
    public boolean showsRanks() {
        return display != null && display.ranks();
    }

    private double[][] ranks() {
        if (ranks == null) {
            ranks = new double[][] {RankAxis.descendingRanks(xs, plotted), RankAxis.descendingRanks(ys, plotted)};
        }
        return ranks;
    }

    /**
     * The axes' ranges when they are clipped to percentiles of the shown coordinates (values or ranks), with which
     * points lie beyond them; null when the axes fit every point.
     */
    public AxisClip clip() {
        ClipPercentiles p = display == null ? null : display.clip();
        if (p == null || plotted == 0) {
            return null;
        }
        if (clip == null || !p.equals(clipFor) || clipOnRanks != showsRanks()) {
            double[] x = new double[plotted];
            double[] y = new double[plotted];
            for (int i = 0; i < plotted; i++) {
                x[i] = x(i);
                y[i] = y(i);
            }
            clip = AxisClip.of(x, y, p);
            clipFor = p;
            clipOnRanks = showsRanks();
        }
        return clip;
    }

    public ScorePoint plottedPoint(int plottedIndex) {
        return all[source[plottedIndex]];
    }

    public int group(int plottedIndex) {
        return groupOf[plottedIndex];
    }

    /** Group names in order of first appearance (group id = position). */
    public List<String> groups() {
        return new ArrayList<>(groups.keySet());
    }

    /**
     * Every point's (score, accuracy), in arrival order, plotted or not: the rank statistics keep -inf scores as the
     * lowest rank (as the command line does) and leave NaN out themselves.
     */
    public double[][] statisticsPairs() {
        return statisticsPairs(null);
    }

    /** As {@link #statisticsPairs()} for the points of one group. */
    public double[][] statisticsPairs(String group) {
        double[] x = new double[size];
        double[] y = new double[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (group == null || group.equals(all[i].group())) {
                x[n] = all[i].score();
                y[n++] = all[i].accuracy();
            }
        }
        return new double[][] {Arrays.copyOf(x, n), Arrays.copyOf(y, n)};
    }

    /** A copy of the plotted scores (x). */
    public double[] xsCopy() {
        return Arrays.copyOf(xs, plotted);
    }

    public double[] ysCopy() {
        return Arrays.copyOf(ys, plotted);
    }

    public long minParams() {
        return minParams;
    }

    public long maxParams() {
        return maxParams;
    }

    /** The x axis's extent: the clipped range, the ranks' or the scores'. */
    public double minX() {
        AxisClip c = clip();
        return c != null ? c.xLow() : showsRanks() ? 1 : minX;
    }

    public double maxX() {
        AxisClip c = clip();
        return c != null ? c.xHigh() : showsRanks() ? RankAxis.max(ranks()[0], plotted) : maxX;
    }

    public double minY() {
        AxisClip c = clip();
        return c != null ? c.yLow() : showsRanks() ? 1 : minY;
    }

    public double maxY() {
        AxisClip c = clip();
        return c != null ? c.yHigh() : showsRanks() ? RankAxis.max(ranks()[1], plotted) : maxY;
    }

    /** Plotted index of the point with this benchmark index, or -1. */
    public int plottedIndexOf(ScorePoint p) {
        if (p == null) {
            return -1;
        }
        for (int i = 0; i < plotted; i++) {
            if (all[source[i]] == p || all[source[i]].equals(p)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Plotted indices of the k highest scores, best first (ties: earlier point first). Cached until the
     * next append.
     */
    public int[] topK(int k) {
        k = Math.max(0, Math.min(k, plotted));
        if (topKCache != null && topKCacheK == k) {
            return topKCache;
        }
        // a bounded selection keeps this O(n log k) for small k
        java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>(Math.max(1, k),
                (a, b) -> xs[a] != xs[b] ? Double.compare(xs[a], xs[b]) : Integer.compare(b, a));
        for (int i = 0; i < plotted && k > 0; i++) {
            if (heap.size() < k) {
                heap.add(i);
            } else {
                int worst = heap.peek();
                if (xs[i] > xs[worst]) {
                    heap.poll();
                    heap.add(i);
                }
            }
        }
        int[] out = new int[heap.size()];
        for (int j = out.length - 1; j >= 0; j--) {
            out[j] = heap.poll();
        }
        topKCache = out;
        topKCacheK = k;
        return out;
    }
}
