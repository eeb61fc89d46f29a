package org.naswot.app.export;

import org.naswot.figures.export.ExportOptions;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.export.FigureExporter;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.export.LegendPosition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.naswot.figures.model.Provenance;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.figures.theme.FigureFonts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Asks for format, size, DPI, theme, legend and caption (the controls: {@link ExportForm}), then a file, and exports the figure (and optionally its CSV). */
public final class ExportDialog {
    public enum Format { PNG, SVG, PDF, CSV }

    public enum Size {
        SINGLE_COLUMN("single column (3.5 in)", 3.5, 2.625),
        DOUBLE_COLUMN("double column (7 in)", 7, 3),
        SLIDE("slide (10 x 5.6 in)", 10, 5.625);

        final String label;
        final double widthIn;
        final double heightIn;

        Size(String label, double w, double h) {
            this.label = label;
            this.widthIn = w;
            this.heightIn = h;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** What the user chose. */
    public record Choice(Format format, ExportOptions options, boolean alsoCsv) {
    }

    /** The dialog's last answers, offered again next time (and kept in the preferences as JSON). */
    public record Remembered(Format format, double widthIn, double heightIn, int dpi, boolean print, double fontPt,
                             boolean serif, boolean title, boolean marks, boolean caption, boolean csv,
                             LegendPosition legend) {
        static final Remembered DEFAULT = new Remembered(Format.PDF, 3.5, 2.625, 300, true, 7, false, false, false,
                false, true, LegendPosition.AS_SHOWN);

        /** Answers saved before the legend choice existed: the legend where the window has it. */
        public Remembered {
            legend = legend == null ? LegendPosition.AS_SHOWN : legend;
        }
    }

    private static volatile Remembered last = Remembered.DEFAULT;
    /**
     * The answers per kind of figure (review N6: the proxies heatmap and the lecture came out at the scatter's
     * 3.5 x 2.62 in, labels colliding): each kind starts from its own default size and remembers its own.
     */
    private static final java.util.Map<String, Remembered> BY_KIND = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The kind of a figure, for its remembered size: scatter, cell, kernel, lecture, search, proxies, matrix,
     * parallel.
     */
    public static String kindOf(Exportable figure) {
        String n = figure.exportName();
        for (String k : List.of("cell", "kernel", "lecture", "search", "proxies", "matrix",
                "parallel")) {
            if (n.startsWith(k)) {
                return k;
            }
        }
        return "scatter";
    }

    /** A kind's default: the last answers, at the kind's own shape (the CLI's figure uses the same ratios). */
    static Remembered defaultFor(String kind) {
        Remembered r = last;
        double[] wh = switch (kind) {
            case "proxies" -> new double[] {5.0, 4.0};
            case "matrix" -> new double[] {6.0, 6.0};
            case "parallel" -> new double[] {7.0, 4.34};
            case "kernel" -> new double[] {7.0, 3.85};
            case "lecture" -> new double[] {7.0, 4.5};
            case "search" -> new double[] {5.0, 3.5};
            case "cell" -> new double[] {5.0, 3.75};
            default -> new double[] {3.5, 2.625};
        };
        return new Remembered(r.format(), wh[0], wh[1], r.dpi(), r.print(), r.fontPt(), r.serif(), r.title(),
                r.marks(), r.caption(), r.csv(), r.legend());
    }

    /** What the dialog offers for {@code kind}: its own last answers, else its default. */
    public static Remembered rememberedFor(String kind) {
        return BY_KIND.getOrDefault(kind, defaultFor(kind));
    }
    private static final ObjectMapper JSON = new ObjectMapper();

    private static volatile Runnable onRemember = () -> { };

    /** Called after the dialog remembered new answers (the application saves its preferences then). */
    public static void setOnRemember(Runnable r) {
        onRemember = r == null ? () -> { } : r;
    }

    /** Export all…'s dialog remembered its answer: the preferences are saved as for this dialog's. */
    static void remembered() {
        onRemember.run();
    }

    /** The remembered answers as JSON, for the preferences file. */
    public static String rememberedJson() {
        try {
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("last", last);
            out.put("kinds", new java.util.TreeMap<>(BY_KIND));
            out.put("report", ExportAll.format().name());
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Restores answers saved by {@link #rememberedJson()}; unreadable or out-of-range ones keep the defaults. */
    public static void restore(String json) {
        if (json == null || json.isBlank()) {
            return;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode root = JSON.readTree(json);
            ExportAll.restoreFormat(root.path("report").asText(""));
            // valid saved answers replace the current ones as a whole (a kind absent from them is at its default);
            // invalid ones change nothing
            if (root.has("last")) {
                Remembered r = JSON.treeToValue(root.get("last"), Remembered.class);
                if (!valid(r)) {
                    return;
                }
                java.util.Map<String, Remembered> kinds = new java.util.HashMap<>();
                root.path("kinds").fields().forEachRemaining(e -> {
                    try {
                        Remembered k = JSON.treeToValue(e.getValue(), Remembered.class);
                        if (valid(k)) {
                            kinds.put(e.getKey(), k);
                        }
                    } catch (IOException bad) {
                        // that kind keeps its default
                    }
                });
                last = r;
                BY_KIND.clear();
                BY_KIND.putAll(kinds);
            } else {
                // the earlier form: one set of answers, the scatter's
                Remembered r = JSON.treeToValue(root, Remembered.class);
                if (valid(r)) {
                    last = r;
                    BY_KIND.clear();
                    BY_KIND.put("scatter", r);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // keep the defaults
        }
    }

    /** Back to the defaults (tests share one JVM and these answers are static). */
    static void forgetAnswers() {
        ExportAll.restoreFormat("HTML");
        BY_KIND.clear();
        last = Remembered.DEFAULT;
    }

    private static boolean valid(Remembered r) {
        return r != null && r.format() != null && r.widthIn() >= 0.5 && r.widthIn() <= 40 && r.heightIn() >= 0.5
                && r.heightIn() <= 40 && r.dpi() >= 72 && r.dpi() <= 1200 && r.fontPt() >= 4 && r.fontPt() <= 36;
    }

    private ExportDialog() {
    }

    /**
     * The options for a custom figure: {@code widthIn x heightIn} inches, tick labels of {@code fontPt} points
     * (other text scales with them), serif or sans, with or without title and marks.
     */
    public static ExportOptions options(double widthIn, double heightIn, double dpi, boolean print, ChartStyle screen,
                                        Provenance p, boolean caption, double fontPt, boolean serif,
                                        FigureLayout layout) {
        ChartStyle base = print ? ChartStyle.PRINT : screen;
        ChartStyle s = base.withFontFamily(serif ? FigureFonts.SERIF
                : FigureFonts.SANS).withFontScale(fontPt / 11.0);
        return ExportOptions.inches(widthIn, heightIn, dpi, s, p, caption, layout);
    }

    public static Optional<Choice> ask(Window owner, ChartStyle screen, Provenance p) {
        return ask(owner, screen, p, "scatter");
    }

    /** The dialog for a figure of {@code kind}, offering that kind's remembered size. */
    public static Optional<Choice> ask(Window owner, ChartStyle screen, Provenance p, String kind) {
        ExportForm form = new ExportForm(rememberedFor(kind), kind);
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export figure");
        d.getDialogPane().setContent(form.grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            last = form.answers();
            BY_KIND.put(kind, last);
            onRemember.run();
            return new Choice(last.format(), options(last.widthIn(), last.heightIn(), last.dpi(), last.print(), screen,
                    p, last.caption(), last.fontPt(), last.serif(), form.layout()), last.csv());
        });
        return d.showAndWait();
    }

    /** Runs the whole interaction: options, file chooser, export. Returns the file written, or null. */
    public static Path exportInteractively(Window owner, Exportable figure, ChartStyle screen, Provenance p,
                                           SaveTarget target) throws IOException {
        var choice = ask(owner, screen, p, kindOf(figure));
        if (choice.isEmpty()) {
            return null;
        }
        Choice c = choice.get();
        String ext = c.format().name().toLowerCase(Locale.ROOT);
        Path f = target.choose(owner, figure.exportName() + "." + ext, ext);
        if (f == null) {
            return null;
        }
        write(figure, f, c);
        return f;
    }

    public static void write(Exportable figure, Path file, Choice c) throws IOException {
        switch (c.format()) {
            case PNG -> FigureExporter.writePng(figure, file, c.options());
            case SVG -> FigureExporter.writeSvg(figure, file, c.options());
            case PDF -> FigureExporter.writePdf(figure, file, c.options());
            case CSV -> FigureExporter.writeCsv(figure, file, c.options().provenance());
        }
        if (c.alsoCsv() && c.format() != Format.CSV) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path csv = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".csv");
            FigureExporter.writeCsv(figure, csv, c.options().provenance());
        }
    }
}
