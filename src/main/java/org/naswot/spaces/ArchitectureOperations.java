package org.naswot.spaces;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;
import org.naswot.space.SpaceDescriptor;

/**
 * Operation counts of many architectures of one space, column by column, from the space's module
 * ({@link SpaceModule#operationCounts}): what the architecture table's "# op" columns hold.
 */
public final class ArchitectureOperations {
    private ArchitectureOperations() {
    }

    /**
     * @param indices   each row's benchmark index (-1: none)
     * @param encodings each row's architecture as scores store it (read where the index does not name one)
     * @return per operation, in the space's order, its count in each row (NaN where the row's architecture cannot be
     *         read); an operation that no row uses is left out (a column of zeros), and a space without operations
     *         gives none
     */
    public static Map<String, double[]> counts(SpaceDescriptor descriptor, SearchSpace space, int[] indices,
                                               String[] encodings) {
        SpaceModule module = SpaceModules.of(descriptor);
        List<Map<String, Integer>> rows = new ArrayList<>(indices.length);
        // the first row to name an operation places its column: every architecture names the space's operations
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int r = 0; r < indices.length; r++) {
            Map<String, Integer> counts = countsOf(module, space, indices[r], encodings[r]);
            rows.add(counts);
            counts.keySet().forEach(op -> out.computeIfAbsent(op, k -> new double[indices.length]));
        }
        for (int r = 0; r < indices.length; r++) {
            Map<String, Integer> counts = rows.get(r);
            for (Map.Entry<String, double[]> column : out.entrySet()) {
                // a row whose architecture cannot be read has no counts (NaN), not zeros
                column.getValue()[r] = counts.isEmpty() ? Double.NaN : counts.getOrDefault(column.getKey(), 0);
            }
        }
        out.values().removeIf(ArchitectureOperations::unused);
        return out;
    }

    /** A row's counts; empty when its architecture cannot be read (then its row stays NaN). */
    private static Map<String, Integer> countsOf(SpaceModule module, SearchSpace space, int index, String encoding) {
        try {
            Architecture a = index >= 0 && index < space.size() ? space.architecture(index) : space.parse(encoding);
            return module.operationCounts(a);
        } catch (UserFacingException | IllegalArgumentException | IndexOutOfBoundsException unreadable) {
            return Map.of();
        }
    }

    private static boolean unused(double[] column) {
        for (double v : column) {
            if (v > 0) {
                return false;
            }
        }
        return true;
    }
}
