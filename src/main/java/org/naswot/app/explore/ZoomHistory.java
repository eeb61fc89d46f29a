package org.naswot.app.explore;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * Back and forward over the scatter's zoom and pan states, as in a browser: each zoom, pan or reset first records the
 * view it leaves; back returns to it (and forward undoes the back). A new zoom after a back drops the forward states.
 */
final class ZoomHistory {
    /** Most states kept back. */
    static final int LIMIT = 100;

    /** The axes' ranges, or null for an axis that fits the data (auto range). */
    record View(Range x, Range y) {
        static View of(XYPlot plot) {
            return new View(range(plot.getDomainAxis()), range(plot.getRangeAxis()));
        }

        private static Range range(ValueAxis a) {
            return a.isAutoRange() ? null : a.getRange();
        }

        void applyTo(XYPlot plot) {
            apply(plot.getDomainAxis(), x);
            apply(plot.getRangeAxis(), y);
        }

        private static void apply(ValueAxis a, Range r) {
            if (r == null) {
                a.setAutoRange(true);
            } else {
                a.setRange(r);
            }
        }
    }

    private final Deque<View> back = new ArrayDeque<>();
    private final Deque<View> forward = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper(this, "canBack");
    private final ReadOnlyBooleanWrapper canForward = new ReadOnlyBooleanWrapper(this, "canForward");

    /** Records the view about to be left (before a zoom, pan or reset); the forward states are dropped. */
    void leave(View current) {
        if (!current.equals(back.peek())) {
            back.push(current);
            if (back.size() > LIMIT) {
                back.removeLast();
            }
        }
        forward.clear();
        update();
    }

    /** Drops the last recorded view when the gesture changed nothing (a click, a drag of zero length). */
    void unchanged(View current) {
        if (current.equals(back.peek())) {
            back.pop();
            update();
        }
    }

    /** The view to go back to (the current one is kept for forward), or null when there is none. */
    View back(View current) {
        return step(back, forward, current);
    }

    /** The view to go forward to, or null when there is none. */
    View forward(View current) {
        return step(forward, back, current);
    }

    /** Goes back on {@code plot}; false when there is nothing to go back to. */
    boolean goBack(XYPlot plot) {
        return go(plot, back(View.of(plot)));
    }

    /** Goes forward on {@code plot}; false when there is nothing to go forward to. */
    boolean goForward(XYPlot plot) {
        return go(plot, forward(View.of(plot)));
    }

    private static boolean go(XYPlot plot, View v) {
        if (v != null) {
            v.applyTo(plot);
        }
        return v != null;
    }

    private View step(Deque<View> from, Deque<View> to, View current) {
        if (from.isEmpty()) {
            return null;
        }
        to.push(current);
        View v = from.pop();
        update();
        return v;
    }

    void clear() {
        back.clear();
        forward.clear();
        update();
    }

    private void update() {
        canBack.set(!back.isEmpty());
        canForward.set(!forward.isEmpty());
    }

    ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canForwardProperty() {
        return canForward.getReadOnlyProperty();
    }
}
