package org.naswot.bench.imports;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A space's reader of its benchmark's own file format (NAS-Bench-101's tfrecord, NDS's json), found through
 * {@link ServiceLoader} (listed in {@code META-INF/services} beside the space's module), so {@link DataImport} names no
 * space. The format is recognised by {@link DataImport#detect}; the importer knows which space its records belong to.
 */
public interface BenchmarkImporter {

    /** The format this importer reads. */
    DataImport.Kind format();

    /**
     * The store's space a file goes to where its records do not say (NDS: the file's name, or {@code --space}),
     * settled before the store exists; empty when the format takes no {@code --space}.
     *
     * @param option the {@code --space} value, or null to go by the file
     */
    default Optional<String> storeSpace(Path file, String option) {
        return Optional.empty();
    }

    /** @param storeSpace the store's space from {@link #storeSpace}, or null where the format takes none */
    ImportSummary importInto(BenchmarkStore store, Path file, ImportProgress progress, String storeSpace);

    /** The registered importer of {@code format}. */
    static BenchmarkImporter of(DataImport.Kind format) {
        for (BenchmarkImporter i : ServiceLoader.load(BenchmarkImporter.class, BenchmarkImporter.class.getClassLoader())) {
            if (i.format() == format) {
                return i;
            }
        }
        throw new IllegalStateException("no BenchmarkImporter registered for " + format
                + ": the space module that reads it is missing");
    }
}
