package org.naswot.figures.export;

import org.naswot.figures.model.Provenance;
import org.naswot.figures.theme.ChartStyle;

/**
 * How to export a figure. The figure is laid out at {@code widthPx x heightPx} pixels at {@code dpi}, i.e.
 * at a physical size of widthPx/dpi inches; vector formats use that physical size in points (1/72 in), so
 * fonts have the same printed size in PNG, SVG and PDF.
 *
 * @param caption draw the provenance as a caption under the figure
 */
public record ExportOptions(int widthPx, int heightPx, double dpi, ChartStyle style, Provenance provenance,
                            boolean caption, FigureLayout layout) {

    /** Options with the layout that fits the style: a paper layout for the print theme, else as on screen. */
    public ExportOptions(int widthPx, int heightPx, double dpi, ChartStyle style, Provenance provenance,
                         boolean caption) {
        this(widthPx, heightPx, dpi, style, provenance, caption,
                "print".equals(style.name()) ? FigureLayout.PAPER : FigureLayout.SCREEN);
    }

    /** A figure of {@code widthIn x heightIn} inches; rasters get {@code dpi} pixels per inch. */
    public static ExportOptions inches(double widthIn, double heightIn, double dpi, ChartStyle style,
                                       Provenance provenance, boolean caption, FigureLayout layout) {
        return new ExportOptions((int) Math.round(widthIn * dpi), (int) Math.round(heightIn * dpi), dpi, style,
                provenance, caption, layout);
    }

    public ExportOptions {
        if (layout == null) {
            layout = FigureLayout.SCREEN;
        }
        if (widthPx < 16 || heightPx < 16) {
            throw new IllegalArgumentException("figure of " + widthPx + "x" + heightPx + " px is too small");
        }
        if (!(dpi >= 36 && dpi <= 2400)) {
            throw new IllegalArgumentException("DPI " + dpi + " outside 36..2400");
        }
    }

    /** Single-column figure (3.5 in wide, 4:3) at {@code dpi}, print theme. */
    public static ExportOptions singleColumn(double dpi, Provenance p) {
        return new ExportOptions((int) Math.round(3.5 * dpi), (int) Math.round(2.625 * dpi), dpi, ChartStyle.PRINT, p,
                false);
    }

    /** Double-column figure (7 in wide, 7:3) at {@code dpi}, print theme. */
    public static ExportOptions doubleColumn(double dpi, Provenance p) {
        return new ExportOptions((int) Math.round(7 * dpi), (int) Math.round(3 * dpi), dpi,
                ChartStyle.PRINT.withFontScale(0.75), p, false);
    }

    public double widthPt() {
        return widthPx * 72.0 / dpi;
    }

    public double heightPt() {
        return heightPx * 72.0 / dpi;
    }

    public ExportOptions withCaption(boolean on) {
        return new ExportOptions(widthPx, heightPx, dpi, style, provenance, on, layout);
    }

    public ExportOptions withStyle(ChartStyle s) {
        return new ExportOptions(widthPx, heightPx, dpi, s, provenance, caption, layout);
    }
}
