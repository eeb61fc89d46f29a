package org.naswot.figures.search;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.naswot.figures.export.FigureLayout;

/** How the search figures draw their chart into an export's area: without the title when the layout omits it. */
final class SearchChartPainting {
    private SearchChartPainting() {
    }

    static void draw(JFreeChart chart, Graphics2D g, Rectangle2D area, FigureLayout layout) {
        if (!layout.title()) {
            chart.setTitle((TextTitle) null);
        }
        chart.draw(g, area);
    }
}
