package org.naswot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.data.DataFile;
import org.naswot.space.SpaceDescriptor;

/**
 * A search space's benchmark table (for NB201: {@code nb201/nb201_accuracies.csv}, one row per cell with
 * its arch string, trained accuracies and parameter count), held in memory column by column. Rows are
 * ordered by the benchmark index. Numeric cells that are empty or "nan" read as NaN.
 */
public final class BenchmarkTable {

    /** Index column name meaning "the row number is the index", for tables of sampled cells. */
    public static final String ROW_NUMBER = "#row";

    /** Where the table was read from, as messages name it: a path, or "built-in nb201/nb201_accuracies.csv". */
    private final String file;
    private final SpaceDescriptor.Benchmark benchmark;
    private final List<String> columns;
    private final int[] indices;
    private final String[] archs;
    /** Numeric columns by name, values in row order. */
    private final Map<String, double[]> numeric;
    /** Columns holding text (arch strings and the like), values in row order. */
    private final Map<String, String[]> text;
    private final Map<String, Integer> rowOfArch;
    /** Row of each benchmark index; null when indices are exactly 0..size-1, so the index is the row. */
    private final Map<Integer, Integer> rowOfIndex;
    /** The file's line number of each row, for messages. */
    private final int[] lineOfRow;

    private BenchmarkTable(String file, SpaceDescriptor.Benchmark benchmark, List<String> columns, int[] indices,
                           Map<String, double[]> numeric, Map<String, String[]> text, String archColumn,
                           int[] lineOfRow) {
        this.file = file;
        this.lineOfRow = lineOfRow;
        this.benchmark = benchmark;
        this.columns = List.copyOf(columns);
        this.indices = indices;
        this.numeric = numeric;
        this.text = text;
        this.archs = text.get(archColumn);
        this.rowOfArch = new HashMap<>(archs.length * 2);
        for (int row = 0; row < archs.length; row++) {
            rowOfArch.putIfAbsent(archs[row], row);
        }
        boolean identity = true;
        for (int row = 0; row < indices.length && identity; row++) {
            identity = indices[row] == row;
        }
        if (identity) {
            rowOfIndex = null;
        } else {
            rowOfIndex = new HashMap<>(indices.length * 2);
            for (int row = 0; row < indices.length; row++) {
                rowOfIndex.put(indices[row], row);
            }
        }
    }

    /**
     * The benchmark table named by a descriptor: the data directory's copy, else the application's built-in one
     * ({@link org.naswot.data.BuiltInData}).
     */
    public static BenchmarkTable load(DataDirectory dir, SpaceDescriptor space) {
        SpaceDescriptor.Benchmark benchmark = space.findBenchmark().orElseThrow(() -> new UserFacingException(
                "search space " + space.id() + " has no benchmark table"));
        DataFile file = dir.file(benchmark.file());
        if (!file.exists()) {
            throw new UserFacingException("benchmark table not found: expected " + file.path() + " (" + space.id()
                    + " has no built-in table); copy " + benchmark.file() + " there or point --data-dir at a folder "
                    + "holding it");
        }
        return parse(file.readString(), file.displayName(), benchmark);
    }

    /** A table given as CSV, or as a NAS-Bench-Suite-Zero json file (read as its CSV equivalent). */
    private static BenchmarkTable parse(String content, String file, SpaceDescriptor.Benchmark benchmark) {
        return parseCsv(benchmark.file() != null && benchmark.file().endsWith(".json")
                ? SuiteZeroTable.fromJson(content, file).toCsv() : content, file, benchmark);
    }

    /** The application's built-in copy of a space's table, whatever the data directory holds. */
    public static BenchmarkTable builtIn(SpaceDescriptor space) {
        SpaceDescriptor.Benchmark benchmark = space.findBenchmark().orElseThrow(() -> new UserFacingException(
                "search space " + space.id() + " has no benchmark table"));
        org.naswot.data.BuiltInData.Item item = org.naswot.data.BuiltInData.forRelative(benchmark.file())
                .orElseThrow(() -> new UserFacingException(space.id() + " has no built-in benchmark table"));
        return parse(new String(org.naswot.data.BuiltInData.bytes(item), StandardCharsets.UTF_8),
                "built-in " + benchmark.file(), benchmark);
    }

