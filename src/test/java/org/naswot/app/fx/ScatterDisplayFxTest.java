package org.naswot.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.theme.Theme;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.scatter.ColourMode;
import org.naswot.service.ArchitectureTable;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Log axes, zoom history, colour by a column, crosshair readout (issue 29 §1). */
@ExtendWith(ApplicationExtension.class)
class ScatterDisplayFxTest {
    private ScoreScatter scatter;

    @Start
    void start(Stage stage) {
        scatter = new ScoreScatter();
        Scene scene = new Scene(scatter, 900, 600);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** 100 points, x from {@code x0} in steps of 10, accuracy 60..90, architecture index i. */
    private void plot(FxRobot robot, double x0) {
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            points.add(new ScorePoint(i, "a" + i, x0 + 10 * i, 60 + 0.3 * i, 100_000L + 1000L * i, ""));
        }
        robot.interact(() -> scatter.appendAll(points));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private XYPlot plot() {
        return scatter.getChart().getXYPlot();
    }

    @Test
    void logXTurnsTheDomainAxisLogarithmicAndBack(FxRobot robot) {
        plot(robot, 5);
        assertInstanceOf(NumberAxis.class, plot().getDomainAxis());
        robot.interact(() -> scatter.display().logXProperty().set(true));
        assertInstanceOf(LogAxis.class, plot().getDomainAxis());
        assertInstanceOf(NumberAxis.class, plot().getRangeAxis());
        robot.interact(() -> scatter.display().logYProperty().set(true));
        assertInstanceOf(LogAxis.class, plot().getRangeAxis());
        robot.interact(() -> scatter.display().logXProperty().set(false));
        assertFalse(plot().getDomainAxis() instanceof LogAxis);
    }

    @Test
    void logXIsRefusedWithTheReasonWhileAShownValueIsNotPositive(FxRobot robot) {
        plot(robot, -20); // x = -20, -10, 0 are not positive
        robot.interact(() -> scatter.display().logXProperty().set(true));
        assertFalse(scatter.display().logXProperty().get());
        assertInstanceOf(NumberAxis.class, plot().getDomainAxis());
        String why = scatter.display().refusalProperty().get();
        assertTrue(why.contains("3 shown points have x \u2264 0"), why);
    }

    @Test
    void pointsArrivingAtOrBelowZeroOnALogAxisAreCountedInTheCaption(FxRobot robot) {
        plot(robot, 5);
        robot.interact(() -> scatter.display().logXProperty().set(true));
        robot.interact(() -> scatter.appendAll(List.of(new ScorePoint(500, "neg", -3, 70, 1000, ""))));
        assertTrue(scatter.getModel().getSubtitle().contains("1 point \u2264 0 not shown on log axis"),
                scatter.getModel().getSubtitle());
        WaitForAsyncUtils.waitForFxEvents();
        // the axis still fits the positive values (5 .. 995), not hundreds of decades down to its smallest value
        double lower = plot().getDomainAxis().getLowerBound();
        assertTrue(lower > 2 && lower <= 5, "lower bound " + lower);
    }

    @Test
    void backAndForwardRestoreTheZoomRanges(FxRobot robot) throws Exception {
        plot(robot, 1000);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> scatter.getViewer().getCanvas().getRenderingInfo() != null);
        double cx = scatter.getViewer().getCanvas().getWidth() / 2;
        double cy = scatter.getViewer().getCanvas().getHeight() / 2;
        Range auto = plot().getDomainAxis().getRange();
        robot.interact(() -> scatter.zoomAt(cx, cy, 0.5));
        Range first = plot().getDomainAxis().getRange();
        Range firstY = plot().getRangeAxis().getRange();
        robot.interact(() -> scatter.zoomAt(cx, cy, 0.5));
        Range second = plot().getDomainAxis().getRange();
        assertNotEquals(first, second);
        robot.interact(() -> assertTrue(scatter.zoomBack()));
        assertEquals(first, plot().getDomainAxis().getRange());
        assertEquals(firstY, plot().getRangeAxis().getRange());
        robot.interact(() -> assertTrue(scatter.zoomBack()));
        assertTrue(plot().getDomainAxis().isAutoRange(), "back to the view that fits the data");
        assertEquals(auto, plot().getDomainAxis().getRange());
        robot.interact(() -> assertFalse(scatter.zoomBack()));
        robot.interact(() -> assertTrue(scatter.zoomForward()));
        assertEquals(first, plot().getDomainAxis().getRange());
        robot.interact(() -> assertTrue(scatter.zoomForward()));
        assertEquals(second, plot().getDomainAxis().getRange());
        robot.interact(() -> assertFalse(scatter.zoomForward()));
        // a reset is a step too, and back undoes it
        robot.interact(scatter::resetZoom);
        robot.interact(() -> assertTrue(scatter.zoomBack()));
        assertEquals(second, plot().getDomainAxis().getRange());
    }

