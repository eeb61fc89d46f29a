package org.naswot.app.search;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.naswot.service.SearchFinals;

/**
 * The Search tab's summary: one row per search shown, random sampling included, with its runs, mean +- std (n - 1),
 * median and best final accuracy and the queries each run took. The numbers come from {@link SearchFinals}; this only
 * formats them. Hidden until a search has a final accuracy.
 */
final class SearchFinalsTable extends VBox {
    private static final double ROW = 24;
    private final Label title = new Label();
    private final TableView<SearchFinals> table = new TableView<>();

    SearchFinalsTable() {
        super(2);
        setId("search-finals");
        title.getStyleClass().add("view-subtitle");
        table.getColumns().add(column("search", SearchFinals::label, 190));
        table.getColumns().add(column("runs", f -> Integer.toString(f.runs()), 50));
        table.getColumns().add(column("mean \u00b1 std", SearchFinalsTable::meanStd, 120));
        table.getColumns().add(column("median", f -> format(f.median()), 70));
        table.getColumns().add(column("best", f -> format(f.best()), 70));
        table.getColumns().add(column("queries per run", SearchFinalsTable::queries, 130));
        table.setFixedCellSize(ROW);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // a read-only summary: nothing to select, so no row looks picked
        table.setSelectionModel(null);
        table.setFocusTraversable(false);
        getChildren().addAll(title, table);
        show(List.of(), "accuracy");
    }

    /** Shows these rows; the title names the accuracy they summarise. */
    void show(List<SearchFinals> rows, String accuracyLabel) {
        table.getItems().setAll(rows);
        title.setText("Final " + accuracyLabel + " (%) of each search's chosen cells, over its runs:");
        // tall enough for the header and every row, no more: a handful of searches, no scrolling
        table.setPrefHeight(ROW * (rows.size() + 1) + 8);
        table.setMaxHeight(table.getPrefHeight());
        setVisible(!rows.isEmpty());
        setManaged(!rows.isEmpty());
    }

    /** The rows as the table shows them, cell by cell (tests read it). */
    List<List<String>> cells() {
        return table.getItems().stream().map(f -> table.getColumns().stream()
                .map(c -> (String) c.getCellData(f)).toList()).toList();
    }

    static String meanStd(SearchFinals f) {
        return Double.isNaN(f.std()) ? format(f.mean()) + " (one run)"
                : format(f.mean()) + " \u00b1 " + format(f.std());
    }

    static String queries(SearchFinals f) {
        return f.minQueries() == f.maxQueries() ? Integer.toString(f.minQueries())
                : f.minQueries() + "\u2013" + f.maxQueries();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static TableColumn<SearchFinals, String> column(String title, Function<SearchFinals, String> value,
                                                            double width) {
        TableColumn<SearchFinals, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
