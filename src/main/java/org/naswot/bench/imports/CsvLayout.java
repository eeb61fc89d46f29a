package org.naswot.bench.imports;

import java.util.List;
import java.util.ServiceLoader;

/**
 * A CSV layout a space brings, recognised by its header without {@code --mapping} (NB201's shared accuracy table),
 * found through {@link ServiceLoader} (listed in {@code META-INF/services} beside the space's module).
 */
public interface CsvLayout {

    /** How messages name it, e.g. "NB201 table". */
    String name();

    /** Its columns' meaning. */
    CsvMapping mapping();

    /** Every registered layout, in listing order. */
    static List<CsvLayout> registered() {
        return ServiceLoader.load(CsvLayout.class, CsvLayout.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
    }
}
