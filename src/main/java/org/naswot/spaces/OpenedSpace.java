package org.naswot.spaces;

import org.naswot.bench.BenchmarkTable;
import org.naswot.space.NetworkBuilder;
import org.naswot.space.SearchSpace;

/**
 * A space opened over a data directory.
 *
 * @param table   the benchmark table of trained accuracies, or null (accuracies imported, or none)
 * @param entries accuracies that come with the space's imported entries (NDS), or null
 */
public record OpenedSpace(SearchSpace space, NetworkBuilder builder, BenchmarkTable table, EntryAccuracies entries) {

    public static OpenedSpace withTable(SearchSpace space, NetworkBuilder builder, BenchmarkTable table) {
        return new OpenedSpace(space, builder, table, null);
    }
}
