package org.naswot.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.naswot.common.UserFacingException;

/**
 * A NAS-Bench-Suite-Zero table, the one reader of both layouts NASLib publishes: its NB201 CSV
 * ({@code naslib_zc/zc_nasbench201_725archs_x3datasets.csv}: for each dataset, 725 cells with their validation
 * accuracy and the proxies NASLib computed) and its json ({@code zc_nasbench301.json}: {@code {"cifar10": {<arch>:
 * {"idx", "arch", "val_accuracy", <proxy>: {"score", "time"}, ...}}}}). Each cell is kept as its text; a value that
 * is empty or no number reads as NaN.
 */
public final class SuiteZeroTable {
    /** Prefix of the proxy columns read from json: keeps Suite-Zero's values apart from scores computed here. */
    static final String PROXY_PREFIX = "suite_zero_";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One architecture of one dataset; {@code values} follow {@link #columns()}. */
    public record Row(String dataset, int index, String arch, double[] values) {
    }

    private final List<String> columns;
    private final List<Row> rows;
    /** Each row's cells as read (json: a number's exact decimal text), for {@link #toCsv()}. */
    private final List<String[]> cells;

    private SuiteZeroTable(List<String> columns, List<Row> rows, List<String[]> cells) {
        this.columns = columns;
        this.rows = rows;
        this.cells = cells;
    }

    /** The NB201 CSV layout: columns {@code dataset}, {@code nb201_index}, {@code arch_str}, then the values. */
    public static SuiteZeroTable read(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        List<Row> rows = new ArrayList<>();
        List<String[]> cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            rows.add(row(header, f[header.indexOf("dataset")], f[header.indexOf("nb201_index")],
                    f[header.indexOf("arch_str")], f));
            cells.add(f);
        }
        return new SuiteZeroTable(List.copyOf(header), List.copyOf(rows), List.copyOf(cells));
    }

    /**
     * NASLib's json layout, one dataset: columns {@code idx}, {@code arch}, {@code val_accuracy} and one
     * {@code suite_zero_<proxy>} column per proxy score (their times are left out), rows in {@code idx} order.
     *
     * @param source the file's name, for messages
     */
    static SuiteZeroTable fromJson(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UserFacingException(source + ": not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject() || root.size() != 1 || !root.elements().next().isObject()) {
            throw new UserFacingException(source + ": expected NASLib's zero-cost table {\"<dataset>\": {<arch>: "
                    + "{\"idx\", \"arch\", \"val_accuracy\", ...}}}");
        }
        String dataset = root.fieldNames().next();
        List<JsonNode> entries = new ArrayList<>();
        Set<String> proxies = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get(dataset).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode entry = e.getValue();
            if (!entry.path("idx").canConvertToInt() && !entry.path("idx").asText().matches("\\d+")
                    || !entry.path("arch").isTextual() || !entry.path("val_accuracy").isNumber()) {
                throw new UserFacingException(source + ": entry " + e.getKey() + " of " + dataset
                        + " lacks an integer idx, a text arch or a numeric val_accuracy");
            }
            entry.fields().forEachRemaining(f -> {
                if (f.getValue().isObject() && f.getValue().has("score")) {
                    proxies.add(f.getKey());
                }
            });
            entries.add(entry);
        }
        entries.sort((a, b) -> Integer.compare(idx(a), idx(b)));
        List<String> header = new ArrayList<>(List.of("idx", "arch", "val_accuracy"));
        proxies.forEach(p -> header.add(PROXY_PREFIX + p));
        List<Row> rows = new ArrayList<>();
        List<String[]> cells = new ArrayList<>();
        for (JsonNode entry : entries) {
            String[] f = new String[header.size()];
            f[0] = Integer.toString(idx(entry));
            f[1] = entry.get("arch").asText();
            f[2] = number(entry.get("val_accuracy"));
            int i = 3;
            for (String p : proxies) {
                f[i++] = number(entry.path(p).path("score"));
            }
            rows.add(row(header, dataset, f[0], f[1], f));
            cells.add(f);
        }
        return new SuiteZeroTable(List.copyOf(header), List.copyOf(rows), List.copyOf(cells));
    }

    private static Row row(List<String> header, String dataset, String index, String arch, String[] f) {
        double[] values = new double[header.size()];
        for (int i = 0; i < f.length; i++) {
            values[i] = parse(f[i]);
        }
        return new Row(dataset, Integer.parseInt(index), arch, values);
    }

    /**
     * The table as CSV, the {@code arch} column quoted (NASLib's encodings hold commas): how {@link BenchmarkTable}
     * reads a json table.
     */
    String toCsv() {
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        int arch = columns.indexOf("arch");
        for (String[] f : cells) {
            for (int i = 0; i < f.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(i == arch ? "\"" + f[i].replace("\"", "\"\"") + "\"" : f[i]);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static int idx(JsonNode entry) {
        return Integer.parseInt(entry.get("idx").asText());
    }

    /** Exact decimal text of a json number; empty (NaN in the table) when absent. */
    private static String number(JsonNode v) {
        return v.isNumber() ? v.numberValue().toString().toLowerCase(Locale.ROOT) : "";
    }

    private static double parse(String s) {
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows(String dataset) {
        return rows.stream().filter(r -> r.dataset().equals(dataset)).toList();
    }

    public double value(Row row, String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new UserFacingException("the Suite-Zero table has no column '" + column + "'");
        }
        return row.values()[i];
    }
}
