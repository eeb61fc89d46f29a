package org.naswot.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.naswot.common.UserFacingException;
import org.naswot.common.Version;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.ExportOptions;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.export.FigureExporter;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.export.PythonSnippet;
import org.naswot.figures.model.Provenance;
import org.naswot.figures.proxies.ProxyFigure;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.figures.theme.FigureFonts;
import org.naswot.run.SpaceContext;
import org.naswot.score.ScoreResult;
import org.naswot.search.stats.ConfidenceInterval;
import org.naswot.search.stats.RankMethod;
import org.naswot.store.ExportFormat;
import org.naswot.store.RunInfo;

/**
 * "Export all" (issue 29 §4): every figure of one or more stored runs (PNG, SVG, PDF), their CSVs each with a Python
 * script that redraws the figure from it, the run's scores with every stored proxy, and one HTML or Markdown page
 * with the figures, statistics and provenance, in one folder. The window's File ▸ Export all… and
 * {@code naswot report} both write through here, so they write the same.
 */
public final class RunReport {
    /** The page's format. */
    public enum Format {
        HTML("report.html"), MD("report.md");

        private final String page;

        Format(String page) {
            this.page = page;
        }

        /** The page's file name in the folder. */
        public String page() {
            return page;
        }

        /** html or md (markdown). */
        public static Format parse(String name) {
            return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
                case "html" -> HTML;
                case "md", "markdown" -> MD;
                default -> throw new UserFacingException("--format must be html or md, not '" + name + "'");
            };
        }
    }

    /** What was written: the folder, its page and every file in it. */
    public record Written(Path folder, Path page, List<String> files) {
    }

    /** Bootstrap resamples of the intervals: as many as {@code naswot runs show} draws. */
    static final int RESAMPLES = 1000;
    private static final double DPI = 300;

    private final RunHistory history;

    public RunReport(RunHistory history) {
        this.history = history;
    }

    /**
     * Writes the report of {@code runIds} into {@code folder} (new, empty, or an earlier report's, which is replaced);
     * figures that cannot be drawn for a run (its kernels without the run's images, proxies never computed) are left
     * out and said in the page and through {@code notes}. Nothing is left behind on failure.
     */
    public Written write(List<Long> runIds, Path folder, Format format, Consumer<String> notes) {
        if (runIds.isEmpty()) {
            throw new UserFacingException("no run to report: name one or more run ids (naswot runs list shows them)");
        }
        ReportFolder.check(folder.toAbsolutePath().normalize());
        List<RunInfo> runs = runIds.stream().map(history::run).toList(); // an unknown id fails before any file
        ReportFolder target = ReportFolder.open(folder);
        try {
            Path dir = target.staging();
            List<ReportPage.Section> sections = new ArrayList<>();
            for (RunInfo run : runs) {
                sections.add(section(run, dir, notes));
            }
            String title = "NASWOT Explorer report: run" + (runs.size() == 1 ? " " : "s ")
                    + String.join(", ", runIds.stream().map(String::valueOf).toList());
            String generated = "Written " + Instant.now().toString().replaceFirst("\\.\\d+Z$", "Z") + " by NASWOT "
                    + "Explorer " + Version.current() + " from the runs' stored records.";
            Files.writeString(dir.resolve(format.page()), format == Format.HTML
                    ? ReportPage.html(title, generated, sections) : ReportPage.markdown(title, generated, sections),
                    StandardCharsets.UTF_8);
            List<String> files = ReportManifest.write(dir, runIds, format);
            Path written = target.commit();
            return new Written(written, written.resolve(format.page()), files);
        } catch (IOException e) {
            target.discard();
            throw new UserFacingException("cannot write the report to " + folder + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            target.discard();
            throw e;
        }
    }

    private ReportPage.Section section(RunInfo run, Path dir, Consumer<String> notes) throws IOException {
        SpaceContext ctx = history.space(run.settings().space());
        String column = ctx.defaultAccuracyColumn();
        List<ScoreResult> scores = history.scores(run);
        if (scores.isEmpty()) {
            throw new UserFacingException("run " + run.id() + " has no scores yet: report it once it has some");
        }
        Provenance provenance = Provenance.of(run).withAccuracy(ctx.accuracyProvenance(column));
        String prefix = "run" + run.id() + "-";
        List<String> left = new ArrayList<>();
        Consumer<String> note = n -> {
            left.add(n);
            notes.accept(n);
        };
        List<ReportPage.Figure> figures = new ArrayList<>();
        Exportable scatter = RunFigures.scatter(run, scores, ctx, column, 10);
        figures.add(figure(dir, prefix + "scatter", scatter, provenance, 3.5, 2.625, PythonSnippet.Kind.SCATTER));
        tryFigure(note, "the best cell's diagram", () -> figures.add(figure(dir, prefix + "cell",
                RunFigures.bestCell(run, scores, ctx, column), provenance, 5, 3.75, PythonSnippet.Kind.CELL)));
        tryFigure(note, "the kernel matrices", () -> figures.add(figure(dir, prefix + "kernels",
                RunFigures.kernels(run, scores, ctx, history.data()), provenance, 7, 3.85,
                PythonSnippet.Kind.KERNELS)));
        tryFigure(note, "the proxies' heatmap", () -> figures.add(proxies(dir, prefix, run, column, provenance,
                note)));
        return new ReportPage.Section(run.id(), run.label(), settings(run, provenance), statistics(run),
                scoresCsv(dir, prefix + "scores", run), figures, left);
    }

    /** A figure that a run may lack (no cell diagram for its space, no stored proxies) is a note, not a failure. */
    private static void tryFigure(Consumer<String> note, String what, IoAction draw) throws IOException {
        try {
            draw.run();
        } catch (UserFacingException e) {
            note.accept(what + " left out: " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    private ReportPage.Figure proxies(Path dir, String prefix, RunInfo run, String column, Provenance provenance,
                                      Consumer<String> note) throws IOException {
        Exportable f = RunFigures.proxies(run, ids -> history.proxyTable(run, column, ids), RankMethod.SPEARMAN,
                n -> note.accept("the proxies' heatmap: " + n));
        ReportPage.Figure written = figure(dir, prefix + "proxies", f, provenance, 5, 4,
                PythonSnippet.Kind.PROXY_QUALITY);
        List<ReportPage.Data> data = new ArrayList<>(written.data());
        if (f instanceof ProxyFigure p) {
            data.add(0, data(dir, prefix + "proxies-matrix", p.matrixData(), f.exportTitle(), provenance, 5, 4,
                    PythonSnippet.Kind.PROXY_MATRIX));
        }
        return new ReportPage.Figure(written.title(), written.png(), written.svg(), written.pdf(), data);
    }

    /** PNG, SVG and PDF of {@code f} at {@code w x h} inches in the print theme, and its CSV with the script. */
    private static ReportPage.Figure figure(Path dir, String base, Exportable f, Provenance p, double w, double h,
                                            PythonSnippet.Kind kind) throws IOException {
        // as naswot figure: tick labels near 7 pt in a single column, the statistics in a corner, top-k ringed
        ChartStyle style = ChartStyle.PRINT.withFontFamily(FigureFonts.SANS).withFontScale(w <= 4 ? 0.62 : 0.75);
        ExportOptions o = ExportOptions.inches(w, h, DPI, style, f.provenance(p), false, new FigureLayout(false,
                true));
        FigureExporter.writePng(f, dir.resolve(base + ".png"), o);
        FigureExporter.writeSvg(f, dir.resolve(base + ".svg"), o);
        FigureExporter.writePdf(f, dir.resolve(base + ".pdf"), o);
        return new ReportPage.Figure(f.exportTitle(), base + ".png", base + ".svg", base + ".pdf",
                List.of(data(dir, base, f.exportData(), f.exportTitle(), f.provenance(p), w, h, kind)));
    }

    private static ReportPage.Data data(Path dir, String base, CsvTable table, String title, Provenance p, double w,
                                        double h, PythonSnippet.Kind kind) throws IOException {
        Map<String, String> comments = new LinkedHashMap<>();
        comments.put("figure", title);
        comments.putAll(p.entries());
        table.write(dir.resolve(base + ".csv"), comments);
        Files.writeString(dir.resolve(base + ".py"), PythonSnippet.of(kind, base + ".csv", table.header(), title, w,
                h), StandardCharsets.UTF_8);
        return new ReportPage.Data(base + ".csv", base + ".py", draws(kind));
    }

    /** What the script of {@code kind} draws, said beside it on the page. */
    private static String draws(PythonSnippet.Kind kind) {
        return switch (kind) {
            case CELL -> "shows the cell's row as a table; the diagram is drawn by naswot";
            case PROXY_QUALITY -> "plots each proxy's Kendall \u03c4 with the accuracy";
            case SCORES -> "plots score against accuracy";
            default -> "redraws the figure from it";
        };
    }

    /** {@code naswot export}'s CSV of the run: every score with its accuracy and every stored proxy. */
    private ReportPage.Data scoresCsv(Path dir, String base, RunInfo run) throws IOException {
        Path csv = dir.resolve(base + ".csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            history.export(run.id(), ExportFormat.CSV, out, null, n -> { });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<String> header = List.of(Files.readAllLines(csv, StandardCharsets.UTF_8).get(0).split(","));
        Files.writeString(dir.resolve(base + ".py"), PythonSnippet.of(PythonSnippet.Kind.SCORES, base + ".csv",
                header, "Scores of run " + run.id(), 3.5, 2.625), StandardCharsets.UTF_8);
        return new ReportPage.Data(base + ".csv", base + ".py", draws(PythonSnippet.Kind.SCORES));
    }

    private static Map<String, String> settings(RunInfo run, Provenance p) {
        Map<String, String> m = new LinkedHashMap<>(p.entries());
        m.put("input", run.settings().input().cliName());
        m.put("init-seed", Long.toString(run.settings().initSeed()));
        m.put("weight-seeds", run.settings().weightSeeds().cliName());
        m.put("device", run.settings().device());
        m.put("status", run.status().dbName());
        m.put("scored", String.format(Locale.ROOT, "%,d", run.scored()));
        m.put("started", String.valueOf(run.startedAt()));
        return m;
    }

    private ReportPage.Statistics statistics(RunInfo run) {
        RunHistory.RunStatistics s = history.statistics(run, RESAMPLES);
        return new ReportPage.Statistics(s.summary().columnLabel() + " (" + s.summary().column() + ")",
                s.summary().correlations().n(), s.summary().correlations().tau(), bounds(s.tau()),
                s.summary().correlations().rho(), bounds(s.rho()));
    }

    private static double[] bounds(ConfidenceInterval ci) {
        return ci == null ? null : new double[] {ci.low(), ci.high()};
    }
}
