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

    public double x(int plottedIndex) {
        return xs[plottedIndex];
    }

    public double y(int plottedIndex) {
        return ys[plottedIndex];
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

    public double minX() {
        return minX;
    }

    public double maxX() {
        return maxX;
    }

    public double minY() {
        return minY;
    }

    public double maxY() {
        return maxY;
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
