package org.naswot.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.naswot.common.SortedSearch;

/**
 * One row per architecture of a run (or of a whole space): its benchmark index and encoding, then numeric columns:
 * the score, every stored proxy, every accuracy column the space's sources give, parameters, FLOPs, how many times it
 * uses each of the space's operations, and the score's rank and percentile. Columnar (one {@code double[]} per column, NaN where unknown), so 15,625 rows sort and filter
 * without boxing. What the window's architecture table and details pane show.
 */
public final class ArchitectureTable {
    /**
     * What a column holds; ranks of the others are "higher is better" except for params, FLOPs and operation counts
     * (no rank).
     */
    public enum Kind { SCORE, PROXY, ACCURACY, PARAMS, FLOPS, OPERATIONS, RANK, PERCENTILE }

    /** The id of the column counting an operation: {@code # nor_conv_3x3}. */
    public static String operationColumn(String op) {
        return "# " + op;
    }

    /**
     * One numeric column.
     *
     * @param id     the name the CLI and the store use (a proxy id, an accuracy column)
     * @param label  what it holds, in words (a tooltip)
     * @param values one per row, NaN where unknown
     */
    public record Column(String id, String label, Kind kind, double[] values) {
        /** Whether "higher is better" makes it a measure to rank by (score, proxies, accuracies). */
        public boolean ranked() {
            return kind == Kind.SCORE || kind == Kind.PROXY || kind == Kind.ACCURACY;
        }
    }

    private final int[] indices;
    private final String[] archs;
    private final List<Column> columns;
    private final Map<Integer, Integer> rowOf = new HashMap<>();
    /** Rows in ascending order of each column (NaN last, ties in row order), by column id, {@link #INDEX}, {@link #ARCH}. */
    private final Map<String, int[]> ascending = new HashMap<>();

    /** The keys of {@link #ascendingOrder} for the benchmark index and the architecture string. */
    public static final String INDEX = "#index";
    public static final String ARCH = "#arch";

    private ArchitectureTable(int[] indices, String[] archs, List<Column> columns) {
        this.indices = indices;
        this.archs = archs;
        this.columns = List.copyOf(columns);
        for (int r = 0; r < indices.length; r++) {
            rowOf.putIfAbsent(indices[r], r);
        }
        // sorted once here (off the UI thread where the table is read), so a click on a header only walks an order
        for (Column c : this.columns) {
            ascending.put(c.id(), ascending(c.values()));
        }
        ascending.put(INDEX, ascending(Arrays.stream(indices).asDoubleStream().toArray()));
        Integer[] byArch = new Integer[indices.length];
        Arrays.setAll(byArch, i -> i);
        Arrays.sort(byArch, java.util.Comparator.comparing((Integer r) -> archs[r]));
        ascending.put(ARCH, Arrays.stream(byArch).mapToInt(Integer::intValue).toArray());
    }

    /**
     * The rows in ascending order of a column ({@link #INDEX}, {@link #ARCH} or a column id): NaN last, equal values
     * in row order.
     */
    public int[] ascendingOrder(String key) {
        int[] order = ascending.get(key);
        if (order == null) {
            throw new IllegalArgumentException("no column " + key);
        }
        return order;
    }

    /** Rows by ascending value, NaN last, stable: a merge sort of row numbers on primitive keys. */
    static int[] ascending(double[] values) {
        int n = values.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    b[k++] = before(values[a[j]], values[a[i]]) ? a[j++] : a[i++];
                }
                while (i < mid) {
                    b[k++] = a[i++];
                }
                while (j < hi) {
                    b[k++] = a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    /** Whether x sorts strictly before y: smaller, NaN after everything. */
    private static boolean before(double x, double y) {
        if (Double.isNaN(x)) {
            return false;
        }
        return Double.isNaN(y) || x < y;
    }

    /**
     * A table of {@code indices.length} rows: {@code score} first, then {@code others} in order, then the score's
     * rank and percentile (computed here).
     */
    public static ArchitectureTable of(int[] indices, String[] archs, Column score, List<Column> others) {
        if (archs.length != indices.length) {
            throw new IllegalArgumentException("indices and arch strings differ in length");
        }
        List<Column> all = new ArrayList<>();
        all.add(score);
        all.addAll(others);
        for (Column c : all) {
            if (c.values().length != indices.length) {
                throw new IllegalArgumentException("column " + c.id() + " has " + c.values().length + " values for "
                        + indices.length + " rows");
            }
        }
        double[] rank = ranks(score.values());
        all.add(new Column("rank", "Rank by " + score.id() + " (1 = highest; ties share the best rank)", Kind.RANK,
                rank));
        all.add(new Column("percentile", "Share of the table's architectures with a lower " + score.id()
                + " (%)", Kind.PERCENTILE, percentiles(score.values())));
        return new ArchitectureTable(indices.clone(), archs.clone(), all);
    }

    /**
     * Competition ranks, highest value first: 1 + how many values are strictly higher; NaN stays NaN (no value), and
     * -inf (a singular kernel's score) ranks below every finite value.
     */
    public static double[] ranks(double[] values) {
        double[] sorted = known(values);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.isNaN(values[i]) ? Double.NaN : 1 + (sorted.length - SortedSearch.upperBound(sorted, values[i]));
        }
        return out;
    }

    /** 100 x the share of known values strictly lower than each value; NaN stays NaN. */
    public static double[] percentiles(double[] values) {
        double[] sorted = known(values);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.isNaN(values[i]) ? Double.NaN : 100.0 * SortedSearch.lowerBound(sorted, values[i]) / sorted.length;
        }
        return out;
    }

    /** The rank of row {@code row} in {@code column} (1 = highest), or NaN where it has no value. */
    public double rankIn(Column column, int row) {
        double v = column.values()[row];
        if (Double.isNaN(v)) {
            return Double.NaN;
        }
        int higher = 0;
        for (double w : column.values()) {
            higher += w > v ? 1 : 0;
        }
        return 1 + higher;
    }

    /** How many rows have a value in {@code column}. */
    public static int known(Column column) {
        int n = 0;
        for (double v : column.values()) {
            n += Double.isNaN(v) ? 0 : 1;
        }
        return n;
    }

    private static double[] known(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    public int size() {
        return indices.length;
    }

    /** The benchmark index of row {@code row}. */
    public int index(int row) {
        return indices[row];
    }

    public String arch(int row) {
        return archs[row];
    }

    /** The row of a benchmark index, or -1 when the table does not hold it. */
    public int rowOf(int index) {
        return rowOf.getOrDefault(index, -1);
    }

    /** Every numeric column in order: score, proxies, accuracies, params, FLOPs, operation counts, rank, percentile. */
    public List<Column> columns() {
        return columns;
    }

    public List<Column> columns(Kind kind) {
        return columns.stream().filter(c -> c.kind() == kind).toList();
    }

    public Column column(String id) {
        return columns.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + id));
    }

    public static final ArchitectureTable EMPTY = of(new int[0], new String[0],
            new Column("nwot", "NASWOT score", Kind.SCORE, new double[0]), List.of());
}
