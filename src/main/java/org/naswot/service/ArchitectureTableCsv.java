package org.naswot.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.naswot.figures.export.CsvTable;

/**
 * The Architectures tab's rows as CSV (issue 26, N1: every view exports): the rows shown, in their order, with
 * whether each is selected, then every column of the table by its id (operation counts as whole numbers); empty
 * where a value is missing.
 */
public final class ArchitectureTableCsv {
    private ArchitectureTableCsv() {
    }

    /** {@code rows} are row numbers of {@code table}; {@code selected} are benchmark indices. */
    public static CsvTable of(ArchitectureTable table, List<Integer> rows, Set<Integer> selected) {
        List<String> header = new ArrayList<>(List.of("index", "arch", "selected"));
        table.columns().forEach(c -> header.add(c.id()));
        CsvTable t = new CsvTable(header);
        for (int r : rows) {
            String[] cells = new String[header.size()];
            cells[0] = Integer.toString(table.index(r));
            cells[1] = table.arch(r);
            cells[2] = Boolean.toString(selected.contains(table.index(r)));
            int k = 3;
            for (ArchitectureTable.Column c : table.columns()) {
                double v = c.values()[r];
                cells[k++] = Double.isNaN(v) ? "" : c.kind() == ArchitectureTable.Kind.OPERATIONS
                        ? Long.toString((long) v) : CsvTable.number(v);
            }
            t.addRow(cells);
        }
        return t;
    }
}
