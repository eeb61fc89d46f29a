package org.naswot.figures.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.scatter.RankCorrelations;
import org.naswot.figures.theme.ChartStyle;

/** The scatter matrix and the parallel coordinates drawn headlessly from a synthetic table. */
class MeasureFigureTest {

    /**
     * The accuracy, a score that follows it with noise and a singular kernel now and then (-inf), a proxy missing on
     * some architectures (NaN), and one spanning ten orders of magnitude.
     */
    static MeasureTable table(int n, long seed) {
        Random r = new Random(seed);
        double[] acc = new double[n];
        double[] score = new double[n];
        double[] partial = new double[n];
        double[] wide = new double[n];
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            acc[i] = 10 + 80 * r.nextDouble();
            score[i] = i % 17 == 0 ? Double.NEGATIVE_INFINITY : acc[i] + 20 * r.nextGaussian();
            partial[i] = i % 5 == 0 ? Double.NaN : -acc[i] + 30 * r.nextGaussian();
            wide[i] = Math.pow(10, acc[i] / 9 + r.nextGaussian());
            indices[i] = 3 * i + 1;
        }
        return new MeasureTable(7, List.of(MeasureTable.ACCURACY, "nwot", "snip", "synflow"),
                new double[][] {acc, score, partial, wide}, indices, "test accuracy (%)");
    }

    private static BufferedImage paint(MeasureFigure f, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        f.paintFigure(g, new Rectangle2D.Double(0, 0, w, h), ChartStyle.LIGHT);
        g.dispose();
        return img;
    }

    @Test
    void theMatrixHasKSquaredPanelsEachWithItsPairsKendallTau() {
        MeasureTable t = table(200, 1);
        MeasureFigure f = new MeasureFigure(MeasureFigure.Kind.MATRIX, t, Set.of());
        paint(f, 700, 760);
        ScatterMatrixPainter p = (ScatterMatrixPainter) f.painter(ChartStyle.LIGHT, FigureLayout.SCREEN);
        List<ScatterMatrixPainter.Panel> panels = p.panels();
        int k = t.measures();
        assertEquals(k * k, panels.size());
        for (ScatterMatrixPainter.Panel panel : panels) {
            if (panel.row() == panel.column()) {
                assertEquals(t.names().get(panel.row()), panel.text(), "the diagonal names its measure");
                continue;
            }
            double expected = RankCorrelations.of(t.column(panel.column()), t.column(panel.row())).kendall();
            assertEquals(expected, panel.tau(), 1e-12, panel.row() + "," + panel.column());
            assertEquals(ScatterMatrixPainter.tauText(expected, false), panel.text());
        }
        // each pair's panel sits in its own cell of the grid
        assertEquals(k * k, panels.stream().map(q -> q.bounds().getX() + ":" + q.bounds().getY()).distinct().count());
        // the exported pairs are the same numbers
        var csv = f.exportData();
        assertEquals(k * (k - 1) / 2, csv.rows().size());
        assertEquals(List.of("measure_a", "measure_b", "kendall_tau", "pairs"), csv.header());
    }

    @Test
    void theParallelCoordinatesDrawOneLinePerArchitectureOnScreenAndInSvg() {
        MeasureTable t = table(15_625, 2);
        long start = System.nanoTime();
        MeasureFigure f = new MeasureFigure(MeasureFigure.Kind.PARALLEL, t, Set.of(4, 7, 10));
        System.out.printf("4 measures of 15,625: Kendall tau of every pair in %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        paint(f, 1280, 700);
        long first = System.nanoTime() - start;
        ParallelCoordinatesPainter p = (ParallelCoordinatesPainter) f.painter(ChartStyle.LIGHT, FigureLayout.SCREEN);
        assertEquals(t.size(), p.drawnLines(), "every architecture, the selected included");
        start = System.nanoTime();
        paint(f, 1280, 700);
        long again = System.nanoTime() - start;
        assertEquals(t.size(), p.drawnLines(), "a repaint of the same size shows them all again");
        start = System.nanoTime();
        paint(f, 1200, 680);
        long resized = System.nanoTime() - start;
        System.out.printf("parallel coordinates of 15,625: first paint %d ms, repaint %d ms, resized %d ms%n",
                first / 1_000_000, again / 1_000_000, resized / 1_000_000);
        SVGGraphics2D svg = new SVGGraphics2D(800, 500);
        f.paintFigure(svg, new Rectangle2D.Double(0, 0, 800, 500), ChartStyle.PRINT, FigureLayout.SCREEN);
        ParallelCoordinatesPainter vector = (ParallelCoordinatesPainter) f.painter(ChartStyle.PRINT,
                FigureLayout.SCREEN);
        assertEquals(t.size(), vector.drawnLines());
        String doc = svg.getSVGDocument();
        assertTrue(doc.contains("synflow (log)"), "the wide proxy's axis is a log axis and says so");
        assertTrue(doc.contains("\u2212\u221e"), "the singular kernels' -inf have their place, labelled");
        assertEquals(3, f.selectedCount());
        var rows = f.exportData();
        assertEquals(List.of("index", "accuracy", "nwot", "snip", "synflow", "selected"), rows.header());
        assertEquals(t.size(), rows.rows().size());
        assertEquals(3, rows.rows().stream().filter(r -> r.get(5).equals("true")).count());
    }

    @Test
    void theSelectedAreDrawnOnTopInTheAccentColour() {
        MeasureTable t = table(400, 3);
        // architecture 10 (row 3) selected: its accuracy's place on the first axis is the accent colour
        MeasureFigure f = new MeasureFigure(MeasureFigure.Kind.PARALLEL, t, Set.of(10));
        BufferedImage img = paint(f, 900, 600);
        int accent = ChartStyle.LIGHT.accent().getRGB();
        long accentPixels = 0;
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                accentPixels += img.getRGB(x, y) == accent ? 1 : 0;
            }
        }
        MeasureFigure none = new MeasureFigure(MeasureFigure.Kind.PARALLEL, t, Set.of());
        BufferedImage plain = paint(none, 900, 600);
        long plainAccent = 0;
        for (int x = 0; x < plain.getWidth(); x++) {
            for (int y = 0; y < plain.getHeight(); y++) {
                plainAccent += plain.getRGB(x, y) == accent ? 1 : 0;
            }
        }
        assertTrue(accentPixels > 300 && plainAccent == 0, accentPixels + " accent pixels, " + plainAccent
                + " without a selection");
    }

    @Test
    void axesAreLogWhereValuesSpanOrdersOfMagnitudeAndLabelRealValues() {
        AxisScale wide = AxisScale.of(new double[] {0.001, 5, 2e6, Double.NaN});
        assertTrue(wide.log());
        assertEquals(List.of("0.001", "2e6"), List.of(AxisScale.label(wide.ticks().get(0)),
                AxisScale.label(wide.ticks().get(2))));
        AxisScale signed = AxisScale.of(new double[] {-234, -16.1, Double.NEGATIVE_INFINITY});
        assertTrue(!signed.log() && signed.negInf());
        assertEquals("\u2212234", AxisScale.label(signed.ticks().get(0)));
        assertEquals(List.of("1730", "\u221214363", "56.2", "0.0733"), List.of(AxisScale.label(1730),
                AxisScale.label(-14363), AxisScale.label(56.2), AxisScale.label(0.0733)), "no exponent below 1e5");
        assertEquals(0, signed.position(-234), 1e-12);
        assertEquals(1, signed.position(-16.1), 1e-12);
        assertTrue(signed.position(Double.NEGATIVE_INFINITY) < 0 && Double.isNaN(signed.position(Double.NaN)));
    }
}
