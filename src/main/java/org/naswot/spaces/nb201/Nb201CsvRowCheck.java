package org.naswot.spaces.nb201;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.naswot.bench.BenchmarkTable;
import org.naswot.bench.imports.CsvMapping;
import org.naswot.bench.imports.CsvRowCheck;
import org.naswot.common.UserFacingException;
import org.naswot.space.SpaceCatalog;
import org.naswot.space.nb201.Nb201Architecture;
import org.naswot.space.nb201.Nb201Space;

/** NB201: indices 0..15624, cell strings that parse, each at the benchmark's index of that cell. */
public final class Nb201CsvRowCheck implements CsvRowCheck {

    /** Registered in {@code META-INF/services}: NB201's rows get this check. */
    public static final class Provider implements CsvRowCheck.Provider {
        @Override
        public Optional<CsvRowCheck> forSpace(String space) {
            return Nb201Space.ID.equals(space) ? Optional.of(new Nb201CsvRowCheck()) : Optional.empty();
        }
    }

    private final Nb201Space space;

    Nb201CsvRowCheck() {
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
