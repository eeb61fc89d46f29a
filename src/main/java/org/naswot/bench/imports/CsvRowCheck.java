package org.naswot.bench.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.naswot.bench.BenchmarkTable;
import org.naswot.common.UserFacingException;
import org.naswot.space.SpaceCatalog;
import org.naswot.space.nb201.Nb201Architecture;
import org.naswot.space.nb201.Nb201Space;

/**
 * Checks each row of an imported CSV before anything of it is stored: the index is in range and the architecture
 * parses in its space, and where the space has a canonical order (NB201: the benchmark's, as in the built-in table)
 * the row's architecture is the one at its index, so a file with swapped rows cannot pair networks with other
 * networks' accuracies. A failing row ends the import naming file, line and column; the store stays unchanged.
 */
interface CsvRowCheck {

    /** @param index the row's index (null when the mapping has no index column); arch its architecture text */
    void check(Integer index, String arch, Path file, int line, CsvMapping mapping);

    /** The check for the mapping's space: NB201's canonical order, else indices that are not negative. */
    static CsvRowCheck forSpace(String space) {
        if (Nb201Space.ID.equals(space)) {
            return new Nb201Order();
        }
        return (index, arch, file, line, mapping) -> {
            if (index != null && index < 0) {
                throw new UserFacingException(file + ": line " + line + ", column '" + mapping.indexColumn()
                        + "': index " + index + " is negative");
            }
        };
    }

    /** NB201: indices 0..15624, cell strings that parse, each at the benchmark's index of that cell. */
    final class Nb201Order implements CsvRowCheck {
        private final Nb201Space space;

        Nb201Order() {
            // the canonical order is the benchmark's own; the built-in table carries it
            BenchmarkTable table = BenchmarkTable.builtIn(SpaceCatalog.builtIn().get(Nb201Space.ID));
            List<String> archs = new ArrayList<>(table.size());
            for (int i = 0; i < table.size(); i++) {
                archs.add(table.arch(i));
            }
            this.space = Nb201Space.fromBenchmarkOrder(archs);
        }

        @Override
        public void check(Integer index, String arch, Path file, int line, CsvMapping mapping) {
            if (index != null && (index < 0 || index >= Nb201Space.SIZE)) {
                throw new UserFacingException(file + ": line " + line + ", column '" + mapping.indexColumn()
                        + "': index " + index + " is out of NB201's range 0.." + (Nb201Space.SIZE - 1));
            }
            if (arch == null) {
                return;
            }
            Nb201Architecture parsed;
            try {
                parsed = space.parse(arch);
            } catch (UserFacingException e) {
                throw new UserFacingException(file + ": line " + line + ", column '" + mapping.archColumn() + "': '"
                        + arch + "' is not an NB201 cell (" + e.getMessage() + ")", e);
            }
            if (index != null && parsed.index() != index) {
                throw new UserFacingException(file + ": line " + line + ": index " + index + " holds " + arch
                        + ", but that is NB201's cell " + parsed.index() + " (rows out of order or mislabelled: "
                        + "networks would be paired with other networks' accuracies)");
            }
        }
    }
}