    @Test
    void altLeftGoesBack(FxRobot robot) throws Exception {
        plot(robot, 1000);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> scatter.getViewer().getCanvas().getRenderingInfo() != null);
        robot.interact(() -> scatter.zoomAt(300, 300, 0.5));
        robot.clickOn(scatter.getViewer().getCanvas());
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.LEFT)
                .release(javafx.scene.input.KeyCode.LEFT, javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(plot().getDomainAxis().isAutoRange());
    }

    @Test
    void aPanDragIsOneStepBackAndAPlainClickIsNone(FxRobot robot) throws Exception {
        plot(robot, 1000);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> scatter.getViewer().getCanvas().getRenderingInfo() != null);
        robot.clickOn(scatter.getViewer().getCanvas());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertFalse(scatter.zoomBack(), "a click changed no view"));
        robot.drag(scatter.getViewer().getCanvas(), javafx.scene.input.MouseButton.PRIMARY).moveBy(120, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(plot().getDomainAxis().isAutoRange(), "the drag panned");
        robot.interact(() -> assertTrue(scatter.zoomBack()));
        assertTrue(plot().getDomainAxis().isAutoRange(), "back before the pan");
        robot.interact(() -> assertFalse(scatter.zoomBack()));
    }

    @Test
    void colourByAColumnDrawsAColourBarNamedByItWithItsRange(FxRobot robot) {
        plot(robot, 1000);
        // a FLOPs column for architectures 0..149 (the plot shows 0..99: the bar's range is theirs)
        int[] indices = new int[150];
        String[] archs = new String[150];
        double[] flops = new double[150];
        double[] score = new double[150];
        for (int i = 0; i < 150; i++) {
            indices[i] = i;
            archs[i] = "a" + i;
            flops[i] = 20 + 0.5 * i;
            score[i] = i;
        }
        ArchitectureTable t = ArchitectureTable.of(indices, archs, new ArchitectureTable.Column("nwot", "score",
                ArchitectureTable.Kind.SCORE, score), List.of(new ArchitectureTable.Column("flops", "FLOPs (M)",
                ArchitectureTable.Kind.FLOPS, flops)));
        robot.interact(() -> {
            scatter.display().setTable(t);
            scatter.getModel().colourModeProperty().set(ColourMode.COLUMN);
        });
        assertEquals("flops", scatter.display().colourColumnProperty().get(), "FLOPs first when there are FLOPs");
        PaintScaleLegend bar = colourBar();
        assertEquals("flops", bar.getAxis().getLabel());
        assertEquals(20, bar.getScale().getLowerBound(), 1e-9);
        assertEquals(20 + 0.5 * 99, bar.getScale().getUpperBound(), 1e-9);
        assertEquals(20, bar.getAxis().getLowerBound(), 1e-9);
        robot.interact(() -> scatter.display().colourColumnProperty().set("nwot"));
        assertEquals("nwot", colourBar().getAxis().getLabel());
        assertEquals(99, colourBar().getScale().getUpperBound(), 1e-9);
        // exports draw from the same figure: a fresh chart carries the same bar
        org.jfree.chart.JFreeChart exported = org.naswot.figures.scatter.ScatterChartFactory.create(
                scatter.getModel().figure(), new org.naswot.figures.scatter.ScatterDataset(scatter.getModel().data()),
                org.naswot.figures.theme.ChartStyle.PRINT, org.naswot.figures.export.FigureLayout.PAPER);
        assertTrue(java.util.stream.IntStream.range(0, exported.getSubtitleCount()).mapToObj(exported::getSubtitle)
                .anyMatch(s -> s instanceof PaintScaleLegend l && "nwot".equals(l.getAxis().getLabel())));
    }

    private PaintScaleLegend colourBar() {
        for (int i = 0; i < scatter.getChart().getSubtitleCount(); i++) {
            if (scatter.getChart().getSubtitle(i) instanceof PaintScaleLegend l) {
                return l;
            }
        }
        throw new AssertionError("no colour bar");
    }

    @Test
    void theCrosshairReadoutShowsTheDataCoordinatesUnderThePointer(FxRobot robot) throws Exception {
        plot(robot, 1000);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> scatter.getViewer().getCanvas().getRenderingInfo() != null);
        java.awt.geom.Rectangle2D area = scatter.getViewer().getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        Bounds b = scatter.getViewer().getCanvas().localToScreen(scatter.getViewer().getCanvas().getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + area.getCenterX(), b.getMinY() + area.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        double x = plot().getDomainAxis().java2DToValue(area.getCenterX(), area, plot().getDomainAxisEdge());
        String text = scatter.crosshairText();
        assertTrue(text.startsWith("pointer  x "), text);
        double shown = Double.parseDouble(text.replaceAll("pointer  x (\\S+) .*", "$1"));
        assertEquals(x, shown, Math.abs(x) * 1e-3, text);
    }
}
