package org.naswot.figures.cell;

import org.naswot.figures.cell.CellGraphs;
import org.naswot.figures.cell.FigureData;
import org.naswot.figures.cell.FigurePainters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.naswot.figures.model.ArchitectureFigure;
import org.naswot.figures.model.CellPair;
import org.naswot.figures.paint.ColourMaps;
import org.naswot.figures.paint.Painter;
import org.naswot.figures.theme.ChartStyle;

/** Renders the NDS figures off screen and checks what lands where; the PNGs stay in target/figures to look at. */
class NdsFigurePaintersTest {
    private static final Color BLUE = ColourMaps.OKABE_ITO[4];
    private static final Color VERMILLION = ColourMaps.OKABE_ITO[5];

    private static BufferedImage render(ArchitectureFigure f, ChartStyle style, int w, int h, String file)
            throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Painter p = FigurePainters.of(f, style, "#12  score 1654.48  accuracy 93.10");
        p.paint(g, w, h);
        g.dispose();
        Path dir = Path.of("target", "figures");
        Files.createDirectories(dir);
        ImageIO.write(img, "png", dir.resolve(file).toFile());
        return img;
    }

    /** Pixels in columns [x0, x1) within {@code tolerance} of {@code c} in each channel. */
    private static int count(BufferedImage img, int x0, int x1, Color c, int tolerance) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = x0; x < x1; x++) {
                Color p = new Color(img.getRGB(x, y));
                if (Math.abs(p.getRed() - c.getRed()) <= tolerance && Math.abs(p.getGreen() - c.getGreen()) <= tolerance
                        && Math.abs(p.getBlue() - c.getBlue()) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int inked(BufferedImage img, int x0, int x1, Color background) {
        return x1 - x0 == 0 ? 0 : (x1 - x0) * img.getHeight() - count(img, x0, x1, background, 8);
    }

    @Test
    void dartsPairDrawsTheConvolutionsLeftAndThePoolsRight() throws IOException {
        CellPair pair = (CellPair) org.naswot.spaces.ArchitectureDiagrams.of("nds:DARTS", NdsGenotypes.DARTS_V2).orElseThrow();
        BufferedImage img = render(pair, ChartStyle.LIGHT, 1100, 420, "darts-v2-pair.png");
        int half = img.getWidth() / 2;
        // DARTS_V2's normal cell is separable convolutions (blue) and no pooling; its reduction cell is max-pools
        // (vermillion) and skips, no convolution
        assertTrue(count(img, 0, half, BLUE, 40) > 500, "blue sep_conv edges in the normal cell");
        assertEquals(0, count(img, 0, half, VERMILLION, 40), "no pooling in the normal cell");
        assertTrue(count(img, half, img.getWidth(), VERMILLION, 40) > 500, "vermillion max_pool edges in the reduction cell");
        assertEquals(0, count(img, half, img.getWidth(), BLUE, 40), "no convolution in the reduction cell");
    }

    @Test
    void narrowTallAreaStacksTheCells() throws IOException {
        CellPair pair = (CellPair) org.naswot.spaces.ArchitectureDiagrams.of("nds:DARTS", NdsGenotypes.DARTS_V2).orElseThrow();
        BufferedImage img = render(pair, ChartStyle.DARK, 500, 700, "darts-v2-pair-stacked-dark.png");
        // stacked: the convolutions in the top half, the pools in the bottom half
        BufferedImage top = img.getSubimage(0, 0, 500, 350);
        BufferedImage bottom = img.getSubimage(0, 350, 500, 350);
        assertEquals(0, count(top, 0, 500, VERMILLION, 40));
        assertTrue(count(bottom, 0, 500, VERMILLION, 40) > 200);
    }

    @Test
    void everyGoldenCellNetworkRendersInTheCellPanelSize() throws IOException {
        int i = 0;
        for (String net : NdsGenotypes.CELL_NETWORKS) {
            ArchitectureFigure f = org.naswot.spaces.ArchitectureDiagrams.of("nds:Amoeba", net).orElseThrow();
            BufferedImage img = render(f, ChartStyle.LIGHT, 560, 260, "cells-" + i++ + ".png");
            Color bg = ChartStyle.LIGHT.background();
            assertTrue(inked(img, 0, 270, bg) > 2000 && inked(img, 290, 560, bg) > 2000, "both cells drawn: " + net);
        }
    }

    @Test
    void stagePlanDrawsEveryBoxWithItsStagesInBlue() throws IOException {
        ArchitectureFigure f = org.naswot.spaces.ArchitectureDiagrams.of("nds:ResNeXt-A", NdsGenotypes.RESNEXT_A).orElseThrow();
        BufferedImage img = render(f, ChartStyle.LIGHT, 900, 300, "resnext-a-stages.png");
        Color bg = ChartStyle.LIGHT.background();
        // five boxes across: ink in every fifth of the width, blue stage outlines in the middle three only
        int fifth = img.getWidth() / 5;
        for (int k = 0; k < 5; k++) {
            assertTrue(inked(img, k * fifth, (k + 1) * fifth, bg) > 1000, "box " + k + " drawn");
        }
        assertTrue(count(img, fifth, 4 * fifth, BLUE, 40) > 300, "stage outlines in the convolution colour");
        render(org.naswot.spaces.ArchitectureDiagrams.of("nds:ResNet", NdsGenotypes.RESNET).orElseThrow(), ChartStyle.DARK, 560, 260,
                "resnet-stages-dark.png");
        render(org.naswot.spaces.ArchitectureDiagrams.of("nds:Vanilla", NdsGenotypes.VANILLA).orElseThrow(), ChartStyle.LIGHT, 560, 260,
                "vanilla-stages.png");
    }

    @Test
    void dartsPairExportsToPdfWithItsLabelsAsText() throws Exception {
        ArchitectureFigure f = org.naswot.spaces.ArchitectureDiagrams.of("nds:DARTS", NdsGenotypes.DARTS_V2).orElseThrow();
        org.naswot.figures.export.Exportable figure = new org.naswot.figures.export.Exportable() {
            @Override
            public String exportName() {
                return "cell";
            }

            @Override
            public String exportTitle() {
                return "DARTS_V2";
            }

            @Override
            public void paintFigure(Graphics2D g, java.awt.geom.Rectangle2D area, ChartStyle s) {
                FigurePainters.of(f, s, "DARTS_V2").paint(g, area.getWidth(), area.getHeight());
            }

            @Override
            public org.naswot.figures.export.CsvTable exportData() {
                return FigureData.of(f);
            }
        };
        org.naswot.figures.model.Provenance prov = new org.naswot.figures.model.Provenance("nds:DARTS", "cifar10", 1, 128,
                "reference", "test");
        byte[] pdf = org.naswot.figures.export.FigureExporter.pdf(figure,
                org.naswot.figures.export.ExportOptions.singleColumn(300, prov));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            for (String expected : List.of("normal cell", "reduction cell", "sep 3\u00d73", "max 3\u00d73",
                    CellGraphs.PREVIOUS_PREVIOUS)) {
                assertTrue(text.contains(expected), expected + " in the PDF's text: " + text);
            }
        }
    }
}
