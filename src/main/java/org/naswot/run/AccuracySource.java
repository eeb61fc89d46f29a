package org.naswot.run;

import org.naswot.bench.BenchmarkTable;
import org.naswot.common.UserFacingException;
import org.naswot.space.SpaceDescriptor;
import org.naswot.spaces.EntryAccuracies;

/**
 * One place a space's trained accuracies come from. {@link SpaceContext} asks its sources in order (the imported
 * entries, an import of the official benchmark, the table, nothing) and the first that holds a column answers, with its
 * provenance; a source that holds the column answers NaN for an architecture it lacks rather than pass it on.
 */
interface AccuracySource {

    /** The accuracy, NaN where this source holds the column but not the architecture; null: not this source's. */
    Double accuracy(int index, String column);

    /** Where this source's values of the column come from; null when it does not hold the column. */
    String provenance(String column);

    /** The column shown first; null to leave it to the next source. */
    String defaultColumn();

    /**
     * True when this source holds the column; false to ask the next source.
     *
     * @throws UserFacingException when the column is this source's to answer but unknown, with the columns it has
     */
    boolean require(String column);

    /** The entries' own accuracies (NDS): the only source of such a space, a single column. */
    record Entries(EntryAccuracies entries, String spaceId) implements AccuracySource {
        @Override
        public Double accuracy(int index, String column) {
            return column.equals(entries.column()) && index >= 0 && index < entries.values().length
                    ? entries.values()[index] : Double.NaN;
        }

        @Override
        public String provenance(String column) {
            return entries.source();
        }

        @Override
        public String defaultColumn() {
            return entries.column();
        }

        @Override
        public boolean require(String column) {
            if (!entries.column().equals(column)) {
                throw new UserFacingException("unknown accuracy column '" + column + "' for " + spaceId
                        + " (available: " + entries.column() + ")");
            }
            if (entries.values().length == 0) {
                throw new UserFacingException(entries.missing());
            }
            return true;
        }
    }

    /**
     * Accuracies imported into benchmarks.sqlite: every column of a space without a table (nats-sss, {@code alone});
     * beside a table, its {@code dataset/split/budget} columns and the table columns that name an imported
     * counterpart in the descriptor ({@code "imported": "cifar10/ori-test/200"}), ahead of the table's values.
     */
    record Imported(ImportedAccuracies imported, SpaceDescriptor descriptor, boolean alone, String file)
            implements AccuracySource {
        @Override
        public Double accuracy(int index, String column) {
            String key = alone || ImportedAccuracies.isImportedColumn(column) ? column : importedKey(column);
            if (key == null) {
                return null;
            }
            double v = imported.accuracy(index, key);
            // a table column the import lacks for this architecture falls back to the table
            return !Double.isNaN(v) || alone || key.equals(column) ? v : null;
        }

        @Override
        public String provenance(String column) {
            return imported.available()
                    && (alone || ImportedAccuracies.isImportedColumn(column) || importedKey(column) != null)
                    ? "imported " + file : null;
        }

        @Override
        public String defaultColumn() {
            return alone ? imported.defaultColumn() : null;
        }

        @Override
        public boolean require(String column) {
            if (alone || ImportedAccuracies.isImportedColumn(column)) {
                imported.require(column);
                return true;
            }
            return false;
        }

        /** The imported column standing for a table column, or null when no import holds it. */
        String importedKey(String tableColumn) {
            if (!imported.available()) {
                return null;
            }
            return descriptor.findBenchmark().flatMap(b -> b.accuracies().stream()
                    .filter(a -> a.column().equals(tableColumn) && a.imported() != null).findFirst())
                    .map(SpaceDescriptor.AccuracyColumn::imported).orElse(null);
        }
    }

    /** The space's table of trained accuracies (and score columns such as parameters). */
    record Table(BenchmarkTable table) implements AccuracySource {
        @Override
        public Double accuracy(int index, String column) {
            return index < 0 || !table.contains(index) ? Double.NaN : table.value(index, column);
        }

        @Override
        public String provenance(String column) {
            return table.source();
        }

        @Override
        public String defaultColumn() {
            return table.defaultAccuracy().column();
        }

        @Override
        public boolean require(String column) {
            if (table.benchmark().scores().stream().anyMatch(sc -> sc.column().equals(column))) {
                table.column(column);
            } else {
                table.accuracy(0, table.benchmark().accuracy(column));
            }
            return true;
        }
    }

    /** The end of every chain: no accuracies at all. */
    record None(String spaceId, java.nio.file.Path root) implements AccuracySource {
        @Override
        public Double accuracy(int index, String column) {
            return Double.NaN;
        }

        @Override
        public String provenance(String column) {
            return "";
        }

        @Override
        public String defaultColumn() {
            return "";
        }

        @Override
        public boolean require(String column) {
            if (column.isEmpty()) {
                // the default column of a space without any accuracies (a declarative space before an import):
                // scores stand alone
                return true;
            }
            throw new UserFacingException("no accuracy table for " + spaceId + " in " + root
                    + ": import the benchmark first (naswot data import PATH)");
        }
    }
}
