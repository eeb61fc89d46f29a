package org.naswot.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.naswot.figures.export.CsvTable;

/**
 * File ▸ Export on a table tab (the Architectures and the Runs tabs, issue 26): asks for a CSV file and writes the
 * table's rows as shown, first as '#' lines what the table holds and where its data came from.
 */
public final class ShownRowsCsv {
    private ShownRowsCsv() {
    }

    /**
     * Asks for a file named {@code initialName} and writes {@code rows} there after a "# table:" line saying
     * {@code table} and one '#' line per {@code provenance} entry; null when the user cancelled.
     */
    public static Path save(Window owner, SaveTarget target, String initialName, String table,
                            Map<String, String> provenance, Supplier<CsvTable> rows) throws IOException {
        Path file = target.choose(owner, initialName, "csv");
        if (file == null) {
            return null;
        }
        Map<String, String> comments = new LinkedHashMap<>();
        comments.put("table", table);
        comments.putAll(provenance);
        rows.get().write(file, comments);
        return file;
    }

    /**
     * A table view's rows as shown (filtered and sorted), one CSV column per visible column, headed as on screen;
     * numbers in full precision ("nan" where the table shows "-").
     */
    public static <S> CsvTable of(TableView<S> view) {
        List<TableColumn<S, ?>> columns = view.getVisibleLeafColumns();
        List<String> header = new ArrayList<>();
        for (TableColumn<S, ?> c : columns) {
            header.add(headerText(c));
        }
        CsvTable csv = new CsvTable(header);
        for (S item : view.getItems()) {
            String[] cells = new String[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                Object v = columns.get(i).getCellData(item);
                cells[i] = v == null ? "" : v instanceof Double d ? (d == Math.rint(d) && Math.abs(d) < 1e15
                        ? Long.toString(d.longValue()) : CsvTable.number(d)) : v.toString();
            }
            csv.addRow(cells);
        }
        return csv;
    }

    /** The column's title: its text, or the text of the wrapping label that stands for it (WrappingHeader). */
    static String headerText(TableColumn<?, ?> c) {
        if (c.getText() != null && !c.getText().isEmpty()) {
            return c.getText();
        }
        return c.getGraphic() instanceof Labeled l && l.getText() != null ? l.getText() : "";
    }
}
