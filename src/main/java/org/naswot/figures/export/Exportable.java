package org.naswot.figures.export;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.naswot.figures.theme.ChartStyle;

/**
 * A view that can be written as a figure (PNG, SVG, PDF) and as the data behind it (CSV). Figures are drawn
 * through Graphics2D so vector formats get vector output.
 */
public interface Exportable {

    /** Suggested file base name, e.g. "score-vs-accuracy". */
    String exportName();

    /** Human title, written into the file's metadata. */
    String exportTitle();

    /** Draws the figure into {@code area} using {@code style} (a screen theme or {@link ChartStyle#PRINT}). */
    void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style);

    /** Draws the figure with a layout (title or annotation, marks); figures without such choices ignore it. */
    default void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style, FigureLayout layout) {
        paintFigure(g, area, style);
    }

    /** The data behind the figure. */
    CsvTable exportData();

    /**
     * Where the figure's data came from: by default what the window shows ({@code shown}); a figure of other data
     * (the Search tab's searches) names its own, so a caption never credits another run (review N10).
     */
    default org.naswot.figures.model.Provenance provenance(org.naswot.figures.model.Provenance shown) {
        return shown;
    }
}
