package org.naswot.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.SyntheticData;
import org.naswot.figures.scatter.ColourMode;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.app.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScoreScatterFxTest {
    private ScoreScatter scatter;

    @Start
    void start(Stage stage) {
        scatter = new ScoreScatter();
        Scene scene = new Scene(scatter, 900, 600);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private int datasetSize() {
        return scatter.getChart().getXYPlot().getDataset().getItemCount(0);
    }

    @Test
    void batchAppendsGrowTheChartDatasetAndSkipMinusInfinity(FxRobot robot) {
        List<ScorePoint> all = SyntheticData.nb201Scatter(5, "run");
        robot.interact(() -> scatter.appendAll(all.subList(0, 5000)));
        long plottable = all.subList(0, 5000).stream().filter(ScorePoint::plottable).count();
        assertEquals(plottable, datasetSize());
        robot.interact(() -> scatter.appendAll(all.subList(5000, all.size())));
        assertEquals(all.stream().filter(ScorePoint::plottable).count(), datasetSize());
        assertEquals(all.size(), scatter.getModel().pointCountProperty().get());
        assertTrue(scatter.getChart().getSubtitle(0).toString() != null);
        assertTrue(scatter.getModel().getSubtitle().contains("singular K"));
    }

    @Test
    void streamedPointsArriveThroughThePumpAndUpdateTheTitle(FxRobot robot) throws Exception {
        for (ScorePoint p : SyntheticData.nb201Scatter(6, "").subList(0, 300)) {
            scatter.getModel().enqueue(p); // from the test thread, as a scoring thread would
        }
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> datasetSize() > 0 && scatter.getChart().getTitle().getText().contains("Kendall"));
        assertTrue(scatter.getChart().getTitle().getText().contains("Spearman"));
    }

    /** New points, correlations and title from one pump tick redraw the chart once, not once per change. */
    @Test
    void onePumpTickRedrawsTheChartOnce(FxRobot robot) {
        java.util.concurrent.atomic.AtomicInteger redraws = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> {
            // on the FX thread, so the scatter's own pump cannot drain the queue first
            for (ScorePoint p : SyntheticData.nb201Scatter(7, "").subList(0, 200)) {
                scatter.getModel().enqueue(p);
            }
            scatter.getChart().addChangeListener(e -> redraws.incrementAndGet());
            assertTrue(scatter.getModel().drainQueue() > 0);
            assertTrue(scatter.getModel().refreshStatisticsIfDirty());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, redraws.get());
        assertTrue(scatter.getChart().getTitle().getText().contains("Kendall"), "the title came along");
        assertEquals(scatter.getModel().data().plottedCount(), datasetSize(), "and the data");
    }

    @Test
    void clickingAPointSelectsItAndClickingEmptySpaceClearsIt(FxRobot robot) {
        List<ScorePoint> pts = List.of(new ScorePoint(1, "|a~0|", 100, 80, 1000), new ScorePoint(2, "|b~0|", 200, 90, 2000),
                new ScorePoint(3, "|c~0|", 300, 85, 3000));
        robot.interact(() -> scatter.appendAll(pts));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D[] pos = new Point2D[1];
        robot.interact(() -> pos[0] = scatter.getViewer().getCanvas().localToScreen(scatter.canvasPositionOf(pts.get(1))));
        assertNotNull(pos[0]);
        robot.clickOn(pos[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pts.get(1), scatter.selectedProperty().get());
        assertTrue(ScoreScatter.describe(pts.get(1)).contains("#2"));
        Point2D[] empty = new Point2D[1];
        robot.interact(() -> {
            Point2D a = scatter.canvasPositionOf(pts.get(0));
            Point2D b = scatter.canvasPositionOf(pts.get(1));
            empty[0] = scatter.getViewer().getCanvas().localToScreen(a.midpoint(b).add(0, 60));
        });
        robot.clickOn(empty[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(scatter.selectedProperty().get());
    }

    @Test
    void hoverShowsTheArchitecture(FxRobot robot) {
        ScorePoint p = new ScorePoint(7, "|nor_conv_3x3~0|", 10, 50, 1234);
        robot.interact(() -> scatter.appendAll(List.of(p, new ScorePoint(8, "|x~0|", 20, 60, 1))));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D[] pos = new Point2D[1];
        robot.interact(() -> pos[0] = scatter.getViewer().getCanvas().localToScreen(scatter.canvasPositionOf(p)));
        robot.moveTo(pos[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(scatter.hoverText());
        assertTrue(scatter.hoverText().contains("|nor_conv_3x3~0|"), scatter.hoverText());
    }

    @Test
    void groupColouringAndRestylingKeepTheData(FxRobot robot) {
        robot.interact(() -> {
            scatter.appendAll(List.of(new ScorePoint(1, "a", 1, 1, 1, "once"), new ScorePoint(2, "b", 2, 2, 2, "reference"),
                    new ScorePoint(3, "c", 3, 3, 3, "once")));
            scatter.getModel().colourModeProperty().set(ColourMode.GROUP);
            scatter.setChartStyle(ChartStyle.DARK);
        });
        assertEquals(3, datasetSize());
        assertEquals(ChartStyle.DARK.background(), scatter.getChart().getBackgroundPaint());
        // legend: two groups and the top-k marker
        assertEquals(3, scatter.getChart().getXYPlot().getRenderer().getLegendItems().getItemCount());
        long legends = java.util.stream.IntStream.range(0, scatter.getChart().getSubtitleCount())
                .filter(i -> scatter.getChart().getSubtitle(i) instanceof org.jfree.chart.title.LegendTitle).count();
        assertEquals(1, legends);
    }

    /** The wheel zooms about the pointer: wheel up (away from the user) zooms in, the point under it stays put. */
    @Test
    void theWheelZoomsInAboutThePointer(FxRobot robot) throws Exception {
        robot.interact(() -> scatter.appendAll(SyntheticData.nb201Scatter(7, "run").subList(0, 2000)));
        WaitForAsyncUtils.waitForFxEvents();
        org.jfree.chart.plot.XYPlot plot = scatter.getChart().getXYPlot();
        double[] before = new double[4];
        double[] anchor = new double[2];
        robot.interact(() -> {
            java.awt.geom.Rectangle2D area = scatter.getViewer().getCanvas().getRenderingInfo().getPlotInfo()
                    .getDataArea();
            double px = area.getMinX() + area.getWidth() * 0.25;
            double py = area.getMinY() + area.getHeight() * 0.25;
            before[0] = plot.getDomainAxis().getLowerBound();
            before[1] = plot.getDomainAxis().getUpperBound();
            anchor[0] = plot.getDomainAxis().java2DToValue(px, area, plot.getDomainAxisEdge());
            anchor[1] = px;
            // JavaFX reports a wheel turned away from the user as deltaY > 0 (robots disagree on direction names)
            scatter.getViewer().getCanvas().fireEvent(new javafx.scene.input.ScrollEvent(
                    javafx.scene.input.ScrollEvent.SCROLL, px, py, px, py, false, false, false, false, false, false,
                    0, 40, 0, 40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        double width = plot.getDomainAxis().getUpperBound() - plot.getDomainAxis().getLowerBound();
        assertTrue(width < (before[1] - before[0]) * 0.95, "wheel up zooms in: " + width + " was " + (before[1] - before[0]));
        // the value under the pointer is still under it
        double left = anchor[0] - plot.getDomainAxis().getLowerBound();
        double leftBefore = anchor[0] - before[0];
        assertEquals(leftBefore / (before[1] - before[0]), left / width, 0.02);
    }
}
