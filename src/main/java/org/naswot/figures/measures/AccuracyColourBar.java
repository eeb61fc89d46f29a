package org.naswot.figures.measures;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.naswot.figures.paint.ColourMaps;
import org.naswot.figures.paint.TextFit;
import org.naswot.figures.theme.ChartStyle;

/**
 * The accuracy's viridis colour bar both figures colour their architectures by: the range's ends and middle as
 * real values and, turned beside it, what the accuracy is.
 */
final class AccuracyColourBar {
    private final double min;
    private final double max;
    private final String label;
    private final ChartStyle style;

    AccuracyColourBar(double[] accuracy, String label, ChartStyle style) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double a : accuracy) {
            if (Double.isFinite(a)) {
                lo = Math.min(lo, a);
                hi = Math.max(hi, a);
            }
        }
        this.min = lo;
        this.max = hi;
        this.label = label;
        this.style = style;
    }

    /** Where in viridis an accuracy is drawn (0 the lowest of the run, 1 the highest); NaN for none. */
    double position(double accuracy) {
        if (!Double.isFinite(accuracy) || !(max >= min)) {
            return Double.NaN;
        }
        return max > min ? (accuracy - min) / (max - min) : 0.5;
    }

    private double barWidth() {
        return 10 * Math.max(0.8, style.fontScale());
    }

    /** The room the bar takes with its tick labels and turned label, in {@code fm}'s font. */
    double width(FontMetrics fm) {
        return 10 + barWidth() + 6 + fm.stringWidth(AxisScale.label(max) + "0") + fm.getHeight();
    }

    /** Draws the bar with its left edge at {@code x}, from {@code y} down {@code h}. */
    void paint(Graphics2D g, double x, double y, double h, FontMetrics fm) {
        if (!(max >= min)) {
            return;
        }
        double bx = x + 10;
        double w = barWidth();
        int steps = 96;
        for (int s = 0; s < steps; s++) {
            g.setPaint(ColourMaps.viridis((s + 0.5) / steps));
            g.fill(new Rectangle2D.Double(bx, y + h - (s + 1) * h / steps, w, h / steps + 0.5));
        }
        g.setPaint(style.muted());
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(bx, y, w, h));
        g.setFont(fm.getFont());
        double[] ticks = max > min ? new double[] {min, (min + max) / 2, max} : new double[] {min};
        double widest = 0;
        for (double t : ticks) {
            double yy = y + h - (max > min ? (t - min) / (max - min) : 0.5) * h;
            g.setPaint(style.muted());
            g.draw(new Line2D.Double(bx + w, yy, bx + w + 3, yy));
            g.setPaint(style.foreground());
            String s = AxisScale.label(t);
            widest = Math.max(widest, fm.stringWidth(s));
            g.drawString(s, (float) (bx + w + 5), (float) (yy + (fm.getAscent() - fm.getDescent()) / 2.0));
        }
        String text = TextFit.ellipsize(label, fm, h);
        AffineTransform at = g.getTransform();
        g.translate(bx + w + 6 + widest + fm.getAscent(), y + h / 2 + fm.stringWidth(text) / 2.0);
        g.rotate(-Math.PI / 2);
        g.drawString(text, 0f, 0f);
        g.setTransform(at);
    }
}
