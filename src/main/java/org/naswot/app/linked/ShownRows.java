package org.naswot.app.linked;

import java.util.AbstractList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ObservableListBase;

/**
 * The architecture table's items: the positions 0..n-1 of the shown rows, and which row of the
 * {@link org.naswot.service.ArchitectureTable} each position shows ({@link #row}). A new order of as many rows (a
 * sort) changes no item: it moves {@link #orderProperty} on, and each visible cell writes its position's new value.
 * The TableView then neither gives its rows new items nor lays them out and styles them again, which made up most of
 * a sort's time (ArchitectureTableBenchmark); a filter that changes how many rows are shown replaces the items.
 */
final class ShownRows extends ObservableListBase<Integer> {
    private int[] rows = new int[0];
    /** Boxed positions made once per table: reading the list allocates nothing. */
    private Integer[] boxed = new Integer[0];
    private final ReadOnlyIntegerWrapper order = new ReadOnlyIntegerWrapper(this, "order");

    /** For a table of {@code size} rows; the list is empty until {@link #show}. */
    void reset(int size) {
        boxed = new Integer[size];
        for (int i = 0; i < size; i++) {
            boxed[i] = i;
        }
        show(new int[0]);
    }

    /** Shows {@code order} (row numbers, each once). */
    void show(int[] next) {
        int[] old = rows;
        rows = next.clone();
        if (old.length == next.length) {
            order.set(order.get() + 1);
            return;
        }
        beginChange();
        try {
            nextReplace(0, next.length, positions(old.length));
        } finally {
            endChange();
        }
        order.set(order.get() + 1);
    }

    private List<Integer> positions(int n) {
        Integer[] b = boxed;
        return new AbstractList<>() {
            @Override
            public Integer get(int i) {
                return i < b.length ? b[i] : Integer.valueOf(i);
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    /** The row (of the table) shown at {@code position}. */
    int row(int position) {
        return rows[position];
    }

    /** The rows in their shown order. */
    List<Integer> order() {
        int[] r = rows;
        return new AbstractList<>() {
            @Override
            public Integer get(int i) {
                return r[i];
            }

            @Override
            public int size() {
                return r.length;
            }
        };
    }

    /** Moves on whenever the rows shown at the positions change (a sort, a filter). */
    ReadOnlyIntegerProperty orderProperty() {
        return order.getReadOnlyProperty();
    }

    /** Whether the list was made for a table of {@code size} rows. */
    boolean holds(int size) {
        return boxed.length == size;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= rows.length) {
            throw new IndexOutOfBoundsException(index);
        }
        return boxed[index];
    }

    @Override
    public int size() {
        return rows.length;
    }
}
