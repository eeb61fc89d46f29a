package org.naswot.app.explore;

import java.awt.geom.Rectangle2D;
import java.util.Locale;
import javafx.scene.control.Label;
import org.jfree.chart.plot.XYPlot;

/**
 * The data coordinates under the pointer ("x 1,523 · y 91.2"), in a small label below the chart, so it never covers a
 * point or the hover card. Blank while the pointer is outside the data area.
 */
final class CrosshairReadout {
    private final Label label = new Label(" ");

    CrosshairReadout() {
        label.getStyleClass().add("crosshair-readout");
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    Label node() {
        return label;
    }

    /** Shows the data coordinates of canvas point (x, y), or a blank line outside the data area. */
    void update(XYPlot plot, Rectangle2D area, double x, double y) {
        if (area == null || !area.contains(x, y)) {
            clear();
            return;
        }
        double dx = plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge());
        double dy = plot.getRangeAxis().java2DToValue(y, area, plot.getRangeAxisEdge());
        label.setText(String.format(Locale.ROOT, "pointer  x %s \u00b7 y %s", format(dx), format(dy)));
    }

    void clear() {
        label.setText(" ");
    }

    String text() {
        return label.getText();
    }

    /** Five significant digits, without an exponent for ordinary magnitudes. */
    static String format(double v) {
        double a = Math.abs(v);
        return a != 0 && (a >= 1e6 || a < 1e-3) ? String.format(Locale.ROOT, "%.4g", v)
                : String.format(Locale.ROOT, "%.5g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
