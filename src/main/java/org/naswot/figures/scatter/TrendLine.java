package org.naswot.figures.scatter;

import java.util.Locale;

/**
 * The least-squares line y = intercept + slope * x through the plotted points, on the axes as shown: with a log axis
 * the fit is on log10 of that coordinate (a straight line on the plot), and points a log axis cannot show are left
 * out.
 *
 * @param n the number of points fitted
 */
public record TrendLine(double slope, double intercept, double r2, int n, boolean logX, boolean logY) {

    /** The fit over the plotted points of {@code d}, or null with fewer than two usable points or constant x. */
    public static TrendLine fit(ScatterData d, boolean logX, boolean logY) {
        int count = d.plottedCount();
        double[] xs = new double[count];
        double[] ys = new double[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            double x = d.x(i);
            double y = d.y(i);
            if (logX && x <= 0 || logY && y <= 0) {
                continue;
            }
            xs[n] = logX ? Math.log10(x) : x;
            ys[n] = logY ? Math.log10(y) : y;
            n++;
        }
        return fit(xs, ys, n, logX, logY);
    }

    /** The fit of the first {@code n} pairs (already on the axes' scales). */
    static TrendLine fit(double[] xs, double[] ys, int n, boolean logX, boolean logY) {
        if (n < 2) {
            return null;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += xs[i];
            my += ys[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = xs[i] - mx;
            double dy = ys[i] - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        if (sxx == 0) {
            return null;
        }
        double slope = sxy / sxx;
        double r2 = syy == 0 ? 1 : sxy * sxy / (sxx * syy);
        return new TrendLine(slope, my - slope * mx, r2, n, logX, logY);
    }

    /** y on the plot's scale for x on the plot's scale (log10 where the axis is logarithmic). */
    public double at(double scaledX) {
        return intercept + slope * scaledX;
    }

    /** The legend's text: "trend y = 0.0123·x + 85.1 (R² = 0.41, least squares)", with log10 where an axis is log. */
    public String describe() {
        String x = logX ? "log\u2081\u2080x" : "x";
        String y = logY ? "log\u2081\u2080y" : "y";
        return String.format(Locale.ROOT, "trend %s = %s\u00b7%s %s %s (R\u00b2 = %.2f, least squares, n = %,d)", y,
                number(slope), x, intercept < 0 ? "\u2212" : "+", number(Math.abs(intercept)), r2, n);
    }

    /** Four significant digits without trailing zeros: 2, 0.01234, 1.5e+06. */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        return s.contains("e") || !s.contains(".") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
