package org.naswot.app.explore;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Polygon;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.XYPlot;
import org.naswot.figures.scatter.ScatterData;

/**
 * Box and lasso selection on the scatter's canvas: draws the shape while the mouse drags and hands its polygon (canvas
 * coordinates x0, y0, x1, y1, ...) to the scatter on release. Event filters run ahead of the canvas's pan and zoom
 * handlers, which then never see the drag; a press and release in place stays a click.
 */
final class ScatterBrush {
    private final Polygon shape = new Polygon();
    private final ObjectProperty<DragMode> mode;
    private Point2D start;
    private boolean lassoing;

    ScatterBrush(ObjectProperty<DragMode> mode) {
        this.mode = mode;
        shape.getStyleClass().add("brush-shape");
        shape.setVisible(false);
        shape.setManaged(false);
    }

    /** The shape drawn while dragging, for the scatter's overlay. */
    Polygon shape() {
        return shape;
    }

    static List<Double> box(double x0, double y0, double x1, double y1) {
        return List.of(x0, y0, x1, y0, x1, y1, x0, y1);
    }

    /**
     * The architecture indices of the plotted points inside the polygon xy (canvas coordinates) and the data area;
     * null when there is no area yet or no polygon (fewer than three corners).
     */
    static Set<Integer> pointsInside(List<Double> xy, Rectangle2D area, XYPlot plot, ScatterData d) {
        if (area == null || xy.size() < 6) {
            return null;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy.get(0), xy.get(1));
        for (int k = 2; k + 1 < xy.size(); k += 2) {
            path.lineTo(xy.get(k), xy.get(k + 1));
        }
        path.closePath();
        Set<Integer> inside = new LinkedHashSet<>();
        for (int i = 0; i < d.plottedCount(); i++) {
            Point2D at = ScatterGeometry.positionOf(plot, area, d, i);
            if (area.contains(at.getX(), at.getY()) && path.contains(at.getX(), at.getY())) {
                inside.add(d.plottedPoint(i).index());
            }
        }
        return Set.copyOf(inside);
    }

    void install(ChartCanvas canvas, Consumer<List<Double>> onPolygon) {
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown()
                    && (mode.get() != DragMode.PAN || e.isShortcutDown())) {
                start = new Point2D(e.getX(), e.getY());
                lassoing = mode.get() == DragMode.LASSO && !e.isShortcutDown();
                shape.getPoints().setAll(e.getX(), e.getY());
                e.consume();
            }
        });
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (start != null) {
                if (lassoing) {
                    shape.getPoints().addAll(e.getX(), e.getY());
                } else {
                    shape.getPoints().setAll(box(start.getX(), start.getY(), e.getX(), e.getY()));
                }
                shape.setVisible(true);
                e.consume();
            }
        });
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (start != null) {
                Point2D from = start;
                start = null;
                shape.setVisible(false);
                // a press and release in place is a click (select one point), not an empty box
                if (Math.abs(e.getX() - from.getX()) + Math.abs(e.getY() - from.getY()) > 3) {
                    if (!lassoing) {
                        shape.getPoints().setAll(box(from.getX(), from.getY(), e.getX(), e.getY()));
                    }
                    onPolygon.accept(List.copyOf(shape.getPoints()));
                }
                e.consume();
            }
        });
    }

    /** The toolbar's "Drag" chooser, bound to the mode. */
    ChoiceBox<DragMode> chooser() {
        ChoiceBox<DragMode> drag = new ChoiceBox<>();
        drag.getItems().setAll(DragMode.values());
        drag.valueProperty().bindBidirectional(mode);
        drag.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DragMode m) {
                return m == null ? "" : m.label();
            }

            @Override
            public DragMode fromString(String s) {
                return null;
            }
        });
        drag.setTooltip(new Tooltip("What dragging on the plot does: pan, or select the points in a box or a lasso "
                + "(the table, Proxies and Search follow). Ctrl-drag always draws a box; Shift-drag zooms to a box."));
        return drag;
    }
}
