package org.naswot.app.linked;

import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The architecture table's skin: a row given another index (a scroll, a page down, the jump to the selected row after
 * a sort) is styled again only when its look depends on the index, that is when its pseudo-classes (odd, selected,
 * focused, empty...) change. JavaFX's VirtualFlow applies CSS to every row it re-indexes, which restyles the row,
 * its visible cells and their texts although the new item only changes the cells' texts: about 40% of the FX
 * thread's time of a page down (ArchitectureTablePulseBenchmark, JFR). A row whose pseudo-classes do change, and a
 * new row, is styled at once, as before; anything else the regular CSS pass of the pulse styles. A jump hands all
 * rows on with the same shift of index (VirtualFlow piles them in order and takes them from the end), so either every
 * row changes between odd and even or none does: {@link #scrollNear} picks the top row at which none does.
 */
final class RestyleOnChangeTableSkin extends TableViewSkin<Integer> {
    RestyleOnChangeTableSkin(TableView<Integer> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<Integer>> createVirtualFlow() {
        return new Flow();
    }

    /**
     * Scrolls so that the row at {@code position} is the third from the top, or the second where that keeps every
     * row's stripe (odd or even), so that no row is styled again.
     */
    void scrollNear(int position) {
        int top = Math.max(0, position - 2);
        List<TableRow<Integer>> rows = ((Flow) getVirtualFlow()).rows();
        if (top > 0 && !rows.isEmpty() && ((top - rows.get(0).getIndex() - (rows.size() - 1)) & 1) != 0) {
            top++;
        }
        getSkinnable().scrollTo(top);
    }

    private static final class Flow extends VirtualFlow<TableRow<Integer>> {
        /** The rows in use, top to bottom (the order in which a jump piles them). */
        List<TableRow<Integer>> rows() {
            return getCells();
        }

        @Override
        protected void setCellIndex(TableRow<Integer> row, int index) {
            if (row.getSkin() == null) {
                // a new row: JavaFX styles it (which makes its skin) before it is measured
                super.setCellIndex(row, index);
                return;
            }
            Set<PseudoClass> before = Set.copyOf(row.getPseudoClassStates());
            row.updateIndex(index);
            if (row.getScene() != null && !before.equals(row.getPseudoClassStates())) {
                row.applyCss();
            }
        }
    }
}
