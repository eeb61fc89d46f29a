package org.naswot.figures.measures;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import org.naswot.figures.paint.TextFit;
import org.naswot.figures.theme.ChartStyle;

/** The text set-up the scatter matrix and the parallel coordinates share: their heading, font metrics, wrap margin. */
final class MeasureFigureText {
    /** Text is measured with AWT's metrics but drawn a little wider on screen: lines wrap with this margin. */
    static final double SLACK = 1.12;

    private MeasureFigureText() {
    }

    /** The margin round a figure of this style. */
    static double pad(ChartStyle style) {
        return 6 * style.fontScale() + 4;
    }

    /** Draws the heading (if any) at the top and returns where the figure's content starts. */
    static double heading(Graphics2D g, ChartStyle style, String heading, double width) {
        double pad = pad(style);
        // the font set first: FXGraphics2D measures any font as its current one, and the title ran past the edge
        Font headingFont = style.font(Font.BOLD, 13.5);
        g.setFont(headingFont);
        return TextFit.drawHeading(g, heading, headingFont, style.foreground(), width,
                pad + width * (1 - 1 / SLACK) / 2, pad);
    }

    /** The font's metrics, with the font set on {@code g} (FXGraphics2D measures only its current font). */
    static FontMetrics metrics(Graphics2D g, Font font) {
        g.setFont(font);
        return g.getFontMetrics(font);
    }
}
