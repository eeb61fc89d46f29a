package org.naswot.figures.export;

import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.ExportOptions;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.export.FigureExporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.figures.cell.CellDiagramPainter;
import org.naswot.figures.model.Provenance;
import org.naswot.figures.theme.ChartStyle;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class FigureExporterTest {
    static final Provenance PROV = new Provenance("nb201", "cifar10", 42, 128, "reference", "NASWOT Explorer 9.9");

    /** A small figure: a title and the NB201 cell diagram. */
    static Exportable figure() {
        return new Exportable() {
            @Override
            public String exportName() {
                return "test";
            }

            @Override
            public String exportTitle() {
                return "Test figure <one>";
            }

            @Override
            public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle s) {
                g.setPaint(s.foreground());
                g.setFont(s.title());
                g.drawString("Test figure", 10f, 20f);
                g.setFont(s.label());
                g.drawString("Greek \u03c4 \u03c1", 150f, 20f);
                Graphics2D g2 = (Graphics2D) g.create();
                g2.translate(0, 30);
                new CellDiagramPainter(org.naswot.spaces.nb201.Nb201Diagram.of("|nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|none~2|"),
                        s, null).paint(g2, area.getWidth(), area.getHeight() - 30);
                g2.dispose();
            }

            @Override
            public CsvTable exportData() {
                CsvTable t = new CsvTable(List.of("index", "arch", "score"));
                t.addRow("1", "|a~0|,b", CsvTable.number(Double.NEGATIVE_INFINITY));
                t.addRow("2", "say \"hi\"", CsvTable.number(1.5));
                return t;
            }
        };
    }

    @Test
    void pngCarriesDpiAndProvenanceReadableWithImageIo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("fig.png");
        ExportOptions o = ExportOptions.singleColumn(300, PROV);
        FigureExporter.writePng(figure(), f, o);
        try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            assertEquals(1050, r.getWidth(0));
            assertEquals(788, r.getHeight(0));
            IIOMetadata meta = r.getImageMetadata(0);
            Node root = meta.getAsTree("javax_imageio_png_1.0");
            Map<String, String> text = new HashMap<>();
            Element phys = null;
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    phys = (Element) n;
                }
                if (n.getNodeName().equals("tEXt")) {
                    NodeList entries = n.getChildNodes();
                    for (int i = 0; i < entries.getLength(); i++) {
                        Element e = (Element) entries.item(i);
                        text.put(e.getAttribute("keyword"), e.getAttribute("value"));
                    }
                }
            }
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
            double dpi = Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
            assertEquals(300, dpi, 0.05);
            assertEquals("nb201", text.get("naswot:space"));
            assertEquals("cifar10", text.get("naswot:dataset"));
            assertEquals("42", text.get("naswot:seed"));
            assertEquals("128", text.get("naswot:batch-size"));
            assertEquals("reference", text.get("naswot:relu-counting"));
            assertEquals("NASWOT Explorer 9.9", text.get("Software"));
            assertEquals("Test figure <one>", text.get("Title"));
            // the standard metadata tree reads the same DPI back (as millimetres per pixel)
            r.dispose();
        }
    }

    @Test
    void pngCaptionAddsProvenanceBelowTheFigure(@TempDir Path dir) throws Exception {
        ExportOptions o = ExportOptions.singleColumn(150, PROV);
        var plain = FigureExporter.render(figure(), o);
        var captioned = FigureExporter.render(figure(), o.withCaption(true));
        boolean differs = false;
        for (int y = plain.getHeight() - 30; y < plain.getHeight(); y++) {
            for (int x = 0; x < plain.getWidth(); x++) {
                differs |= plain.getRGB(x, y) != captioned.getRGB(x, y);
            }
        }
        assertTrue(differs, "the caption is drawn in the bottom strip");
        assertEquals(Color.WHITE.getRGB(), plain.getRGB(1, 1), "print theme: white background");
    }

    @Test
    void svgParsesAsXmlWithTitleAndProvenance() throws Exception {
        String svg = FigureExporter.svg(figure(), ExportOptions.singleColumn(300, PROV));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getNodeName()
                : doc.getDocumentElement().getLocalName());
        assertEquals("Test figure <one>", doc.getElementsByTagName("title").item(0).getTextContent());
        assertTrue(doc.getElementsByTagName("desc").item(0).getTextContent().contains("dataset cifar10"));
        assertEquals("42", doc.getElementsByTagName("naswot:seed").item(0).getTextContent());
        assertTrue(svg.contains("Test figure"), "drawn title text");
        assertTrue(svg.contains("nor_conv_3x3"), "edge labels are text, not outlines");
        assertTrue(svg.contains("width='252.0pt'"), "3.5 in = 252 pt wide: " + svg.substring(0, 300));
    }

    /** Review N16: the SVG caption ran past the page where the viewer set it in another font; outlines keep the wrap. */
    @Test
    void svgCaptionIsDrawnAsOutlinesSoItWrapsAsInPngAndPdf() throws Exception {
        String svg = FigureExporter.svg(figure(), ExportOptions.singleColumn(300, PROV).withCaption(true));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var texts = doc.getElementsByTagName("text");
        StringBuilder drawnText = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            drawnText.append(texts.item(i).getTextContent()).append('\n');
        }
        String firstWords = PROV.toCaption().substring(0, 20);
        assertFalse(drawnText.toString().contains(firstWords), "caption set as text: " + drawnText);
        assertTrue(drawnText.toString().contains("nor_conv_3x3"), "the figure's own labels stay text");
        assertTrue(doc.getElementsByTagName("desc").item(0).getTextContent().contains("dataset cifar10"),
                "the caption's words are in the desc");
    }

    @Test
    void pdfKeepsTextAsTextInEmbeddedFontsWithProvenanceInItsInfo() throws Exception {
        byte[] pdf = FigureExporter.pdf(figure(), ExportOptions.singleColumn(300, PROV).withCaption(true));
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(s.startsWith("%PDF-"));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.pdmodel.PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("Test figure <one>", info.getTitle());
            assertEquals("nb201", info.getCustomMetadataValue("naswot:space"));
            assertEquals("42", info.getCustomMetadataValue("naswot:seed"));
            assertEquals("reference", info.getCustomMetadataValue("naswot:relu-counting"));
            assertEquals(252, doc.getPage(0).getMediaBox().getWidth(), 0.01, "3.5 in");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Test figure") && text.contains("Greek \u03c4 \u03c1"), "text stays text: " + text);
            assertTrue(text.contains("seed 42"), "the caption: " + text);
            List<org.apache.pdfbox.pdmodel.font.PDFont> fonts = org.naswot.testing.PdfChecks.fonts(doc);
            assertTrue(!fonts.isEmpty());
            for (org.apache.pdfbox.pdmodel.font.PDFont f : fonts) {
                assertTrue(f.isEmbedded(), f.getName() + " is embedded");
                assertTrue(f.getName().contains("DejaVu"), f.getName());
            }
        }
    }

    @Test
    void pngWritesNonLatinTextAsItxt(@TempDir Path dir) throws Exception {
        Exportable f = figure();
        Path png = dir.resolve("t.png");
        FigureExporter.writePng(FigureExporter.render(f, ExportOptions.singleColumn(100, PROV)), png, 100,
                Map.of("Title", "Kendall \u03c4 = 0.5", "naswot:space", "nb201"));
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            Node root = r.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            Map<String, String> intl = new HashMap<>();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("iTXt")) {
                    for (int i = 0; i < n.getChildNodes().getLength(); i++) {
                        Element e = (Element) n.getChildNodes().item(i);
                        intl.put(e.getAttribute("keyword"), e.getAttribute("text"));
                    }
                }
            }
            assertEquals("Kendall \u03c4 = 0.5", intl.get("Title"), "the Greek letter survives");
        }
    }

    @Test
    void csvHasProvenanceCommentsAndQuotedCells(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("data.csv");
        FigureExporter.writeCsv(figure(), f, PROV);
        List<String> lines = Files.readAllLines(f);
        assertEquals("# figure: Test figure <one>", lines.get(0));
        assertTrue(lines.contains("# space: nb201"));
        assertTrue(lines.contains("# seed: 42"));
        int header = lines.indexOf("index,arch,score");
        assertEquals("1,\"|a~0|,b\",-inf", lines.get(header + 1));
        assertEquals("2,\"say \"\"hi\"\"\",1.5", lines.get(header + 2));
        assertEquals(header + 3, lines.size());
    }

    /** Review m11: a CSV (and a figure's metadata) found later says when it was exported, with its zone. */
    @Test
    void csvAndMetadataCarryTheExportTimeInIso8601WithZone(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("dated.csv");
        java.time.OffsetDateTime before = java.time.OffsetDateTime.now().minusSeconds(1);
        FigureExporter.writeCsv(figure(), f, PROV);
        String line = Files.readAllLines(f).stream().filter(l -> l.startsWith("# exported: ")).findFirst()
                .orElseThrow(() -> new AssertionError("no '# exported:' line"));
        // ISO_OFFSET_DATE_TIME parses only a time with its offset ("Z" or "+01:00")
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(line.substring("# exported: ".length()),
                java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertFalse(at.isBefore(before) || at.isAfter(java.time.OffsetDateTime.now().plusSeconds(1)), "now: " + at);
        String meta = FigureExporter.metadata(figure(), PROV).get(FigureExporter.KEY_PREFIX + "exported");
        assertTrue(meta != null && meta.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})"),
                "PNG/SVG/PDF metadata: " + meta);
    }

    @Test
    void printThemeFontsStayReadableAtSingleColumnWidth() {
        // about 8-10 pt text in a 252 pt wide figure printed at its own size
        ChartStyle p = ChartStyle.PRINT;
        assertTrue(p.tick().getSize2D() >= 6.5, "tick labels " + p.tick().getSize2D());
        assertTrue(p.title().getSize2D() <= 11, "title " + p.title().getSize2D());
        assertEquals(org.naswot.figures.theme.FigureFonts.SANS, p.fontFamily(), "the bundled font, embeddable in PDFs");
        assertEquals("DejaVu Sans", p.tick().getFamily(), "resolved from the bundled file, installed or not");
        assertEquals("DejaVu Serif", p.withFontFamily(org.naswot.figures.theme.FigureFonts.SERIF).tick().getFamily());
    }
}
