package org.naswot.figures.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.ExportOptions;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.export.FigureExporter;
import org.naswot.figures.paint.FigureHints;
import org.naswot.figures.theme.ChartStyle;

/** Lecture slides draw kernels as images (FigureHints.MATRIX_AS_IMAGE); a single figure's PDF keeps vector cells. */
class MatrixAsImageTest {

    private static byte[] pdf(boolean asImage) {
        HeatmapPainter painter = new HeatmapPainter(List.of(kernel128()), ChartStyle.LIGHT, false, false, "kernel");
        Exportable figure = new Exportable() {
            @Override
            public String exportName() {
                return "kernel";
            }

            @Override
            public String exportTitle() {
                return "kernel";
            }

            @Override
            public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style) {
                Graphics2D fig = (Graphics2D) g.create();
                fig.translate(area.getX(), area.getY());
                if (asImage) {
                    fig.setRenderingHint(FigureHints.MATRIX_AS_IMAGE, Boolean.TRUE);
                }
                painter.paint(fig, area.getWidth(), area.getHeight());
                fig.dispose();
            }

            @Override
            public CsvTable exportData() {
                return new CsvTable(List.of("i"));
            }
        };
        return FigureExporter.pdf(figure, new ExportOptions(720, 405, 72, ChartStyle.LIGHT, null, false));
    }

    /** A batch of 128 images, as the paper's: Hamming-kernel-like values, every entry its own. */
    private static org.naswot.figures.model.KernelMatrix kernel128() {
        java.util.Random r = new java.util.Random(7);
        int n = 128;
        double[][] k = new double[n][n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 10;
            for (int j = 0; j <= i; j++) {
                k[i][j] = i == j ? 1000 : 400 + r.nextInt(500);
                k[j][i] = k[i][j];
            }
        }
        return new org.naswot.figures.model.KernelMatrix("K", k, labels, ClassLabelsTest.CIFAR10, Double.NaN);
    }

    private static List<PDImageXObject> images(byte[] pdf) throws IOException {
        List<PDImageXObject> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            collect(doc.getPage(0).getResources(), out);
        }
        return out;
    }

    private static void collect(PDResources resources, List<PDImageXObject> out) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                out.add(image);
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collect(form.getResources(), out);
            }
        }
    }

    @Test
    void withTheHintTheKernelIsOneSharpImageAndThePageShrinks() throws IOException {
        byte[] vector = pdf(false);
        byte[] image = pdf(true);
        assertEquals(List.of(), images(vector), "a single figure's kernel stays vector");
        List<PDImageXObject> found = images(image);
        assertEquals(1, found.size(), "one image for the one panel");
        // 128 cells of 8 x 8 pixels: still sharp when a projector scales the slide up
        assertEquals(1024, found.get(0).getWidth());
        assertTrue(image.length * 3 < vector.length, image.length + " bytes as an image, " + vector.length
                + " as vector cells");
    }
}
