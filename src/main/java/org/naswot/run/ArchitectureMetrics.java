package org.naswot.run;

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
                                  List<Path> sources) {

    public static ArchitectureMetrics of(SpaceContext ctx, int index) {
        String arch = ctx.space().architecture(index).encoding();
        Map<String, Object> metrics = new LinkedHashMap<>();
        List<Path> sources = new ArrayList<>();
        BenchmarkTable table = ctx.table();
        if (table != null && table.contains(index)) {
            SpaceDescriptor.Benchmark b = table.benchmark();
            for (String column : table.columns()) {
                if (column.equals(b.indexColumn()) || column.equals(b.archColumn())) {
                    continue;
                }
                metrics.put(column, cell(table, index, column));
            }
            sources.add(table.file());
        }
        Path storeFile = ctx.data().resolve(BenchmarkStore.FILE_NAME);
        if (Files.isRegularFile(storeFile)) {
            try (BenchmarkStore store = BenchmarkStore.open(storeFile)) {
                Map<String, Double> imported = store.allMetrics(ctx.id(), index);
                if (!imported.isEmpty()) {
                    metrics.putAll(imported);
                    sources.add(storeFile);
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

    private static Object cell(BenchmarkTable table, int index, String column) {
        try {
            return table.value(index, column);
        } catch (UserFacingException notNumeric) {
            return table.text(index, column);
        }
    }
}
