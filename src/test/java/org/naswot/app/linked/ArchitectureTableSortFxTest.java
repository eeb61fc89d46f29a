package org.naswot.app.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.service.ArchitectureTable;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A header click changes none of the architecture table's items (they are positions of the shown rows: the TableView
 * neither gives its rows new items nor styles and lays them out again), and the cells then show the sorted values.
 */
@ExtendWith(ApplicationExtension.class)
class ArchitectureTableSortFxTest {
    private static final int ROWS = 60;
    private ArchitectureTableView view;
    private ArchitectureTable table;

    @Start
    void start(Stage stage) {
        int[] indices = new int[ROWS];
        String[] archs = new String[ROWS];
        double[] score = new double[ROWS];
        double[] acc = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            indices[r] = 100 + r;
            archs[r] = "|op" + (r % 7) + "~0|";
            score[r] = (r * 37) % ROWS;
            acc[r] = r % 10 == 3 ? Double.NaN : 50 + r * 0.5;
        }
        table = ArchitectureTable.of(indices, archs, new ArchitectureTable.Column("nwot", "score",
                ArchitectureTable.Kind.SCORE, score), List.of(new ArchitectureTable.Column("acc", "accuracy",
                ArchitectureTable.Kind.ACCURACY, acc)));
        ArchitectureTableModel model = new ArchitectureTableModel(null);
        view = new ArchitectureTableView(model, new LinkedSelection());
        stage.setScene(new Scene(view, 900, 500));
        stage.show();
        model.show(table, null);
    }

    @Test
    void aSortChangesNoItemAndTheCellsShowTheSortedValues(FxRobot robot) {
        TableView<Integer> tv = view.getTable();
        List<String> changes = new ArrayList<>();
        tv.getItems().addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                changes.add(c.wasPermutated() ? "permutation" : c.wasReplaced() ? "replacement"
                        : c.wasAdded() ? "addition" : "removal");
            }
        });
        TableColumn<Integer, ?> acc = column(tv, "acc");
        robot.interact(() -> {
            acc.setSortType(TableColumn.SortType.DESCENDING);
            tv.getSortOrder().setAll(List.of(acc));
        });
        assertEquals(List.of(), changes, "a sort changes which row each position shows, not the items");
        assertEquals(ROWS, tv.getItems().size());
        List<Integer> shown = view.shownRows();
        double[] v = table.column("acc").values();
        assertEquals(ROWS - 1, shown.get(0), "the highest accuracy first");
        for (int p = 1; p < ROWS; p++) {
            double before = v[shown.get(p - 1)];
            double here = v[shown.get(p)];
            assertTrue(Double.isNaN(here) || before >= here, "descending, no value last, at " + p);
        }
        assertTrue(Double.isNaN(v[shown.get(ROWS - 1)]), "rows without a value stay last");
        // the visible cells show the sorted rows' values, written as the details pane writes them
        for (int p = 0; p < 5; p++) {
            assertEquals(ValueText.of(ArchitectureTable.Kind.ACCURACY, v[shown.get(p)]), shownIn(robot, tv, acc, p));
            assertEquals(Integer.toString(table.index(shown.get(p))), shownIn(robot, tv, tv.getColumns().get(0), p));
            assertEquals(table.arch(shown.get(p)), shownIn(robot, tv, tv.getColumns().get(1), p));
        }

        changes.clear();
        robot.interact(() -> view.searchField().setText("op3"));
        assertEquals(List.of("replacement"), changes, "a search that changes how many rows are shown replaces them");
        assertTrue(tv.getItems().size() < ROWS);
        assertEquals(tv.getItems().size(), view.shownRows().size());
        for (Integer r : view.shownRows()) {
            assertTrue(table.arch(r).contains("op3"));
        }
        assertEquals(table.arch(view.shownRows().get(0)), shownIn(robot, tv, tv.getColumns().get(1), 0));
    }

    private static TableColumn<Integer, ?> column(TableView<Integer> tv, String id) {
        return tv.getColumns().stream().filter(c -> c.getUserData() instanceof ArchitectureTable.Column col
                && col.id().equals(id)).findFirst().orElseThrow();
    }

    /** The text of the cell of {@code column} in the row at position {@code position}. */
    private static String shownIn(FxRobot robot, TableView<Integer> tv, TableColumn<Integer, ?> column, int position) {
        String[] out = new String[1];
        robot.interact(() -> tv.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof ValueCell c && c.getTableColumn() == column && c.getIndex() == position
                        && c.getParent() != null)
                .findFirst().ifPresent(n -> out[0] = ((ValueCell) n).shownText()));
        return out[0];
    }
}
