package org.naswot.app.linked;

import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one selection the window's views share: the architecture indices selected (by a box or lasso on the scatter,
 * rows of the architecture table, a click on a point), and the one whose details show. Each view sets it and follows
 * it; a change to an equal set notifies no one, so views that follow each other do not loop.
 */
public final class LinkedSelection {
    private final ObjectProperty<Set<Integer>> indices = new SimpleObjectProperty<>(this, "indices", Set.of());
    /** The architecture the details pane shows (the last one clicked or selected alone), or null. */
    private final ObjectProperty<Integer> focus = new SimpleObjectProperty<>(this, "focus");

    /** Selects {@code selected}; the focus becomes {@code focused}, or the only one when a single one is selected. */
    public void select(Set<Integer> selected, Integer focused) {
        Set<Integer> s = Set.copyOf(selected);
        indices.set(s);
        focus.set(focused != null ? focused : s.size() == 1 ? s.iterator().next() : null);
    }

    public void clear() {
        select(Set.of(), null);
    }

    /** The selected architecture indices: an immutable set, never null. */
    public ObjectProperty<Set<Integer>> indicesProperty() {
        return indices;
    }

    public Set<Integer> indices() {
        return indices.get();
    }

    public ObjectProperty<Integer> focusProperty() {
        return focus;
    }

    public Integer focus() {
        return focus.get();
    }
}
