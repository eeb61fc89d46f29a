package org.naswot.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.naswot.common.UserFacingException;

/**
 * A NAS-Bench-Suite-Zero table in NASLib's json layout ({@code zc_nasbench301.json}:
 * {@code {"cifar10": {<arch>: {"idx", "arch", "val_accuracy", <proxy>: {"score", "time"}, ...}}}}) read as the
 * equivalent CSV, so that it becomes an ordinary {@link BenchmarkTable}: columns {@code idx}, {@code arch},
 * {@code val_accuracy} and one {@code suite_zero_<proxy>} column per proxy score (their times are left out), rows
 * in {@code idx} order. The {@code suite_zero_} prefix keeps Suite-Zero's values apart from scores computed here.
 */
final class SuiteZeroJson {
    static final String PROXY_PREFIX = "suite_zero_";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SuiteZeroJson() {
    }

    static String toCsv(String text, String source) {
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
        List<JsonNode> rows = new ArrayList<>();
        Set<String> proxies = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get(dataset).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode row = e.getValue();
            if (!row.path("idx").canConvertToInt() && !row.path("idx").asText().matches("\\d+")
                    || !row.path("arch").isTextual() || !row.path("val_accuracy").isNumber()) {
                throw new UserFacingException(source + ": entry " + e.getKey() + " of " + dataset
                        + " lacks an integer idx, a text arch or a numeric val_accuracy");
            }
            row.fields().forEachRemaining(f -> {
                if (f.getValue().isObject() && f.getValue().has("score")) {
                    proxies.add(f.getKey());
                }
            });
            rows.add(row);
        }
        rows.sort((a, b) -> Integer.compare(idx(a), idx(b)));
        StringBuilder csv = new StringBuilder("idx,arch,val_accuracy");
        proxies.forEach(p -> csv.append(',').append(PROXY_PREFIX).append(p));
        csv.append('\n');
        for (JsonNode row : rows) {
            csv.append(idx(row)).append(",\"").append(row.get("arch").asText().replace("\"", "\"\"")).append("\",")
                    .append(number(row.get("val_accuracy")));
            for (String p : proxies) {
                csv.append(',').append(number(row.path(p).path("score")));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static int idx(JsonNode row) {
        return Integer.parseInt(row.get("idx").asText());
    }

    /** Exact decimal text of a json number; empty (NaN in the table) when absent. */
    private static String number(JsonNode v) {
        return v.isNumber() ? v.numberValue().toString().toLowerCase(Locale.ROOT) : "";
    }
}
