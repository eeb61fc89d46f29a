package org.naswot.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.theme.Theme;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.scatter.AxisClip;
import org.naswot.figures.scatter.FastScatterRenderer;
import org.naswot.figures.scatter.PlotPositions;
import org.naswot.figures.scatter.ScatterData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Explore scatter's Axes choice (Values | Ranks, review X5) and "Clip axes to the 1st–99th percentile" (review X2):
 * log axes off on ranks with the reason and the choice kept, and hover, selection and brushing on the same
 * architectures, also at the edge of a clipped plot.
 */
@ExtendWith(ApplicationExtension.class)
class RankedScatterFxTest {
    private ScoreScatter scatter;

    @Start
    void start(Stage stage) {
        scatter = new ScoreScatter();
        Scene scene = new Scene(scatter, 1000, 650);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** 100 points, x = 5, 15, ... in an order that disagrees with y now and then; plus {@code more}. */
    private List<ScorePoint> plot(FxRobot robot, ScorePoint... more) throws Exception {
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            points.add(new ScorePoint(i, "a" + i, 5 + 10 * ((i * 7) % 100), 60 + 0.3 * i, 100_000L + 1000L * i, ""));
        }
        points.addAll(List.of(more));
        robot.interact(() -> {
            scatter.appendAll(points);
            scatter.getModel().refreshStatistics();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scatter.getViewer().getCanvas().getRenderingInfo() != null);
        return points;
    }

    private XYPlot plot() {
        return scatter.getChart().getXYPlot();
    }

    @SuppressWarnings("unchecked")
    private ChoiceBox<String> axesChoice(FxRobot robot) {
        return (ChoiceBox<String>) robot.lookup(n -> n instanceof ChoiceBox<?> c && c.getItems().contains("Ranks"))
                .query();
    }

    private CheckBox box(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof CheckBox c && text.equals(c.getText())).query();
    }

    /** The point's hover target: what the pointer finds at its drawn position. */
    private ScorePoint foundAt(FxRobot robot, ScorePoint p) throws Exception {
        return foundAt(robot, p, 0);
    }

    /** As above, {@code dx} pixels right of its drawn position (a pinned point's triangle lies left of its tip). */
    private ScorePoint foundAt(FxRobot robot, ScorePoint p, double dx) throws Exception {
        robot.interact(() -> scatter.getChart().fireChartChanged());
        WaitForAsyncUtils.waitForFxEvents();
        Point2D at = WaitForAsyncUtils.asyncFx(() -> scatter.canvasPositionOf(p)).get();
        assertNotNull(at, "drawn: " + p);
        return WaitForAsyncUtils.asyncFx(() -> scatter.pointAt(at.getX() + dx, at.getY())).get();
    }

    @Test
    void ranksTurnLogOffWithTheReasonKeepTheChoiceAndFindTheSameArchitectures(FxRobot robot) throws Exception {
        List<ScorePoint> points = plot(robot);
        robot.interact(() -> scatter.display().logXProperty().set(true));
        assertInstanceOf(LogAxis.class, plot().getDomainAxis());
        String title = scatter.getModel().getTitle();
        robot.interact(() -> axesChoice(robot).setValue("Ranks"));
        assertTrue(scatter.display().ranksProperty().get());
        assertInstanceOf(NumberAxis.class, plot().getDomainAxis(), "no log axis on ranks");
        assertTrue(scatter.display().logXProperty().get(), "the stored log choice is unchanged");
        CheckBox logX = box(robot, "Log x");
        assertTrue(logX.isDisabled() && box(robot, "Log y").isDisabled());
        Node logBox = logX.getParent();
        Tooltip why = (Tooltip) logBox.getProperties().get("javafx.scene.control.Tooltip");
        assertNotNull(why, "the disabled boxes' container says why");
        assertTrue(why.getText().contains("do not apply to ranks"), why.getText());
        assertEquals("rank by NASWOT score (1 = highest)", plot().getDomainAxis().getLabel());
        assertEquals("rank by trained accuracy (1 = highest)", plot().getRangeAxis().getLabel());
        assertEquals(title, scatter.getModel().getTitle(), "tau and rho unchanged");
        assertTrue(plot().getDomainAxis().getUpperBound() < 110 && plot().getDomainAxis().getLowerBound() < 1.5,
                "the x axis spans ranks 1..100: " + plot().getDomainAxis().getRange());

        // hover, selection and brushing: the point under the pointer is the architecture drawn there
        for (ScorePoint p : List.of(points.get(0), points.get(42), points.get(99))) {
            assertEquals(p, foundAt(robot, p));
        }
        ScorePoint p = points.get(42);
        Point2D at = WaitForAsyncUtils.asyncFx(() -> scatter.canvasPositionOf(p)).get();
        robot.moveTo(WaitForAsyncUtils.asyncFx(() -> scatter.getViewer().getCanvas().localToScreen(at)).get());
        WaitForAsyncUtils.waitForFxEvents();
        String card = scatter.hoverText();
        // x = 5 + 10 * (42 * 7 % 100) = 945: the 6th highest score; y: the 58th highest accuracy
        assertTrue(card != null && card.contains("#42") && card.contains("rank 6 by score \u00b7 rank 58 by accuracy"),
                "the card names the architecture and where it is drawn: " + card);
        java.util.Set<Integer> brushed = WaitForAsyncUtils.asyncFx(() -> scatter.brushBox(at.getX() - 2,
                at.getY() - 2, at.getX() + 2, at.getY() + 2)).get();
        assertTrue(brushed.contains(42), "brushing a ranked point selects its architecture: " + brushed);

        robot.interact(() -> axesChoice(robot).setValue("Values"));
        assertInstanceOf(LogAxis.class, plot().getDomainAxis(), "log x is back with the values");
        assertFalse(logX.isDisabled());
        assertEquals(p, foundAt(robot, p));
    }

