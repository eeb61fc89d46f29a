package org.naswot.app.explore;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.naswot.figures.scatter.ClipPercentiles;
import org.naswot.figures.scatter.ScatterDisplay;

/**
 * The coordinates the scatter's axes were last ranged for: log or linear, values or ranks, clipped or not. Other
 * coordinates make a zoom meaningless: the zoom history goes, and values against ranks or a new clip fit afresh.
 */
final class DrawnCoordinates {
    private boolean ranks;
    private ClipPercentiles clip;

    /** Whether {@code display} asks for other axes than {@code plot} was ranged for; if so, refits them. */
    boolean refit(XYPlot plot, ScatterDisplay display) {
        boolean log = display.logX() != plot.getDomainAxis() instanceof LogAxis
                || display.logY() != plot.getRangeAxis() instanceof LogAxis;
        boolean other = display.ranks() != ranks || !java.util.Objects.equals(display.clip(), clip);
        ranks = display.ranks();
        clip = display.clip();
        if (other) {
            plot.getDomainAxis().setAutoRange(true);
            plot.getRangeAxis().setAutoRange(true);
        }
        return log || other;
    }
}
