package org.naswot.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of a protocol's repeated runs (one per seed) from their own summaries: the correlation and quality
 * measures are the means over the seeds (VKDNW's table reports the mean of 5 runs), each seed's Kendall taus are kept
 * in lists, counts are summed, and the rest (accuracy column, space, ...) is the first run's.
 */
final class ProtocolSummary {
    /** Single numbers averaged over the seeds. */
    private static final List<String> MEANS = List.of("kendall_tau", "spearman_rho", "seconds_per_arch");
    /** Maps of numbers by measure id, averaged per id. */
    private static final List<String> MEAN_MAPS = List.of("proxy_kendall_tau", "proxy_spearman",
            "proxy_top10_precision", "proxy_ndcg", "proxy_best_of_n", "proxy_tau_params", "proxy_tau_flops");
    private static final List<String> SUMS = List.of("computed", "reused", "proxies_computed", "proxies_reused",
            "proxies_failed", "wall_seconds");
    private static final List<String> SUM_MAPS = List.of("failed", "undefined");

    private ProtocolSummary() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(List<Map<String, Object>> seeds) {
        Map<String, Object> out = new LinkedHashMap<>(seeds.get(0));
        out.remove("run_id");
        out.remove("protocol_seed");
        for (String key : MEANS) {
            out.computeIfPresent(key, (k, v) -> mean(seeds.stream().map(s -> s.get(k)).toList()));
        }
        for (String key : MEAN_MAPS) {
            out.computeIfPresent(key, (k, v) -> {
                Map<String, Object> means = JsonLines.object();
                ((Map<String, Object>) v).keySet().forEach(id -> means.put(id, mean(seeds.stream()
                        .map(s -> ((Map<String, Object>) s.get(k)).get(id)).toList())));
                return means;
            });
        }
        for (String key : SUMS) {
            out.computeIfPresent(key, (k, v) -> sum(seeds.stream().map(s -> s.get(k)).toList(), v));
        }
        for (String key : SUM_MAPS) {
            out.computeIfPresent(key, (k, v) -> {
                Map<String, Object> sums = new java.util.TreeMap<>();
                seeds.forEach(s -> ((Map<String, Object>) s.get(k)).forEach((id, n) ->
                        sums.merge(id, n, (a, b) -> ((Number) a).intValue() + ((Number) b).intValue())));
                return sums;
            });
        }
        List<Object> taus = new ArrayList<>();
        seeds.forEach(s -> taus.addAll((List<Object>) s.get("kendall_tau_seeds")));
        out.put("kendall_tau_seeds", taus);
        if (out.containsKey("proxy_kendall_tau_seeds")) {
            Map<String, Object> lists = JsonLines.object();
            for (Map<String, Object> s : seeds) {
                ((Map<String, Object>) s.get("proxy_kendall_tau_seeds")).forEach((id, l) ->
                        ((List<Object>) lists.computeIfAbsent(id, x -> new ArrayList<>())).addAll((List<Object>) l));
            }
            out.put("proxy_kendall_tau_seeds", lists);
        }
        out.put("protocol_seeds", seeds.stream().map(s -> s.get("protocol_seed")).toList());
        out.put("run_ids", seeds.stream().map(s -> s.get("run_id")).toList());
        out.put("cancelled", seeds.stream().anyMatch(s -> Boolean.TRUE.equals(s.get("cancelled"))));
        return out;
    }

    /** The mean of the seeds' values; NaN (null in JSON) when one is missing or not finite. */
    private static Object mean(List<Object> values) {
        double sum = 0;
        for (Object v : values) {
            if (!(v instanceof Number n)) {
                return JsonLines.number(Double.NaN);
            }
            sum += n.doubleValue();
        }
        return JsonLines.number(sum / values.size());
    }

    private static Object sum(List<Object> values, Object first) {
        if (first instanceof Integer || first instanceof Long) {
            return values.stream().mapToLong(v -> ((Number) v).longValue()).sum();
        }
        return JsonLines.number(values.stream().mapToDouble(v -> ((Number) v).doubleValue()).sum());
    }
}