    @Test
    void clippingDrawsThePointsBeyondAtTheEdgeWhereHoverFindsThem(FxRobot robot) throws Exception {
        ScorePoint far = new ScorePoint(500, "far", 1_000_000, 75, 100_000, "");
        plot(robot, far);
        MenuButton display = robot.lookup(n -> n instanceof MenuButton m && "Display".equals(m.getText())).query();
        CheckMenuItem clip = (CheckMenuItem) display.getItems().stream()
                .filter(i -> i.getText() != null && i.getText().startsWith("Clip axes to the 1st")).findFirst()
                .orElseThrow();
        robot.interact(() -> clip.setSelected(true));
        assertTrue(scatter.display().clipProperty().get());
        AxisClip c = scatter.getModel().data().clip();
        assertNotNull(c);
        assertTrue(plot().getDomainAxis().getUpperBound() < 10_000, "the far point no longer stretches the x axis: "
                + plot().getDomainAxis().getRange());
        assertTrue(c.beyondCount() >= 1 && scatter.getModel().getSubtitle().contains(c.describe()),
                scatter.getModel().getSubtitle());
        assertEquals(far, foundAt(robot, far, -3), "the far point is drawn, at the edge, and hover finds it");
        Point2D at = WaitForAsyncUtils.asyncFx(() -> scatter.canvasPositionOf(far)).get();
        double right = WaitForAsyncUtils.asyncFx(() -> scatter.getViewer().getRenderingInfo().getPlotInfo()
                .getDataArea().getMaxX()).get();
        assertEquals(right, at.getX(), 0.5, "pinned to the right edge");
        assertFalse(scatter.display().logXProperty().get());
    }
    /** The corners of pinned point {@code p}'s drawn triangle, each moved 1.5 px towards its middle, tip first. */
    private List<Point2D> cornersOf(ScorePoint p) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ScatterData d = scatter.getModel().data();
            java.awt.geom.Rectangle2D area = scatter.getViewer().getRenderingInfo().getPlotInfo().getDataArea();
            double dot = ((FastScatterRenderer) plot().getRenderer()).drawnDot();
            java.awt.Shape marker = PlotPositions.of(d, plot(), area).edgeMarker(d.plottedIndexOf(p), dot);
            assertNotNull(marker, "drawn as a triangle: " + p);
            List<double[]> corners = new ArrayList<>();
            double[] c = new double[6];
            for (java.awt.geom.PathIterator it = marker.getPathIterator(null); !it.isDone(); it.next()) {
                if (it.currentSegment(c) != java.awt.geom.PathIterator.SEG_CLOSE) {
                    corners.add(new double[] {c[0], c[1]});
                }
            }
            double mx = corners.stream().mapToDouble(a -> a[0]).average().orElseThrow();
            double my = corners.stream().mapToDouble(a -> a[1]).average().orElseThrow();
            List<Point2D> out = new ArrayList<>();
            for (double[] a : corners) {
                double len = Math.hypot(mx - a[0], my - a[1]);
                out.add(new Point2D(a[0] + 1.5 * (mx - a[0]) / len, a[1] + 1.5 * (my - a[1]) / len));
            }
            return out;
        }).get();
    }

    @Test
    void hoverFindsAPointBeyondTheAxesOnItsTipAndAllOverItsTriangle(FxRobot robot) throws Exception {
        ScorePoint right = new ScorePoint(500, "right", 1_000_000, 75, 100_000, "");
        ScorePoint below = new ScorePoint(501, "below", 500, -1000, 100_000, "");
        plot(robot, right, below);
        // large markers: the triangle reaches further from its tip than the pick radius
        robot.interact(() -> {
            scatter.display().markerScaleProperty().set(2.5);
            scatter.display().clipProperty().set(true);
        });
        for (ScorePoint p : List.of(right, below)) {
            robot.interact(() -> scatter.getChart().fireChartChanged());
            WaitForAsyncUtils.waitForFxEvents();
            Point2D tip = WaitForAsyncUtils.asyncFx(() -> scatter.canvasPositionOf(p)).get();
            assertEquals(p, WaitForAsyncUtils.asyncFx(() -> scatter.pointAt(tip.getX(), tip.getY())).get(),
                    "exactly on the tip at the edge: " + p.arch());
            for (Point2D at : cornersOf(p)) {
                assertEquals(p, WaitForAsyncUtils.asyncFx(() -> scatter.pointAt(at.getX(), at.getY())).get(),
                        "on the triangle of " + p.arch() + " at " + at + ", tip " + tip);
            }
        }
    }
}
