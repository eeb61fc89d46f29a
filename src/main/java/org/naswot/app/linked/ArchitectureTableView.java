package org.naswot.app.linked;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.naswot.app.theme.WrappingHeader;
import org.naswot.service.ArchitectureTable;

/**
 * Every architecture of the shown run in one sortable, searchable table: index, encoding, score, every stored proxy,
 * every accuracy column, params, FLOPs, operation counts, rank and percentile. Rows are row numbers of an
 * {@link ArchitectureTable} (columnar doubles), ordered once per column when read, filtered here; the TableView's
 * items are the positions of the shown rows ({@link ShownRows}), so a sort changes no item and only the visible cells
 * write new values. Its row selection (by position) is the window's {@link LinkedSelection}.
 */
public final class ArchitectureTableView extends BorderPane {
    private final ArchitectureTableModel model;
    private final LinkedSelection selection;
    private final TableView<Integer> table = new TableView<>();
    private final RestyleOnChangeTableSkin skin = new RestyleOnChangeTableSkin(table);
    private final TextField search = new TextField();
    private final Label count = new Label();
    /** The table's items: positions of the shown rows (row numbers of the table), filtered and sorted. */
    private final ShownRows rows = new ShownRows();
    /** Position in {@link #rows} of each row number, -1 when filtered out. */
    private int[] positionOf = new int[0];
    /** True while the table's selection is being set from the linked selection (not a user's choice). */
    private boolean following;