    public static BenchmarkTable load(Path file, SpaceDescriptor.Benchmark benchmark) {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("benchmark table not found: expected " + file + "; point --data-dir (or "
                    + DataDirectory.ENV + ") at a folder holding " + benchmark.file());
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return parse(content, file.toString(), benchmark);
    }

    private static BenchmarkTable parseCsv(String content, String file, SpaceDescriptor.Benchmark benchmark) {
        List<CsvRecords.Record> records = CsvRecords.parse(content, file);
        if (records.isEmpty()) {
            throw new UserFacingException(file + " is empty: copy the benchmark table again");
        }
        List<String> header = Arrays.asList(records.get(0).fields());
        String indexColumn = orDefault(benchmark.indexColumn(), "index");
        String archColumn = orDefault(benchmark.archColumn(), "arch_str");
        // "#row": the table has no index column (e.g. a sample of cells); the row number is the index
        boolean rowNumbers = ROW_NUMBER.equals(indexColumn);
        for (String required : rowNumbers ? List.of(archColumn) : List.of(indexColumn, archColumn)) {
            if (!header.contains(required)) {
                throw new UserFacingException(file + ", line 1: no column '" + required + "' in the header ("
                        + String.join(",", header) + "): not the expected benchmark table");
            }
        }
        List<CsvRecords.Record> rows = records.subList(1, records.size());
        int width = header.size();
        int indexCol = header.indexOf(indexColumn);
        int[] indexOfRow = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            CsvRecords.Record rec = rows.get(r);
            if (rec.fields().length != width) {
                throw new UserFacingException(file + ", line " + rec.line() + ": " + rec.fields().length
                        + " fields, the header has " + width + " (truncated or damaged row); copy the table again");
            }
            if (rowNumbers) {
                indexOfRow[r] = r;
                continue;
            }
            try {
                indexOfRow[r] = Integer.parseInt(rec.fields()[indexCol].strip());
            } catch (NumberFormatException e) {
                throw new UserFacingException(file + ", line " + rec.line() + ": index '" + rec.fields()[indexCol]
                        + "' is not an integer");
            }
        }
        // Order rows by benchmark index so that row order and index order agree.
        Integer[] order = new Integer[rows.size()];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        Arrays.sort(order, Comparator.comparingInt(r -> indexOfRow[r]));
        int[] indices = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            indices[r] = indexOfRow[order[r]];
            if (r > 0 && indices[r] == indices[r - 1]) {
                throw new UserFacingException(file + ", line " + rows.get(order[r]).line() + ": index " + indices[r]
                        + " appears twice");
            }
        }
        Map<String, double[]> numeric = new LinkedHashMap<>();
        Map<String, String[]> text = new LinkedHashMap<>();
        for (int c = 0; c < width; c++) {
            String name = header.get(c);
            if (c == indexCol) {
                continue;
            }
            String[] cells = new String[order.length];
            for (int r = 0; r < order.length; r++) {
                cells[r] = rows.get(order[r]).fields()[c];
            }
            double[] values = name.equals(archColumn) ? null : parseNumbers(cells);
            if (values != null) {
                numeric.put(name, values);
            } else {
                text.put(name, cells);
            }
        }
        int[] lines = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            lines[r] = rows.get(order[r]).line();
        }
        return new BenchmarkTable(file, benchmark, header, indices, numeric, text, archColumn, lines);
    }

    /** Where the table was read from: its path, or "built-in <layout path>" for the application's own copy. */
    public String source() {
        return file;
    }

    public SpaceDescriptor.Benchmark benchmark() {
        return benchmark;
    }

    public int size() {
        return indices.length;
    }

    /** Benchmark indices in row order (ascending). */
    public int[] indices() {
        return indices.clone();
    }

    public boolean contains(int index) {
        return rowOfIndex == null ? index >= 0 && index < indices.length : rowOfIndex.containsKey(index);
    }

    /** Every column of the file, in header order. */
    public List<String> columns() {
        return columns;
    }

    /** The architecture strings of indices 0 .. size - 1, in index order. */
    public List<String> archStrings() {
        List<String> out = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            out.add(arch(i));
        }
        return out;
    }

    public String arch(int index) {
        return archs[row(index)];
    }

    /** The file's line holding this index's row. */
    public int line(int index) {
        return lineOfRow[row(index)];
    }

    /** The index of an architecture string, if the table has it (exact text match). */
    public OptionalInt indexOf(String arch) {
        Integer row = rowOfArch.get(arch);
        return row == null ? OptionalInt.empty() : OptionalInt.of(indices[row]);
    }

    /** A numeric cell; NaN for an empty or NaN cell. */
    public double value(int index, String column) {
        return numericColumn(column)[row(index)];
    }

    /** A cell as text: text columns as written in the file, numeric ones via Double.toString ("" for NaN). */
    public String text(int index, String column) {
        String[] cells = text.get(column);
        if (cells != null) {
            return cells[row(index)];
        }
        double v = numericColumn(column)[row(index)];
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** A numeric column, aligned with {@link #indices()}. */
    public double[] column(String column) {
        return numericColumn(column).clone();
    }

    /** Trainable parameters: the params column (millions in NB201) times the descriptor's scale, rounded. */
    public long params(int index) {
        String column = orDefault(benchmark.paramsColumn(), "params_M");
        double scale = benchmark.paramsScale() == null ? 1.0 : benchmark.paramsScale();
        return Math.round(value(index, column) * scale);
    }

    /** The descriptor's accuracy metrics whose columns this file has. */
    public List<SpaceDescriptor.AccuracyColumn> accuracyColumns() {
        return benchmark.accuracies().stream().filter(a -> numeric.containsKey(a.column())).toList();
    }

    public SpaceDescriptor.AccuracyColumn defaultAccuracy() {
        return benchmark.defaultAccuracyColumn();
    }

    public double accuracy(int index, SpaceDescriptor.AccuracyColumn metric) {
        return value(index, metric.column());
    }

    /** A metric's accuracies (%), aligned with {@link #indices()}. */
    public double[] accuracies(SpaceDescriptor.AccuracyColumn metric) {
        return column(metric.column());
    }

    private int row(int index) {
        if (!contains(index)) {
            throw new UserFacingException("no architecture with index " + index + " in " + file + " (indices "
                    + indices[0] + ".." + indices[indices.length - 1] + ")");
        }
        return rowOfIndex == null ? index : rowOfIndex.get(index);
    }

    private double[] numericColumn(String column) {
        double[] values = numeric.get(column);
        if (values == null) {
            List<String> accuracy = accuracyColumns().stream().map(SpaceDescriptor.AccuracyColumn::column).toList();
            String[] cells = text.get(column);
            if (cells != null && !column.equals(benchmark.archColumn())) {
                int bad = firstNonNumber(cells);
                if (bad >= 0 && numericShare(cells) > 0.5) {
                    // a numeric column with a stray cell: name it rather than the whole column
                    throw new UserFacingException(file + ", line " + lineOfRow[bad] + ", column '" + column + "': '"
                            + cells[bad] + "' is not a number; fix the cell (empty or nan for an unknown value)");
                }
            }
            String kind = cells != null ? "is not numeric" : "does not exist";
            throw new UserFacingException("column '" + column + "' of " + file + " " + kind
                    + " (accuracy columns: " + String.join(", ", accuracy) + ")");
        }
        return values;
    }

    private static int firstNonNumber(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (parseNumbers(new String[] {cells[i]}) == null) {
                return i;
            }
        }
        return -1;
    }

    private static double numericShare(String[] cells) {
        int numbers = 0;
        for (String c : cells) {
            numbers += parseNumbers(new String[] {c}) != null ? 1 : 0;
        }
        return cells.length == 0 ? 0 : numbers / (double) cells.length;
    }

    /** The column's values, or null when a non-empty cell is not a number (a text column). */
    private static double[] parseNumbers(String[] cells) {
        double[] out = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String s = cells[i].strip();
            if (s.isEmpty() || s.equalsIgnoreCase("nan")) {
                out[i] = Double.NaN;
            } else if (s.equalsIgnoreCase("inf") || s.equalsIgnoreCase("+inf")) {
                out[i] = Double.POSITIVE_INFINITY;
            } else if (s.equalsIgnoreCase("-inf")) {
                out[i] = Double.NEGATIVE_INFINITY;
            } else {
                try {
                    out[i] = DecimalParser.parse(s);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return out;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
