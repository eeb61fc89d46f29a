package org.naswot.figures.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.TitleEntity;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.theme.ChartStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A paper figure's statistics line never covers data (review N3: a corner box hid the best point of an NB301 export):
 * drawn at the default export sizes, its bounds stay clear of the data area, so no plotted point can fall under it.
 */
class StatisticsPlacementTest {

    @ParameterizedTest
    @CsvSource({"252, 189", "504, 378", "180, 135"})
    void theStatisticsLieOutsideTheDataAreaAtDefaultSizes(int width, int height) {
        ScatterFigure figure = new ScatterFigure();
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // a point in every corner of the data range, the best one top left where the box used to sit
            points.add(new ScorePoint(i, "a" + i, 1500 + (i % 10) * 30, 60 + (i / 6) * 3.5, 100_000 + i));
        }
        points.add(new ScorePoint(60, "best", 1500, 93.58, 100_000));
        figure.appendAll(points);
        figure.refreshStatistics();
        JFreeChart chart = ScatterChartFactory.create(figure, new ScatterDataset(figure.data()), ChartStyle.LIGHT,
                FigureLayout.PAPER);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        g.dispose();

        TextTitle statistics = null;
        for (Object o : chart.getSubtitles()) {
            if (o instanceof TextTitle t && ScatterChartFactory.STATISTICS_ID.equals(((Title) t).getID())) {
                statistics = t;
            }
        }
        assertNotNull(statistics, "the paper layout shows tau, rho and n");
        assertEquals(0, chart.getXYPlot().getAnnotations().size(), "nothing is drawn over the points");
        Rectangle2D data = info.getPlotInfo().getDataArea();
        Rectangle2D box = null;
        for (Object e : info.getEntityCollection().getEntities()) {
            // JFreeChart records where it drew each title
            if (e instanceof TitleEntity t && t.getTitle() == statistics) {
                box = t.getArea().getBounds2D();
            }
        }
        assertNotNull(box, "the statistics were drawn");
        assertFalse(box.isEmpty(), "the statistics have a size");
        assertFalse(box.intersects(data), "statistics " + box + " overlap the data area " + data);
    }
}
