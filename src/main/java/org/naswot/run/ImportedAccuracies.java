package org.naswot.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.naswot.bench.imports.BenchmarkStore;
import org.naswot.bench.imports.ImportSummary;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.space.SearchSpace;
import org.naswot.space.SpaceDescriptor;

/**
 * Trained accuracies of a space whose benchmark is imported into {@code <data-dir>/benchmarks.sqlite} (NATS-Bench
 * size space) rather than shipped as a CSV table. A column is {@code dataset/split/budget}, e.g.
 * {@code cifar10-valid/x-valid/90}: the seed mean of the final accuracy, looked up by the architecture's
 * encoding (the benchmark's own key, e.g. {@code 8:8:8:8:8}).
 *
 * <p>The store is opened for each value not looked up before and closed again, so a context holds no
 * connection; values are cached, so each architecture costs one query per column.
 */
public final class ImportedAccuracies {

    /** A parsed column name. */
    record Column(String dataset, String split, int budget) {
        static Column parse(String column, SpaceDescriptor.Benchmark benchmark) {
            String[] parts = column.split("/", -1);
            if (parts.length == 3 && !parts[0].isBlank() && !parts[1].isBlank()) {
                try {
                    return new Column(parts[0], parts[1], Integer.parseInt(parts[2].strip()));
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            throw new UserFacingException("accuracy column '" + column + "' is not dataset/split/budget (e.g. "
                    + String.join(", ", benchmark.accuracyColumns()) + ")");
        }
    }

    private final String spaceId;
    private final SearchSpace space;
    private final SpaceDescriptor.Benchmark benchmark;
    private final Path storeFile;
    private final Map<String, Double> cache = new ConcurrentHashMap<>();

    public ImportedAccuracies(SpaceDescriptor descriptor, SearchSpace space, DataDirectory data) {
        this.spaceId = descriptor.id();
        this.space = space;
        this.benchmark = descriptor.findBenchmark().orElseThrow(() -> new UserFacingException(
                "search space " + descriptor.id() + " has no benchmark"));
        this.storeFile = data.resolve(BenchmarkStore.FILE_NAME);
    }

    public String defaultColumn() {
        return benchmark.defaultAccuracyColumn().column();
    }

    /**
     * Fails with a one-line message when the column is malformed or nothing of this space is imported (and then
     * names the file to import).
     */
    public void require(String column) {
        Column.parse(column, benchmark);
        if (!Files.isRegularFile(storeFile) || !hasImport()) {
            throw new UserFacingException("no " + spaceId + " accuracies imported in " + storeFile
                    + ": download the benchmark (" + sourceHint() + ") and run `naswot data import "
                    + sourceName() + "` with the same --data-dir");
        }
    }

    /** The seed-mean accuracy (%) of architecture {@code index} in {@code column}; NaN when not imported. */
    public double accuracy(int index, String column) {
        if (index < 0 || index >= space.size() || !Files.isRegularFile(storeFile)) {
            return Double.NaN;
        }
        return cache.computeIfAbsent(index + "\t" + column, k -> lookup(index, Column.parse(column, benchmark)));
    }

    private double lookup(int index, Column c) {
        String key = space.architecture(index).encoding();
        try (BenchmarkStore store = BenchmarkStore.open(storeFile)) {
            OptionalDouble v = store.value(spaceId, key, c.dataset(), c.split(), c.budget(), null, "accuracy");
            return v.isPresent() ? v.getAsDouble() : Double.NaN;
        }
    }

    private boolean hasImport() {
        try (BenchmarkStore store = BenchmarkStore.open(storeFile)) {
            for (ImportSummary s : store.sources()) {
                if (s.space() != null && java.util.List.of(s.space().split(",")).contains(spaceId)) {
                    return true;
                }
            }
            return false;
        }
    }

    private String sourceName() {
        return benchmark.sources().isEmpty() ? "PATH" : benchmark.sources().get(0).name();
    }

    private String sourceHint() {
        return benchmark.sources().isEmpty() || benchmark.sources().get(0).url() == null ? "see the README"
                : benchmark.sources().get(0).name() + " from " + benchmark.sources().get(0).url();
    }
}
