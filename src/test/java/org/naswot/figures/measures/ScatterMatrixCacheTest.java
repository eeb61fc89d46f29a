package org.naswot.figures.measures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Set;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.theme.ChartStyle;

/**
 * The scatter matrix keeps its rendered dots: a repaint that changes only the selection draws the accent dots over
 * the kept layer (no new render) and gives the same pixels as a fresh figure; a new size or theme renders anew.
 */
class ScatterMatrixCacheTest {

    private static int[] paint(MeasureFigure f, int w, int h, ChartStyle style) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        f.paintFigure(g, new Rectangle2D.Double(0, 0, w, h), style);
        g.dispose();
        return img.getRGB(0, 0, w, h, null, 0, w);
    }

    private static int renders(MeasureFigure f, ChartStyle style) {
        return ((ScatterMatrixPainter) f.painter(style, FigureLayout.SCREEN)).dotRenders();
    }

    @Test
    void aSelectionOnlyRepaintReusesTheDotsAndMatchesAFreshRenderPixelForPixel() {
        MeasureTable t = MeasureFigureTest.table(3000, 4);
        Set<Integer> first = Set.of(t.indices()[5], t.indices()[700]);
        Set<Integer> second = Set.of(t.indices()[10], t.indices()[1500], t.indices()[2999]);
        MeasureFigure shown = new MeasureFigure(MeasureFigure.Kind.MATRIX, t, first);
        int[] before = paint(shown, 720, 760, ChartStyle.LIGHT);
        assertEquals(1, renders(shown, ChartStyle.LIGHT));
        paint(shown, 720, 760, ChartStyle.LIGHT);
        assertEquals(1, renders(shown, ChartStyle.LIGHT), "a plain repaint reuses the dots");

        MeasureFigure reselected = shown.withSelection(second);
        int[] cached = paint(reselected, 720, 760, ChartStyle.LIGHT);
        assertEquals(1, renders(reselected, ChartStyle.LIGHT), "a new selection reuses the dots");
        assertFalse(java.util.Arrays.equals(before, cached), "the marks moved");

        MeasureFigure fresh = new MeasureFigure(MeasureFigure.Kind.MATRIX, t, second);
        assertArrayEquals(paint(fresh, 720, 760, ChartStyle.LIGHT), cached, "cached = fresh, pixel for pixel");
        assertEquals(1, renders(fresh, ChartStyle.LIGHT));
        // and with no selection: the kept layer itself is drawn
        assertArrayEquals(paint(new MeasureFigure(MeasureFigure.Kind.MATRIX, t, Set.of()), 720, 760, ChartStyle.LIGHT),
                paint(reselected.withSelection(Set.of()), 720, 760, ChartStyle.LIGHT));
    }

    @Test
    void aNewSizeOrThemeRendersAnew() {
        MeasureTable t = MeasureFigureTest.table(800, 5);
        MeasureFigure f = new MeasureFigure(MeasureFigure.Kind.MATRIX, t, Set.of(t.indices()[3]));
        paint(f, 600, 640, ChartStyle.LIGHT);
        paint(f, 900, 940, ChartStyle.LIGHT);
        assertEquals(2, renders(f, ChartStyle.LIGHT), "a new size");
        int[] dark = paint(f.withSelection(Set.of()), 900, 940, ChartStyle.DARK);
        assertEquals(1, renders(f, ChartStyle.DARK), "the dark theme has its own dots");
        assertArrayEquals(paint(new MeasureFigure(MeasureFigure.Kind.MATRIX, t, Set.of()), 900, 940, ChartStyle.DARK),
                dark);
    }

    @Test
    void vectorFilesDrawTheirOwnDots() {
        MeasureTable t = MeasureFigureTest.table(300, 6);
        MeasureFigure f = new MeasureFigure(MeasureFigure.Kind.MATRIX, t, Set.of(t.indices()[1]));
        SVGGraphics2D svg = new SVGGraphics2D(600, 640);
        f.paintFigure(svg, new Rectangle2D.Double(0, 0, 600, 640), ChartStyle.LIGHT);
        assertEquals(0, renders(f, ChartStyle.LIGHT), "no layer kept for a file");
        assertFalse(svg.getSVGElement().isEmpty());
    }
}
