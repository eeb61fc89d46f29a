package org.naswot.bench;

import java.util.OptionalInt;
import org.naswot.common.UserFacingException;
import org.naswot.data.BuiltInData;
import org.naswot.space.SpaceDescriptor;

/**
 * Checks a benchmark table read from the data directory against the application's built-in copy, where there is one:
 * each index must hold the same architecture, or networks would be scored and paired with other networks'
 * accuracies. {@code data import} checks rows the same way (CsvRowCheck); this covers a table copied in by hand.
 */
public final class CanonicalOrder {
    private CanonicalOrder() {
    }

    /** The space's benchmark table over {@code data}, checked: a table copied in by hand must keep the built-in order. */
    public static BenchmarkTable load(org.naswot.data.DataDirectory data, SpaceDescriptor space) {
        return checked(BenchmarkTable.load(data, space), space);
    }

    /** @throws UserFacingException naming the file, line and the index the row's architecture really has */
    public static BenchmarkTable checked(BenchmarkTable table, SpaceDescriptor space) {
        if (table.source().startsWith("built-in ") || table.benchmark().file() == null
                || BuiltInData.forRelative(table.benchmark().file()).isEmpty()) {
            return table;
        }
        BenchmarkTable canonical = BenchmarkTable.builtIn(space);
        for (int index : table.indices()) {
            String arch = table.arch(index);
            if (canonical.contains(index) && !canonical.arch(index).equals(arch)) {
                OptionalInt really = canonical.indexOf(arch);
                throw new UserFacingException(table.source() + ", line " + table.line(index) + ": index " + index
                        + " holds " + arch + ", but that is " + space.id() + "'s "
                        + (really.isPresent() ? "architecture " + really.getAsInt() : "no architecture at all")
                        + " (rows out of order or mislabelled: networks would be paired with other networks' "
                        + "accuracies); copy the table again, or remove it to use the built-in one");
            }
        }
        return table;
    }
}
