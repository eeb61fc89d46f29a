package org.naswot.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.naswot.bench.imports.BenchmarkStore;
import org.naswot.bench.imports.ImportSummary;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.space.SearchSpace;
import org.naswot.space.SpaceDescriptor;

/**
 * Trained accuracies imported into {@code <data-dir>/benchmarks.sqlite} from a benchmark's official files (NATS-Bench
 * archives, ...). A column is {@code dataset/split/budget}, e.g. {@code cifar10-valid/x-valid/90}: the seed mean of
 * the final accuracy, looked up by the architecture's encoding (the benchmark's own key, e.g. {@code 8:8:8:8:8}).
 * For the NATS-Bench size space this is the only source; for NB201 imported values take precedence over the
 * built-in table's columns that name them ({@code "imported"} in the descriptor).
 *
 * <p>A column is read whole on first use and kept, so a context holds no connection and a whole space costs one
 * query per column. Without a store file nothing is opened (and nothing created).
 */
public final class ImportedAccuracies {

    /** A parsed column name. */
    record Column(String dataset, String split, int budget) {
        static Column parse(String column, SpaceDescriptor.Benchmark benchmark) {
            Column c = tryParse(column);
            if (c == null) {
                throw new UserFacingException("accuracy column '" + column + "' is not dataset/split/budget (e.g. "
                        + String.join(", ", benchmark.accuracyColumns()) + ")");
            }
            return c;
        }

        static Column tryParse(String column) {
            String[] parts = column.split("/", -1);
            if (parts.length == 3 && !parts[0].isBlank() && !parts[1].isBlank()) {
                try {
                    return new Column(parts[0], parts[1], Integer.parseInt(parts[2].strip()));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return null;
        }
    }

    private final String spaceId;
    private final SearchSpace space;
    private final SpaceDescriptor.Benchmark benchmark;
    private final Path storeFile;
    private final Map<String, Map<String, Double>> columns = new ConcurrentHashMap<>();
    private volatile Boolean hasImport;

    public ImportedAccuracies(SpaceDescriptor descriptor, SearchSpace space, DataDirectory data) {
        this.spaceId = descriptor.id();
        this.space = space;
        this.benchmark = descriptor.findBenchmark().orElseThrow(() -> new UserFacingException(
                "search space " + descriptor.id() + " has no benchmark"));
        this.storeFile = data.resolve(BenchmarkStore.FILE_NAME);
    }

    /** Whether {@code column} has the form of an imported column ({@code dataset/split/budget}). */
    public static boolean isImportedColumn(String column) {
        return column != null && Column.tryParse(column) != null;
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
        if (!available()) {
            throw new UserFacingException("no " + spaceId + " accuracies imported in " + storeFile
                    + ": download the benchmark (" + sourceHint() + ") and run `naswot data import "
                    + sourceName() + "` with the same --data-dir");
        }
    }

    /** Whether an import of this space exists in the data directory's store. */
    public boolean available() {
        Boolean known = hasImport;
        if (known == null) {
            known = Files.isRegularFile(storeFile) && lookUpImport();
            hasImport = known;
        }
        return known;
    }

    /** The seed-mean accuracy (%) of architecture {@code index} in {@code column}; NaN when not imported. */
    public double accuracy(int index, String column) {
        if (index < 0 || index >= space.size() || !available()) {
            return Double.NaN;
        }
        Map<String, Double> values = columns.computeIfAbsent(column, c -> load(Column.parse(c, benchmark)));
        Double v = values.get(space.architecture(index).encoding());
        return v == null ? Double.NaN : v;
    }

    private Map<String, Double> load(Column c) {
        try (BenchmarkStore store = BenchmarkStore.open(storeFile)) {
            return store.column(spaceId, c.dataset(), c.split(), c.budget(), null, "accuracy");
        }
    }

    private boolean lookUpImport() {
        try (BenchmarkStore store = BenchmarkStore.open(storeFile)) {
            for (ImportSummary s : store.sources()) {
                if (s.space() != null && List.of(s.space().split(",")).contains(spaceId)) {
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
