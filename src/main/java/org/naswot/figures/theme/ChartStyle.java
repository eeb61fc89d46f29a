package org.naswot.figures.theme;

import java.awt.Color;
import java.awt.Font;

/**
 * Colours and fonts for everything drawn through Graphics2D (JFreeChart charts, heatmaps, cell
 * diagrams), so that charts follow the application theme and exports can use a print theme.
 *
 * @param fontScale multiplies every font size (large fonts for projection, smaller for print)
 * @param accent    highlight colour (top-k, selection)
 */
public record ChartStyle(String name, Color background, Color plotBackground, Color foreground, Color muted,
                         Color grid, Color accent, Color selection, double fontScale, String fontFamily) {

    /** Screen, light theme. */
    public static final ChartStyle LIGHT = new ChartStyle("light", new Color(0xFFFFFF), new Color(0xFAFAFB),
            new Color(0x1F2328), new Color(0x6E7781), new Color(0xE1E4E8), new Color(0xD55E00),
            new Color(0xCC79A7), 1.0, Font.SANS_SERIF);
    /** Screen, dark theme. */
    public static final ChartStyle DARK = new ChartStyle("dark", new Color(0x1E2127), new Color(0x23272E),
            new Color(0xE6EDF3), new Color(0x9DA7B3), new Color(0x373E47), new Color(0xF0A040),
            new Color(0xE38CC4), 1.0, Font.SANS_SERIF);
    /**
     * Print: white background, black text, Okabe-Ito accents, fonts sized for a figure drawn at
     * single-column width (about 250 pt) and printed at that size.
     */
    public static final ChartStyle PRINT = new ChartStyle("print", Color.WHITE, Color.WHITE, Color.BLACK,
            new Color(0x555555), new Color(0xDDDDDD), new Color(0xD55E00), new Color(0xCC79A7), 0.62,
            FigureFonts.SANS);

    /** The same style in another font family (exports: {@link FigureFonts#SANS} or {@link FigureFonts#SERIF}). */
    public ChartStyle withFontFamily(String family) {
        return new ChartStyle(name, background, plotBackground, foreground, muted, grid, accent, selection, fontScale,
                family);
    }

    public ChartStyle withFontScale(double scale) {
        return new ChartStyle(name, background, plotBackground, foreground, muted, grid, accent, selection, scale,
                fontFamily);
    }

    /** A font of {@code basePoints * fontScale}. */
    public Font font(int style, double basePoints) {
        if (FigureFonts.isBundled(fontFamily)) {
            FigureFonts.ensureRegistered();
        }
        return new Font(fontFamily, style, 1).deriveFont(style, (float) (basePoints * fontScale));
    }

    public Font title() {
        return font(Font.BOLD, 16);
    }

    public Font subtitle() {
        return font(Font.PLAIN, 12.5);
    }

    public Font label() {
        return font(Font.PLAIN, 13);
    }

    public Font tick() {
        return font(Font.PLAIN, 11);
    }

    public boolean isDark() {
        return (background.getRed() + background.getGreen() + background.getBlue()) < 3 * 128;
    }

    /** Starts a painter's figure: anti-aliased shapes and text over this style's background, on (0, 0, w, h). */
    public void fillBackground(java.awt.Graphics2D g, double width, double height) {
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(background);
        g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
    }
}
