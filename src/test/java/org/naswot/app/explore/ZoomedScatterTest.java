package org.naswot.app.explore;

import org.naswot.figures.scatter.ScatterChartFactory;
import org.naswot.figures.scatter.ScatterDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.theme.ChartStyle;

/** The plot never lies: a zoom or pan that leaves the first points outside still draws the points inside. */
class ZoomedScatterTest {

    private static int colourfulPixelsInDataArea(JFreeChart chart) {
        BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, 640, 480), info);
        g.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        int n = 0;
        for (int y = (int) area.getMinY() + 1; y < (int) area.getMaxY() - 1; y++) {
            for (int x = (int) area.getMinX() + 1; x < (int) area.getMaxX() - 1; x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int gr = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                // dots are coloured by parameters (viridis); background and grid are grey
                if (Math.max(r, Math.max(gr, b)) - Math.min(r, Math.min(gr, b)) > 40) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aZoomedViewDrawsThePointsInsideIt() {
        ScoreScatterModel model = new ScoreScatterModel();
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            points.add(new ScorePoint(i, "arch" + i, 1000 + i * 5.0, 70 + i * 0.1, 100_000L + 5_000L * i, "run 1"));
        }
        model.appendAll(points);
        model.refreshStatistics();
        JFreeChart chart = ScatterChartFactory.create(model.figure(), new ScatterDataset(model.data()), ChartStyle.PRINT);
        assertTrue(colourfulPixelsInDataArea(chart) > 500, "the whole cloud is drawn");

        // the top-scoring cluster: neither the first point nor most others are inside
        chart.getXYPlot().getDomainAxis().setRange(1800, 2000);
        chart.getXYPlot().getRangeAxis().setRange(85, 90);
        int inside = colourfulPixelsInDataArea(chart);
        assertTrue(inside > 100, "points inside the zoom are drawn: " + inside + " coloured pixels");

        // a pan to where nothing is shows nothing
        chart.getXYPlot().getDomainAxis().setRange(5000, 6000);
        assertEquals(0, colourfulPixelsInDataArea(chart));
    }
}