    public ArchitectureTableView(ArchitectureTableModel model, LinkedSelection selection) {
        this.model = model;
        this.selection = selection;
        getStyleClass().add("architecture-table");
        search.setPromptText("Search: index or part of the architecture, e.g. nor_conv_3x3~0");
        search.setTooltip(new Tooltip("Rows whose index is a word of the search, or whose architecture string "
                + "contains every word (case ignored)"));
        HBox.setHgrow(search, Priority.ALWAYS);
        Button clear = new Button("Clear selection");
        clear.setOnAction(e -> selection.clear());
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label find = new Label("Find");
        find.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        search.setMinWidth(80);
        HBox bar = new HBox(8, find, search, clear, count);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar-strip");
        bar.setPadding(new Insets(4, 8, 4, 8));
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add("view-subtitle");
        status.setPadding(new Insets(0, 8, 4, 8));
        setTop(new javafx.scene.layout.VBox(bar, status));
        table.setItems(rows);
        table.setSkin(skin);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(""));
        // rows of one fixed height: the flow need not measure each row's cells as it scrolls (30+ columns wide);
        // the height follows the font (Large fonts)
        count.fontProperty().addListener((o, a, f) -> table.setFixedCellSize(rowHeight(f)));
        table.setFixedCellSize(rowHeight(count.getFont()));
        table.setSortPolicy(t -> {
            applyFilterAndSort();
            return true;
        });
        setCenter(table);
        model.tableProperty().addListener((o, a, t) -> rebuild(t));
        search.textProperty().addListener((o, a, b) -> applyFilterAndSort());
        table.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> selectionChanged());
        selection.indicesProperty().addListener((o, a, b) -> follow(b));
        rebuild(model.table());
    }

    private void rebuild(ArchitectureTable t) {
        following = true;
        try {
            rows.reset(t.size());
        } finally {
            following = false;
        }
        List<TableColumn<Integer, ?>> columns = new ArrayList<>();
        columns.add(textColumn("#", "The architecture's index in the benchmark", 70,
                Comparator.comparingInt(t::index), r -> Integer.toString(t.index(r)), true));
        TableColumn<Integer, Integer> arch = textColumn("architecture", "The architecture's encoding (copy it from "
                + "the details pane)", 380, Comparator.comparing(t::arch), t::arch, false);
        arch.setUserData("arch");
        columns.add(arch);
        for (ArchitectureTable.Column c : t.columns()) {
            columns.add(numberColumn(c));
        }
        table.getSortOrder().clear();
        table.getColumns().setAll(columns);
        applyFilterAndSort();
    }

    private TableColumn<Integer, Integer> textColumn(String title, String explanation, double width,
                                                     Comparator<Integer> order,
                                                     java.util.function.IntFunction<String> text, boolean right) {
        TableColumn<Integer, Integer> c = new TableColumn<>();
        WrappingHeader.install(c, title, explanation);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setComparator(order);
        // the items are positions: a cell writes the value of the row shown at its position
        c.setCellFactory(col -> new ValueCell(text, rows, right));
        return c;
    }

    private TableColumn<Integer, Integer> numberColumn(ArchitectureTable.Column column) {
        double[] v = column.values();
        // each value written once, when first shown (a sort shows the same rows' values again and again)
        String[] texts = new String[v.length];
        // NaN (no value) sorts last in either direction: TableView reverses the comparator for descending
        Comparator<Integer> order = (a, b) -> Double.compare(v[a], v[b]);
        TableColumn<Integer, Integer> c = textColumn(ValueText.header(column), column.id() + ": " + column.label(),
                switch (column.kind()) {
                    case ACCURACY -> 150;
                    case PROXY, OPERATIONS -> 90;
                    default -> 100;
                }, order,
                r -> texts[r] != null ? texts[r] : (texts[r] = ValueText.of(column.kind(), v[r])), true);
        c.setUserData(column);
        return c;
    }

    /** Filters by the search words and sorts by the table's sort order, then restores the selection. */
    private void applyFilterAndSort() {
        ArchitectureTable t = model.table();
        if (!rows.holds(t.size())) {
            return;
        }
        String[] words = search.getText() == null ? new String[0]
                : search.getText().toLowerCase(Locale.ROOT).trim().split("\\s+");
        boolean[] keep = new boolean[t.size()];
        for (int r = 0; r < keep.length; r++) {
            keep[r] = matches(t, r, words);
        }
        int[] shown = shownOrder(t, keep);
        positionOf = new int[t.size()];
        Arrays.fill(positionOf, -1);
        for (int p = 0; p < shown.length; p++) {
            positionOf[shown[p]] = p;
        }
        following = true;
        try {
            rows.show(shown);
        } finally {
            following = false;
        }
        count.setText(String.format(Locale.ROOT, "%,d of %,d", shown.length, t.size()));
        follow(selection.indices());
    }

    /** The key of a column's order in the table: its numeric column's id, or the index or the architecture. */
    private static String sortKey(TableColumn<Integer, ?> col) {
        if (col.getUserData() instanceof ArchitectureTable.Column c) {
            return c.id();
        }
        return "arch".equals(col.getUserData()) ? ArchitectureTable.ARCH : ArchitectureTable.INDEX;
    }

    /** The kept rows in the sort order's order (table order when unsorted). */
    private int[] shownOrder(ArchitectureTable t, boolean[] keep) {
        int[] out = new int[t.size()];
        int n = 0;
        if (table.getSortOrder().size() == 1) {
            // one sort column: walk its order, sorted once when the table was read (no comparisons here)
            TableColumn<Integer, ?> col = table.getSortOrder().get(0);
            double[] v = col.getUserData() instanceof ArchitectureTable.Column c ? c.values() : null;
            n = walk(t.ascendingOrder(sortKey(col)), v, col.getSortType() == TableColumn.SortType.DESCENDING, keep,
                    out);
        } else {
            List<Integer> kept = new ArrayList<>(t.size());
            for (int r = 0; r < keep.length; r++) {
                if (keep[r]) {
                    kept.add(r);
                }
            }
            Comparator<Integer> order = comparator();
            if (order != null) {
                kept.sort(order);
            }
            for (int r : kept) {
                out[n++] = r;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Writes the kept rows in {@code ascending} order, or in reverse with the NaN rows (no value) still last, into
     * {@code out}; returns how many.
     */
    private static int walk(int[] ascending, double[] values, boolean descending, boolean[] keep, int[] out) {
        int n = 0;
        if (!descending) {
            for (int r : ascending) {
                if (keep[r]) {
                    out[n++] = r;
                }
            }
            return n;
        }
        int known = ascending.length;
        while (values != null && known > 0 && Double.isNaN(values[ascending[known - 1]])) {
            known--;
        }
        for (int k = known - 1; k >= 0; k--) {
            if (keep[ascending[k]]) {
                out[n++] = ascending[k];
            }
        }
        for (int k = known; k < ascending.length; k++) {
            if (keep[ascending[k]]) {
                out[n++] = ascending[k];
            }
        }
        return n;
    }

    private static boolean matches(ArchitectureTable t, int row, String[] words) {
        if (words.length == 0 || words[0].isEmpty()) {
            return true;
        }
        String index = Integer.toString(t.index(row));
        for (String w : words) {
            if (!w.equals(index) && !t.arch(row).toLowerCase(Locale.ROOT).contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The sort order's columns chained, NaN last whatever the direction; null when unsorted. */
    private Comparator<Integer> comparator() {
        Comparator<Integer> out = null;
        for (TableColumn<Integer, ?> col : table.getSortOrder()) {
            @SuppressWarnings("unchecked")
            Comparator<Integer> base = (Comparator<Integer>) col.getComparator();
            boolean descending = col.getSortType() == TableColumn.SortType.DESCENDING;
            Comparator<Integer> c = descending ? base.reversed() : base;
            if (col.getUserData() instanceof ArchitectureTable.Column numeric) {
                double[] v = numeric.values();
                c = Comparator.<Integer, Boolean>comparing(r -> Double.isNaN(v[r])).thenComparing(c);
            }
            out = out == null ? c : out.thenComparing(c);
        }
        return out;
    }

    /** The user's row selection becomes the window's selection; the focused row its details. */
    private void selectionChanged() {
        if (following) {
            return;
        }
        ArchitectureTable t = model.table();
        Set<Integer> chosen = new HashSet<>();
        for (Integer p : table.getSelectionModel().getSelectedItems()) {
            if (p != null) {
                chosen.add(t.index(rows.row(p)));
            }
        }
        Integer focused = table.getSelectionModel().getSelectedItem();
        following = true;
        try {
            selection.select(chosen, focused == null ? null : t.index(rows.row(focused)));
        } finally {
            following = false;
        }
    }

    /** Selects the rows of the window's selection (from the plot or another view) and scrolls to the first. */
    private void follow(Set<Integer> indices) {
        if (following) {
            return;
        }
        ArchitectureTable t = model.table();
        int[] positions = indices.stream().mapToInt(t::rowOf).filter(r -> r >= 0 && r < positionOf.length)
                .map(r -> positionOf[r]).filter(p -> p >= 0).sorted().toArray();
        following = true;
        try {
            table.getSelectionModel().clearSelection();
            if (positions.length > 0) {
                table.getSelectionModel().selectIndices(positions[0], Arrays.copyOfRange(positions, 1,
                        positions.length));
                skin.scrollNear(positions[0]);
            }
        } finally {
            following = false;
        }
    }

    private static double rowHeight(javafx.scene.text.Font f) {
        return Math.ceil(f.getSize() * 1.9);
    }

    /** The rows shown (row numbers of the model's table), filtered and sorted as on screen. */
    public List<Integer> shownRows() {
        return List.copyOf(rows.order());
    }

    /** The search's words, as typed (what filters the shown rows). */
    public String filterText() {
        return search.getText() == null ? "" : search.getText().strip();
    }

    public TableView<Integer> getTable() {
        return table;
    }

    public TextField searchField() {
        return search;
    }

    public ArchitectureTableModel getModel() {
        return model;
    }
}
