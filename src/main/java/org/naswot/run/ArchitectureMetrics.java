package org.naswot.run;

import org.naswot.spaces.SpaceModules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naswot.bench.BenchmarkTable;
import org.naswot.bench.imports.BenchmarkStore;
import org.naswot.common.UserFacingException;
import org.naswot.space.SpaceDescriptor;

/**
 * {@code naswot benchmark}: every metric known for one architecture, from the space's CSV benchmark table (each
 * column of its row, numbers as Double (NaN for an empty cell), text as String) followed by everything imported into
 * benchmarks.sqlite ({@link BenchmarkStore#allMetrics}, keys {@code dataset[/split][/budget][/seedN]/metric}).
 *
 * @param sources the files the metrics came from
 */
public record ArchitectureMetrics(String space, int index, String arch, Map<String, Object> metrics,
                                  List<String> sources) {

    public static ArchitectureMetrics of(SpaceContext ctx, int index) {
        String arch = ctx.space().architecture(index).encoding();
        Map<String, Object> metrics = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        BenchmarkTable table = ctx.table();
        if (table != null && table.contains(index)) {
            SpaceDescriptor.Benchmark b = table.benchmark();
            for (String column : table.columns()) {
                if (column.equals(b.indexColumn()) || column.equals(b.archColumn())) {
                    continue;
                }
                metrics.put(column, cell(table, index, column));
            }
            sources.add(table.source());
        }
        Path storeFile = ctx.data().resolve(BenchmarkStore.FILE_NAME);
        if (Files.isRegularFile(storeFile)) {
            try (BenchmarkStore store = BenchmarkStore.open(storeFile)) {
                // a space's imports may be stored under another name (NDS: the file's, nds-darts for nds:DARTS)
                Map<String, Double> imported = store.allMetrics(
                        SpaceModules.of(ctx.descriptor()).storeSpace(ctx.descriptor()), index);
                if (!imported.isEmpty()) {
                    if (ctx.accuraciesFromEntries()) {
                        // the space's accuracy column as score-space names it (NDS: test_accuracy)
                        metrics.put(ctx.defaultAccuracyColumn(), ctx.accuracy(index, ctx.defaultAccuracyColumn()));
                    }
                    if (table != null) {
                        preferImported(ctx, table.benchmark(), metrics, imported);
                    }
                    metrics.putAll(imported);
                    sources.add(storeFile.toString());
                }
            }
        }
        if (metrics.isEmpty()) {
            String hint = ctx.descriptor().findBenchmark().map(SpaceDescriptor.Benchmark::sources)
                    .filter(s -> !s.isEmpty()).map(s -> "naswot data import <" + s.get(0).name() + ">")
                    .orElse("naswot data import PATH");
            throw new UserFacingException("no benchmark metrics for " + ctx.id() + " architecture " + index + " ("
                    + arch + ") in " + ctx.data().root() + ": import the benchmark first (" + hint + ")");
        }
        return new ArchitectureMetrics(ctx.id(), index, arch, metrics, sources);
    }

    /** The official files a user imported take precedence over the table's columns that stand for their metrics. */
    private static void preferImported(SpaceContext ctx, SpaceDescriptor.Benchmark b, Map<String, Object> metrics,
                                       Map<String, Double> imported) {
        for (SpaceDescriptor.AccuracyColumn a : b.accuracies()) {
            Double v = a.imported() == null ? null : imported.get(a.imported() + "/accuracy");
            if (v != null && metrics.containsKey(a.column())) {
                metrics.put(a.column(), v);
            }
        }
        Double params = b.paramsImported() == null ? null : imported.get(b.paramsImported());
        if (params != null && b.paramsColumn() != null && metrics.containsKey(b.paramsColumn())) {
            metrics.put(b.paramsColumn(), params);
        }
    }

    private static Object cell(BenchmarkTable table, int index, String column) {
        try {
            return table.value(index, column);
        } catch (UserFacingException notNumeric) {
            return table.text(index, column);
        }
    }
}
