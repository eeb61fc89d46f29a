package org.naswot.figures.export;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.svg.SVGGraphics2D;
import org.naswot.figures.model.Provenance;
import org.naswot.figures.theme.ChartStyle;

/**
 * Writes an {@link Exportable} as PNG (with pHYs DPI and tEXt provenance), SVG (with title, desc and
 * metadata), PDF (with provenance in the document information dictionary) and CSV (provenance as '#'
 * comment lines). All figure formats are drawn by the same Graphics2D code.
 */
public final class FigureExporter {
    /** Prefix of the provenance keys in PNG tEXt chunks and PDF info, e.g. "naswot:space". */
    public static final String KEY_PREFIX = "naswot:";

    private FigureExporter() {
    }

    /** Metadata pairs: Title, Software, then naswot:* provenance keys. */
    public static Map<String, String> metadata(Exportable figure, Provenance p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Title", figure.exportTitle());
        if (p != null) {
            m.put("Software", p.toolVersion());
            m.put("Description", p.toCaption());
            for (Map.Entry<String, String> e : p.entries().entrySet()) {
                m.put(KEY_PREFIX + e.getKey(), e.getValue());
            }
        }
        return m;
    }

    /** Draws the figure (and the caption, if asked) into a w x h area in points. */
    static void paint(Graphics2D g, Exportable figure, ExportOptions o, double w, double h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        ChartStyle s = o.style();
        g.setPaint(s.background());
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        double captionH = 0;
        List<String> lines = List.of();
        Font cf = s.font(Font.PLAIN, 10.5);
        if (o.caption() && o.provenance() != null) {
            g.setFont(cf);
            FontMetrics fm = g.getFontMetrics();
            lines = org.naswot.figures.paint.TextFit.wrap(o.provenance().toCaption(), fm, w - 8);
            captionH = lines.size() * fm.getHeight() + 6;
        }
        figure.paintFigure(g, new Rectangle2D.Double(0, 0, w, h - captionH), s, o.layout());
        if (!lines.isEmpty()) {
            g.setFont(cf);
            FontMetrics fm = g.getFontMetrics();
            g.setPaint(s.muted());
            if (g instanceof SVGGraphics2D) {
                // as outlines: a viewer without the figure's font would set the lines wider than they were wrapped
                // (they overflowed the page in librsvg); the caption's text is in the SVG's desc and metadata
                g.setRenderingHint(org.jfree.svg.SVGHints.KEY_DRAW_STRING_TYPE,
                        org.jfree.svg.SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
            }
            double y = h - captionH + 3 + fm.getAscent();
            for (String line : lines) {
                g.drawString(line, 4f, (float) y);
                y += fm.getHeight();
            }
        }
    }

    /** Renders the figure to an image of o.widthPx x o.heightPx. */
    public static BufferedImage render(Exportable figure, ExportOptions o) {
        BufferedImage img = new BufferedImage(o.widthPx(), o.heightPx(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        double scale = o.dpi() / 72.0;
        g.scale(scale, scale);
        paint(g, figure, o, o.widthPt(), o.heightPt());
        g.dispose();
        return img;
    }

    public static void writePng(Exportable figure, Path file, ExportOptions o) throws IOException {
        writePng(render(figure, o), file, o.dpi(), metadata(figure, o.provenance()));
    }

    /** Writes an image as PNG with pHYs (pixels per metre from {@code dpi}) and one tEXt entry per pair. */
    public static void writePng(BufferedImage img, Path file, double dpi, Map<String, String> text) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (OutputStream os = Files.newOutputStream(file); ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode root = new IIOMetadataNode(format);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String ppm = Integer.toString((int) Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", ppm);
            phys.setAttribute("pixelsPerUnitYAxis", ppm);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            // tEXt is Latin-1: ASCII values go there (read by every tool), others (the title's Greek letters) as
            // UTF-8 iTXt
            IIOMetadataNode textNode = new IIOMetadataNode("tEXt");
            IIOMetadataNode intlNode = new IIOMetadataNode("iTXt");
            for (Map.Entry<String, String> e : text.entrySet()) {
                if (isAscii(e.getValue())) {
                    IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
                    entry.setAttribute("keyword", pngKeyword(e.getKey()));
                    entry.setAttribute("value", e.getValue());
                    textNode.appendChild(entry);
                } else {
                    IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                    entry.setAttribute("keyword", pngKeyword(e.getKey()));
                    entry.setAttribute("compressionFlag", "FALSE");
                    entry.setAttribute("compressionMethod", "0");
                    entry.setAttribute("languageTag", "");
                    entry.setAttribute("translatedKeyword", "");
                    entry.setAttribute("text", e.getValue());
                    intlNode.appendChild(entry);
                }
            }
            if (textNode.hasChildNodes()) {
                root.appendChild(textNode);
            }
            if (intlNode.hasChildNodes()) {
                root.appendChild(intlNode);
            }
            meta.mergeTree(format, root);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /** PNG keywords: 1-79 Latin-1 characters. */
    static String pngKeyword(String k) {
        String s = latin1(k);
        return s.length() > 79 ? s.substring(0, 79) : s;
    }

    static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    /** Latin-1 only: other characters become '?' (PNG keywords). */
    static String latin1(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 256 ? c : '?');
        }
        return sb.toString();
    }

    public static String svg(Exportable figure, ExportOptions o) {
        double w = o.widthPt();
        double h = o.heightPt();
        SVGGraphics2D g = new SVGGraphics2D(w, h, org.jfree.svg.SVGUnits.PT);
        paint(g, figure, o, w, h);
        // physical size in points, user units = points through the viewBox
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement(null, true,
                new org.jfree.svg.ViewBox(0, 0, w, h), org.jfree.svg.PreserveAspectRatio.XMID_YMID,
                org.jfree.svg.MeetOrSlice.MEET) + "\n";
        // title, desc and an RDF-free metadata block right after the root element's start tag
        StringBuilder meta = new StringBuilder();
        Map<String, String> m = metadata(figure, o.provenance());
        meta.append("<title>").append(xml(m.getOrDefault("Title", ""))).append("</title>");
        if (o.provenance() != null) {
            meta.append("<desc>").append(xml(o.provenance().toCaption())).append("</desc>");
        }
        meta.append("<metadata><naswot:provenance xmlns:naswot=\"https://naswot.org/provenance\">");
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (e.getKey().startsWith(KEY_PREFIX)) {
                String tag = e.getKey().substring(KEY_PREFIX.length());
                meta.append("<naswot:").append(tag).append('>').append(xml(e.getValue())).append("</naswot:").append(tag)
                        .append('>');
            }
        }
        meta.append("</naswot:provenance></metadata>");
        int svgStart = doc.indexOf("<svg");
        int insert = doc.indexOf('>', svgStart) + 1;
        return doc.substring(0, insert) + meta + doc.substring(insert);
    }

    public static void writeSvg(Exportable figure, Path file, ExportOptions o) throws IOException {
        Files.writeString(file, svg(figure, o), StandardCharsets.UTF_8);
    }

    /** A one-page vector PDF with embedded fonts (see {@link PdfFigureWriter}). */
    public static byte[] pdf(Exportable figure, ExportOptions o) {
        double w = o.widthPt();
        double h = o.heightPt();
        return PdfFigureWriter.write(w, h, g -> paint(g, figure, o, w, h), metadata(figure, o.provenance()));
    }

    public static void writePdf(Exportable figure, Path file, ExportOptions o) throws IOException {
        Files.write(file, pdf(figure, o));
    }

    public static void writeCsv(Exportable figure, Path file, Provenance p) throws IOException {
        Map<String, String> comments = new LinkedHashMap<>();
        comments.put("figure", figure.exportTitle());
        if (p != null) {
            comments.putAll(p.entries());
        }
        figure.exportData().write(file, comments);
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
