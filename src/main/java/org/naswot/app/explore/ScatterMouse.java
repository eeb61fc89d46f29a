package org.naswot.app.explore;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.fx.interaction.ZoomHandlerFX;
import org.jfree.chart.plot.XYPlot;

/**
 * The scatter's mouse and keys: wheel zoom at the pointer, drag to pan, shift-drag to zoom to a box, box and lasso
 * selection, hover card and crosshair readout, click to select, double-click to reset, and the zoom history (each
 * gesture that changes the view records the view it leaves; Alt+Left and Alt+Right go back and forward; the arrow
 * keys pan).
 */
final class ScatterMouse {
    /** Wheel ticks closer together than this are one zoom in the history. */
    private static final long WHEEL_GROUP_NANOS = 600_000_000L;
    /** An arrow key pans by this fraction of the visible range; with Shift by {@link #LARGE_PAN}. */
    private static final double PAN = 0.1;
    private static final double LARGE_PAN = 0.5;
    private final ScoreScatter scatter;
    private long lastWheel;

    private ScatterMouse(ScoreScatter scatter) {
        this.scatter = scatter;
    }

    static void install(ScoreScatter scatter, ChartViewer viewer, ScatterBrush brush, ScatterHoverCard hoverCard,
                        CrosshairReadout readout) {
        new ScatterMouse(scatter).configure(viewer, brush, hoverCard, readout);
    }

    private void configure(ChartViewer viewer, ScatterBrush brush, ScatterHoverCard hoverCard,
                           CrosshairReadout readout) {
        ChartCanvas canvas = viewer.getCanvas();
        canvas.setTooltipEnabled(false);
        canvas.removeMouseHandler(canvas.getMouseHandler("pan"));
        canvas.removeMouseHandler(canvas.getMouseHandler("zoom"));
        canvas.addMouseHandler(new PanHandlerFX("pan", false, false, false, false));
        canvas.addMouseHandler(new ZoomHandlerFX("zoom", viewer, false, false, false, true));
        // the wheel zooms both axes about the pointer; wheel up (away from you) zooms in, as in maps and viewers
        canvas.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                long now = System.nanoTime();
                scatter.zoomAt(e.getX(), e.getY(), e.getDeltaY() > 0 ? 0.8 : 1.25, now - lastWheel > WHEEL_GROUP_NANOS);
                lastWheel = now;
            }
            e.consume();
        });
        // a pan or box zoom: the view before the press is recorded, and dropped again if the gesture changed nothing
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            canvas.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY) {
                scatter.zoomHistory().leave(scatter.currentView());
            }
        });
        // after every handler of the release (a box zoom applies there; a selection box may consume it)
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> javafx.application.Platform.runLater(
                () -> scatter.zoomHistory().unchanged(scatter.currentView())));
        // box and lasso selection: filters ahead of the canvas's pan and zoom handlers, which never see the drag
        brush.install(canvas, scatter::brushPolygon);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            scatter.hover(e.getX(), e.getY());
            readout.update(scatter.getChart().getXYPlot(), scatter.dataArea(), e.getX(), e.getY());
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverCard.hide();
            readout.clear();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            hoverCard.hide();
            readout.update(scatter.getChart().getXYPlot(), scatter.dataArea(), e.getX(), e.getY());
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            if (e.getClickCount() == 2) {
                scatter.resetZoom();
                return;
            }
            scatter.getModel().setSelected(scatter.pointAt(e.getX(), e.getY()));
        });
        installKeys(canvas);
    }

    /**
     * Alt+Left and Alt+Right: back and forward over the zoom history. The arrow keys pan while the chart has the focus
     * (a click gives it), each press one history step; elsewhere in the scatter (a picker) they keep their own use.
     */
    private void installKeys(ChartCanvas canvas) {
        scatter.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
                if (e.getCode() == KeyCode.LEFT) {
                    scatter.zoomBack();
                } else {
                    scatter.zoomForward();
                }
                e.consume();
            } else if (e.getCode().isArrowKey() && e.getTarget() == canvas && !e.isAltDown() && !e.isShortcutDown()) {
                pan(e.getCode(), e.isShiftDown() ? LARGE_PAN : PAN);
                e.consume();
            }
        });
    }

    /** Slides one axis by {@code fraction} of its visible range: Right and Up show larger values. */
    private void pan(KeyCode code, double fraction) {
        scatter.zoomHistory().leave(scatter.currentView());
        XYPlot plot = scatter.getChart().getXYPlot();
        switch (code) {
            case LEFT, KP_LEFT -> plot.getDomainAxis().pan(-fraction);
            case RIGHT, KP_RIGHT -> plot.getDomainAxis().pan(fraction);
            case UP, KP_UP -> plot.getRangeAxis().pan(fraction);
            default -> plot.getRangeAxis().pan(-fraction);
        }
    }
}
