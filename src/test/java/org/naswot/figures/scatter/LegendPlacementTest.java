package org.naswot.figures.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.entity.TitleEntity;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.export.LegendPosition;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.theme.ChartStyle;

/** Review X4: the legend goes where the layout says: a corner inside the data area, right of it, below it, nowhere. */
class LegendPlacementTest {

    @ParameterizedTest
    @EnumSource(LegendPosition.class)
    void theLegendIsDrawnWhereTheLayoutAsks(LegendPosition asked) {
        // "as in the window": the display's position, below until the user moves it
        LegendPosition where = asked == LegendPosition.AS_SHOWN ? LegendPosition.BELOW : asked;
        ScatterFigure figure = figure();
        JFreeChart chart = ScatterChartFactory.create(figure, new ScatterDataset(figure.data()), ChartStyle.LIGHT,
                new FigureLayout(true, true, asked));
        check(chart, where);
    }

    /** The window's chart follows the display's position; an export naming another position overrides it. */
    @org.junit.jupiter.api.Test
    void theWindowsPositionIsTheExportsUnlessTheDialogNamesAnother() {
        ScatterFigure figure = figure();
        figure.display().setLegend(LegendPosition.INSIDE_TOP_RIGHT);
        check(ScatterChartFactory.create(figure, new ScatterDataset(figure.data()), ChartStyle.LIGHT),
                LegendPosition.INSIDE_TOP_RIGHT);
        check(ScatterChartFactory.create(figure, new ScatterDataset(figure.data()), ChartStyle.PRINT,
                new FigureLayout(false, true)), LegendPosition.INSIDE_TOP_RIGHT);
        check(ScatterChartFactory.create(figure, new ScatterDataset(figure.data()), ChartStyle.PRINT,
                new FigureLayout(false, true, LegendPosition.OUTSIDE_RIGHT)), LegendPosition.OUTSIDE_RIGHT);
    }

    private static ScatterFigure figure() {
        ScatterFigure figure = new ScatterFigure();
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            points.add(new ScorePoint(i, "a" + i, 1500 + i * 7, 60 + (i % 8) * 4, 100_000 + i));
        }
        figure.appendAll(points);
        figure.refreshStatistics();
        return figure;
    }

    private static void check(JFreeChart chart, LegendPosition where) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(600, 420, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 600, 420), info);
        g.dispose();
        Rectangle2D data = info.getPlotInfo().getDataArea();
        LegendTitle subtitle = null;
        for (Object t : chart.getSubtitles()) {
            subtitle = t instanceof LegendTitle l ? l : subtitle;
        }
        XYTitleAnnotation inside = (XYTitleAnnotation) chart.getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof XYTitleAnnotation).findFirst().orElse(null);
        if (where == LegendPosition.NONE || where.inside()) {
            assertNull(subtitle, "no legend outside the plot");
        }
        if (where == LegendPosition.NONE) {
            assertNull(inside, "no legend at all");
            return;
        }
        if (where.inside()) {
            assertNotNull(inside, "a legend over the data area");
            assertEquals(switch (where) {
                case INSIDE_TOP_LEFT -> RectangleAnchor.TOP_LEFT;
                case INSIDE_TOP_RIGHT -> RectangleAnchor.TOP_RIGHT;
                default -> RectangleAnchor.BOTTOM_RIGHT;
            }, inside.getTitleAnchor());
            assertEquals(where == LegendPosition.INSIDE_TOP_LEFT, inside.getX() < 0.5, "left or right");
            assertEquals(where == LegendPosition.INSIDE_BOTTOM_RIGHT, inside.getY() < 0.5, "top or bottom");
            return;
        }
        assertNotNull(subtitle, "a legend beside the plot");
        assertNull(inside);
        Rectangle2D drawn = null;
        for (Object e : info.getEntityCollection().getEntities()) {
            if (e instanceof TitleEntity t && t.getTitle() instanceof LegendTitle) {
                drawn = t.getArea().getBounds2D();
            }
        }
        assertNotNull(drawn, "the legend was drawn");
        if (where == LegendPosition.BELOW) {
            assertTrue(drawn.getMinY() >= data.getMaxY(), "below the data area: " + drawn + " vs " + data);
        } else {
            assertTrue(drawn.getMinX() >= data.getMaxX(), "right of the data area: " + drawn + " vs " + data);
        }
    }
}
