package org.naswot.bench.imports;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;
import org.naswot.common.UserFacingException;

/**
 * Checks each row of an imported CSV before anything of it is stored: the index is in range and the architecture
 * parses in its space, and where the space has a canonical order (NB201: the benchmark's, as in the built-in table)
 * the row's architecture is the one at its index, so a file with swapped rows cannot pair networks with other
 * networks' accuracies. A failing row ends the import naming file, line and column; the store stays unchanged.
 * A space brings its own check as a {@link Provider} (listed in {@code META-INF/services}), so the importers need not
 * know any space.
 */
public interface CsvRowCheck {

    /** A space's own check, found through {@link ServiceLoader}. */
    interface Provider {
        /** The check for rows of {@code space}; empty when the space is not this provider's. */
        Optional<CsvRowCheck> forSpace(String space);
    }

    /** @param index the row's index (null when the mapping has no index column); arch its architecture text */
    void check(Integer index, String arch, Path file, int line, CsvMapping mapping);

    /** The check for the mapping's space: the space's own (NB201's canonical order), else indices not negative. */
    static CsvRowCheck forSpace(String space) {
        for (Provider p : ServiceLoader.load(Provider.class, CsvRowCheck.class.getClassLoader())) {
            Optional<CsvRowCheck> own = p.forSpace(space);
            if (own.isPresent()) {
                return own.get();
            }
        }
        return (index, arch, file, line, mapping) -> {
            if (index != null && index < 0) {
                throw new UserFacingException(file + ": line " + line + ", column '" + mapping.indexColumn()
                        + "': index " + index + " is negative");
            }
        };
    }
}
