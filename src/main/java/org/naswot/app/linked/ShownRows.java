package org.naswot.app.linked;

import java.util.AbstractList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The architecture table's shown rows (row numbers of its {@link org.naswot.service.ArchitectureTable}), held as ints.
 * A new order of the same rows (a sort) is announced as one permutation, so the TableView keeps its row and cell
 * nodes and only gives them new items; a replacement (what {@code setAll} announces) made it throw away and rebuild
 * every visible row and cell, with their CSS, on each header click. A filter that changes which rows are shown is a
 * replacement.
 */
final class ShownRows extends ObservableListBase<Integer> {
    private int[] rows = new int[0];
    /** Boxed row numbers made once per table: reading the list allocates nothing. */
    private Integer[] boxed = new Integer[0];

    /** For a table of {@code size} rows; the list is empty until {@link #show}. */
    void reset(int size) {
        boxed = new Integer[size];
        for (int i = 0; i < size; i++) {
            boxed[i] = i;
        }
        show(new int[0]);
    }

    /** Shows {@code order} (row numbers, each once): a permutation when it holds the rows shown now, else a replacement. */
    void show(int[] order) {
        int[] old = rows;
        int[] permutation = permutation(old, order);
        beginChange();
        try {
            rows = order.clone();
            if (permutation != null) {
                if (old.length > 0) {
                    nextPermutation(0, old.length, permutation);
                }
            } else {
                nextReplace(0, order.length, view(old));
            }
        } finally {
            endChange();
        }
    }

    /**
     * Where each position of {@code old} moves to in {@code order}, or null when the two do not hold the same rows.
     */
    private int[] permutation(int[] old, int[] order) {
        if (old.length != order.length) {
            return null;
        }
        int[] positionIn = new int[boxed.length];
        java.util.Arrays.fill(positionIn, -1);
        for (int p = 0; p < order.length; p++) {
            positionIn[order[p]] = p;
        }
        int[] out = new int[old.length];
        for (int p = 0; p < old.length; p++) {
            int to = old[p] < positionIn.length ? positionIn[old[p]] : -1;
            if (to < 0) {
                return null;
            }
            out[p] = to;
        }
        return out;
    }

    private List<Integer> view(int[] values) {
        Integer[] b = boxed;
        return new AbstractList<>() {
            @Override
            public Integer get(int i) {
                int r = values[i];
                return r < b.length ? b[r] : Integer.valueOf(r);
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public Integer get(int index) {
        return boxed[rows[index]];
    }

    @Override
    public int size() {
        return rows.length;
    }

    /** Whether the list was made for a table of {@code size} rows. */
    boolean holds(int size) {
        return boxed.length == size;
    }
}
