package org.naswot.app.lecture;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javafx.concurrent.Task;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.naswot.figures.paint.FigureHints;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.ExportOptions;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.export.FigureExporter;
import org.naswot.figures.paint.TextFit;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.figures.theme.FigureFonts;

/**
 * Writes every step of a lecture as one page of a PDF, for slides: the step's title, its figure and its caption,
 * each page drawn by the figure exporter (vector text and lines, fonts embedded, text searchable; kernels as lossless
 * images, see {@link FigureHints#MATRIX_AS_IMAGE}). Written to a temporary file
 * beside the target and moved into place at the end, so a cancelled or failed export leaves no partial file.
 */
final class LectureSlides extends Task<Path> {
    /** A 16:9 slide, 10 x 5.625 inches. */
    static final int PAGE_WIDTH_PT = 720;
    static final int PAGE_HEIGHT_PT = 405;
    private final LectureViewModel model;
    private final LectureFigures figures;
    private final boolean compare;
    private final Path target;

    LectureSlides(LectureViewModel model, LectureFigures figures, boolean compare, Path target) {
        this.model = model;
        this.figures = figures;
        this.compare = compare && figures.canCompare();
        this.target = target;
    }

    @Override
    protected Path call() throws IOException {
        List<LectureViewModel.Step> steps = model.steps();
        ChartStyle style = ChartStyle.LIGHT.withFontFamily(FigureFonts.SANS);
        ExportOptions options = new ExportOptions(PAGE_WIDTH_PT, PAGE_HEIGHT_PT, 72, style, null, false);
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".lecture-", ".pdf.part");
        try {
            try (PDDocument doc = new PDDocument()) {
                PDFMergerUtility merger = new PDFMergerUtility();
                for (int i = 0; i < steps.size(); i++) {
                    if (isCancelled()) {
                        return null;
                    }
                    updateMessage("Writing slide " + (i + 1) + " of " + steps.size() + "\u2026");
                    byte[] page = FigureExporter.pdf(slide(steps.get(i)), options);
                    try (PDDocument one = Loader.loadPDF(new RandomAccessReadBuffer(page))) {
                        merger.appendDocument(doc, one);
                    }
                    updateProgress(i + 1, steps.size());
                }
                doc.getDocumentInformation().setTitle("How NASWOT scores " + model.data().arch());
                doc.getDocumentInformation().setCreator("NASWOT Explorer");
                doc.save(tmp.toFile());
            }
            if (isCancelled()) {
                return null;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** One step as a slide: title on top, the figure, the caption wrapped underneath. */
    Exportable slide(LectureViewModel.Step step) {
        String caption = step.caption() + (compare ? figures.comparisonCaption(step) : "");
        return new Exportable() {
            @Override
            public String exportName() {
                return "lecture-slide";
            }

            @Override
            public String exportTitle() {
                return step.title();
            }

            @Override
            public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle s) {
                double w = area.getWidth();
                double top = TextFit.drawHeading(g, step.title(), s.font(Font.BOLD, 15), s.foreground(), w, 12,
                        area.getY() + 6);
                Font cf = s.font(Font.PLAIN, 10.5);
                FontMetrics fm = g.getFontMetrics(cf);
                List<String> lines = TextFit.wrap(caption, fm, w - 32);
                double captionH = lines.size() * fm.getHeight() + 10;
                Graphics2D fig = (Graphics2D) g.create();
                fig.translate(area.getX(), top);
                // kernels as lossless images: as vectors, 80 slides made a 20-40 MB file
                fig.setRenderingHint(FigureHints.MATRIX_AS_IMAGE, Boolean.TRUE);
                figures.painter(step, s, compare).paint(fig, w, area.getHeight() - top - captionH);
                fig.dispose();
                g.setFont(cf);
                g.setPaint(s.foreground());
                double y = area.getY() + area.getHeight() - captionH + 4 + fm.getAscent();
                for (String line : lines) {
                    g.drawString(line, (float) (area.getX() + 16), (float) y);
                    y += fm.getHeight();
                }
            }

            @Override
            public CsvTable exportData() {
                return new CsvTable(List.of("step"));
            }
        };
    }
}
