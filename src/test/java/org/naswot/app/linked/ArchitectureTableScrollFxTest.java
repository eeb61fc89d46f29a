package org.naswot.app.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.theme.Theme;
import org.naswot.service.ArchitectureTable;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Scrolling and sorting the architecture table stay correct while they do less: a row given another index is styled
 * again only when its look changes ({@link RestyleOnChangeTableSkin}), and a cell writes its text once per pulse
 * ({@link ValueCell}).
 */
@ExtendWith(ApplicationExtension.class)
class ArchitectureTableScrollFxTest {
    private static final int ROWS = 3000;
    private ArchitectureTableView view;
    private ArchitectureTable table;
    private final LinkedSelection selection = new LinkedSelection();

    @Start
    void start(Stage stage) {
        int[] indices = new int[ROWS];
        String[] archs = new String[ROWS];
        double[] score = new double[ROWS];
        double[] acc = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            indices[r] = 1000 + r;
            archs[r] = "|op" + (r % 7) + "~0|";
            score[r] = (r * 7919) % ROWS;
            acc[r] = 50 + (r * 37 % 500) * 0.1;
        }
        table = ArchitectureTable.of(indices, archs, new ArchitectureTable.Column("nwot", "score",
                ArchitectureTable.Kind.SCORE, score), List.of(new ArchitectureTable.Column("acc", "accuracy",
                ArchitectureTable.Kind.ACCURACY, acc)));
        ArchitectureTableModel model = new ArchitectureTableModel(null);
        view = new ArchitectureTableView(model, selection);
        Scene scene = new Scene(view, 900, 500);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        model.show(table, null);
    }

    @Test
    void rowsScrolledAndJumpedToAreStyledForTheirIndexInTheSameLayout(FxRobot robot) {
        TableView<Integer> tv = view.getTable();
        robot.interact(() -> tv.getSelectionModel().clearAndSelect(2));
        // the look of an even row, an odd row and the selected row as CSS made them at the top of the table
        Paint[] looks = new Paint[3];
        robot.interact(() -> {
            for (TableRow<?> row : rows(tv)) {
                int look = row.getIndex() == 2 ? 2 : row.getIndex() % 2;
                looks[look] = background(row);
            }
        });
        assertNotNull(looks[0]);
        assertNotNull(looks[1]);
        assertNotEquals(looks[0], looks[1], "striped rows");
        assertNotEquals(looks[0], looks[2], "the selected row stands out");
        List<Runnable> moves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // a page down, and a page plus one row (rows change from odd to even)
            int extra = i % 2;
            moves.add(() -> {
                VirtualFlow<?> flow = (VirtualFlow<?>) tv.lookup(".virtual-flow");
                flow.scrollPixels(flow.getHeight() + extra * tv.getFixedCellSize());
            });
        }
        moves.add(() -> tv.scrollTo(1777));
        moves.add(() -> tv.scrollTo(2));
        moves.add(() -> tv.scrollTo(2400));
        for (Runnable move : moves) {
            // the move and the layout it asks for, with no CSS pass of a pulse in between
            robot.interact(() -> {
                move.run();
                tv.layout();
                for (TableRow<?> row : rows(tv)) {
                    int look = row.getIndex() == 2 ? 2 : row.getIndex() % 2;
                    assertEquals(looks[look], background(row), "the look of row " + row.getIndex());
                    assertEquals(Integer.toString(table.index(view.shownRows().get(row.getIndex()))),
                            indexShownIn(row), "the index shown in row " + row.getIndex());
                }
            });
        }
    }

    @Test
    void aSortThatMovesTheViewToTheSelectedRowWritesEachCellOnce(FxRobot robot) {
        TableView<Integer> tv = view.getTable();
        int chosen = table.index(ROWS - 40);
        robot.interact(() -> selection.select(Set.of(chosen), chosen));
        List<String> writes = new ArrayList<>();
        int[] cells = new int[1];
        robot.interact(() -> {
            for (Node n : tv.lookupAll(".table-cell")) {
                if (n instanceof ValueCell c && c.getGraphic() instanceof Text t && c.getParent() != null) {
                    cells[0]++;
                    t.textProperty().addListener((o, was, now) -> writes.add(now));
                }
            }
        });
        TableColumn<Integer, ?> acc = tv.getColumns().stream().filter(c -> c.getUserData()
                instanceof ArchitectureTable.Column col && col.id().equals("acc")).findFirst().orElseThrow();
        robot.interact(() -> {
            acc.setSortType(TableColumn.SortType.DESCENDING);
            tv.getSortOrder().setAll(List.of(acc));
        });
        assertTrue(cells[0] > 20, "the visible cells were watched: " + cells[0]);
        assertFalse(writes.isEmpty(), "the cells show other rows");
        assertTrue(writes.size() <= cells[0], writes.size() + " writes for " + cells[0] + " cells: each cell writes "
                + "its new row's value once, not the sorted order's and then the scrolled-to row's");
        int position = view.shownRows().indexOf(table.rowOf(chosen));
        robot.interact(() -> {
            TableRow<?> row = rows(tv).stream().filter(r -> r.getIndex() == position).findFirst().orElseThrow(
                    () -> new AssertionError("the selected row is in view after the sort"));
            assertTrue(row.isSelected());
            assertEquals(Integer.toString(chosen), indexShownIn(row));
        });
    }

    @Test
    void aSortThatMovesTheViewToTheSelectedRowKeepsEveryRowsStripe(FxRobot robot) {
        TableView<Integer> tv = view.getTable();
        List<TableColumn<Integer, ?>> columns = tv.getColumns();
        for (int k = 0; k < 6; k++) {
            int chosen = table.index((k * 977 + 500) % ROWS);
            TableColumn<Integer, ?> by = columns.get(k % 2 == 0 ? 2 : 3);
            TableColumn.SortType type = k % 4 < 2 ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING;
            robot.interact(() -> selection.select(Set.of(chosen), chosen));
            Map<TableRow<?>, Integer> before = new IdentityHashMap<>();
            robot.interact(() -> rows(tv).forEach(r -> before.put(r, r.getIndex())));
            robot.interact(() -> {
                by.setSortType(type);
                tv.getSortOrder().setAll(List.of(by));
            });
            int position = view.shownRows().indexOf(table.rowOf(chosen));
            robot.interact(() -> {
                List<TableRow<?>> shown = rows(tv);
                assertTrue(shown.stream().anyMatch(r -> r.getIndex() == position && r.isSelected()),
                        "the selected row is in view after the sort");
                for (TableRow<?> r : shown) {
                    Integer was = before.get(r);
                    if (was != null) {
                        assertEquals(was % 2, r.getIndex() % 2, "row " + was + " became row " + r.getIndex()
                                + ": its stripe changed, so it was styled again");
                    }
                }
            });
        }
    }

    private static List<TableRow<?>> rows(TableView<Integer> tv) {
        List<TableRow<?>> out = new ArrayList<>();
        for (Node n : tv.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.isVisible() && row.getParent() != null && !row.isEmpty()) {
                out.add(row);
            }
        }
        return out;
    }

    private static Paint background(Region row) {
        var fills = row.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill();
    }

    /** The text of the row's index column ('#'). */
    private static String indexShownIn(TableRow<?> row) {
        for (Node n : row.getChildrenUnmodifiable()) {
            if (n instanceof ValueCell c && c.getTableColumn() == row.getTableView().getColumns().get(0)) {
                return c.shownText();
            }
        }
        return null;
    }
}
