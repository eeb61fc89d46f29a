package org.naswot.figures.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.naswot.figures.theme.FigureFonts;

/**
 * Writes a figure as a one-page vector PDF through PDFBox: text stays text, in the bundled DejaVu fonts embedded as
 * subsets (so Greek letters and every other character print as drawn, and journals' font checks pass), and the
 * provenance goes into the document information dictionary (Title, Author, Subject, Creator and {@code naswot:*}
 * keys).
 */
final class PdfFigureWriter {
    private PdfFigureWriter() {
    }

    /** Draws {@code painter} on a page of {@code w x h} points and returns the file's bytes. */
    static byte[] write(double w, double h, java.util.function.Consumer<java.awt.Graphics2D> painter,
                        Map<String, String> info) {
        try (PDDocument doc = new PDDocument(); EmbeddedFonts fonts = new EmbeddedFonts()) {
            PDPage page = new PDPage(new PDRectangle((float) w, (float) h));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) w, (float) h);
            g.setFontTextDrawer(fonts);
            try {
                painter.accept(g);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(form);
            }
            PDDocumentInformation di = doc.getDocumentInformation();
            for (Map.Entry<String, String> e : info.entrySet()) {
                switch (e.getKey()) {
                    case "Title" -> di.setTitle(e.getValue());
                    case "Software" -> {
                        di.setCreator(e.getValue());
                        di.setAuthor(e.getValue());
                    }
                    case "Description" -> di.setSubject(e.getValue());
                    default -> di.getCOSObject().setString(COSName.getPDFName(e.getKey()), e.getValue());
                }
            }
            di.setProducer("NASWOT Explorer (Apache PDFBox)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // plain objects: the info dictionary stays readable by simple tools
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        }
    }

    /** Maps every AWT font to the bundled DejaVu face of its kind (serif or sans, bold or regular), embedded once. */
    private static final class EmbeddedFonts extends PdfBoxGraphics2DFontTextDrawer {
        private final Map<String, PDFont> loaded = new HashMap<>();

        @Override
        protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
            String key = FigureFonts.face(font);
            PDFont pdf = loaded.get(key);
            if (pdf == null) {
                try (InputStream in = FigureFonts.trueType(font)) {
                    pdf = PDType0Font.load(env.getDocument(), in, true);
                }
                loaded.put(key, pdf);
            }
            return pdf;
        }
    }
}
