package org.naswot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.figures.export.ExportOptions;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.export.FigureExporter;
import org.naswot.figures.export.FigureLayout;
import org.naswot.service.RunFigures;
import org.naswot.figures.model.Provenance;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.figures.theme.FigureFonts;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.run.proxies.RunProxyTable;
import org.naswot.run.SpaceContext;
import org.naswot.score.ScoreResult;
import org.naswot.search.stats.RankMethod;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code naswot figure}: a stored run's figure, headlessly, for a paper's Makefile: the same drawing and the same
 * provenance (from the run's record) as the window's export.
 */
@Command(name = "figure", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a stored run's figure (score vs accuracy scatter, the best cell's kernel beside the "
                + "worst's, the best cell, the proxies' rank-correlation heatmap, a scatter matrix of the accuracy and "
                + "the measures' ranks with Kendall \u03c4 per panel, or their parallel coordinates) as PDF (embedded "
                + "fonts), SVG or PNG, without the window.",
            "search-curve and search-box draw the stored searches (naswot search) of --space and --dataset instead of "
                + "a run: the best accuracy found so far against --x queries or seconds (mean and interquartile band "
                + "per algorithm and budget), and the runs' final accuracies as boxes beside random sampling, as the "
                + "window's Search tab does.",
            "Provenance (space, dataset or noise, seed, batch, counting, images, accuracy column, run) goes into the "
                + "file's metadata, and with --caption under the figure."})
final class FigureCommand implements Callable<Integer> {

    @Option(names = "--run", paramLabel = "ID", description = "The scoring run (see naswot runs list, or "
            + "the window's stored runs); needed by every kind but search-curve and search-box.")
    Long runId;

    @Option(names = "--kind", defaultValue = "scatter", description = "scatter, kernel, cell, proxies (the proxies' "
            + "rank-correlation heatmap, from their stored values), matrix (the accuracy and --measures against each "
            + "other: ranks, Kendall \u03c4 in each panel), parallel (an axis per measure, a line per architecture "
            + "coloured by accuracy), search-curve or search-box (the stored searches; default ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--space", defaultValue = org.naswot.spaces.SpaceModules.DEFAULT_ID, description = "With search-curve/search-box: the searches' "
            + "space: ${sys:naswot.spaces}, or a declarative descriptor file (default ${DEFAULT-VALUE}).")
    String space;

    @Option(names = "--dataset", defaultValue = "cifar10", description = "With search-curve/search-box: the searches' "
            + "dataset (default ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--x", paramLabel = "AXIS", defaultValue = "queries", description = "With search-curve: queries "
            + "(benchmark lookups; cells scored for NASWOT) or seconds (each run's wall time). Default ${DEFAULT-VALUE}.")
    String xAxis;

    @Option(names = "--format", description = "pdf, svg or png (default: from --out's extension).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--width-in", paramLabel = "W", defaultValue = "3.5",
            description = "Width in inches (default ${DEFAULT-VALUE}: a single column).")
    double widthIn;

    @Option(names = "--height-in", paramLabel = "H", description = "Height in inches (default: 3/4 of the width; "
            + "0.55 of it for kernel, 0.8 for proxies, 1 for matrix, 0.62 for parallel).")
    Double heightIn;

    @Option(names = "--font-size", paramLabel = "PT",
            description = "Size of tick labels in points; other text scales with it (default 7 in a single column).")
    Double fontSize;

    @Option(names = "--accuracy", paramLabel = "COLUMN", description = "Accuracy column (default: the space's).")
    String accuracy;

    @Option(names = "--method", defaultValue = "spearman",
            description = "With --kind proxies: spearman or kendall (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--measures", paramLabel = "M1,M2,...", split = ",", description = "With --kind proxies, "
            + "matrix or parallel: only these measures (nwot, proxy and aggregate ids), as the window's Measures\u2026 chooser does (default: "
            + "every measure with stored values in the run).")
    List<String> measures = List.of();

    @Option(names = "--axes", defaultValue = "values", description = "With --kind scatter: values, or ranks (each "
            + "architecture's rank by x and by the accuracy, 1 = highest, ties averaged; default ${DEFAULT-VALUE}).")
    String axes;

    @Option(names = "--clip", paramLabel = "LOW,HIGH", description = "With --kind scatter: clip the axes to these "
            + "percentiles of the shown values (e.g. 1,99); points beyond are drawn at the edge, none is left out.")
    String clip;

    @Option(names = "--dpi", defaultValue = "300", description = "PNG resolution (default ${DEFAULT-VALUE}).")
    double dpi;

    @Option(names = "--serif", description = "DejaVu Serif instead of DejaVu Sans.")
    boolean serif;

    @Option(names = "--title",
            description = "Keep the chart's title (by default the statistics go in one line above the plot).")
    boolean title;

    @Option(names = "--marks", description = "Ring the top-k (--top-k) cells as on screen.")
    boolean marks;

    @Option(names = "--top-k", paramLabel = "K", defaultValue = "10", description = "With --marks (default ${DEFAULT-VALUE}).")
    int topK;

    @Option(names = "--caption", description = "Draw the provenance as a caption under the figure.")
    boolean caption;

    @Option(names = "--theme", defaultValue = "print", description = "print, light or dark (default ${DEFAULT-VALUE}).")
    String theme;

    @Mixin
    CommonOptions common;

    private String column;
    private String accuracyLabel;
    private String accuracyProvenance;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Output output = new Output(spec, common.json);
        OutputFile target = OutputFile.checked(out, "--out");
        String fmt = format != null ? format.toLowerCase(Locale.ROOT) : extension(out);
        if (!List.of("pdf", "svg", "png").contains(fmt)) {
            throw new UserFacingException("--format must be pdf, svg or png (or give --out a .pdf, .svg or .png name), "
                    + "not '" + fmt + "'");
        }
        // square heatmaps side by side want a wide figure; a scatter or a cell 4:3
        double h = heightIn != null ? heightIn : widthIn * (kind.equalsIgnoreCase("kernel") ? 0.55
                : kind.equalsIgnoreCase("search-box") ? 0.85
                : kind.equalsIgnoreCase("proxies") ? 0.8
                : MeasureFigureKinds.handles(kind) ? MeasureFigureKinds.heightShare(kind) : 0.75);
        if (!(widthIn >= 0.5 && widthIn <= 40 && h >= 0.5 && h <= 40)) {
            throw new UserFacingException("figure size " + widthIn + " x " + h + " in is outside 0.5 .. 40 in");
        }
        if (fontSize != null && !(fontSize >= 3 && fontSize <= 72)) {
            throw new UserFacingException("--font-size " + fontSize + " is outside 3 .. 72 pt");
        }
        FigureLimits.check(widthIn, h, dpi, topK);
        ScatterAxesOptions.check(kind, axes, clip);
        Path db = common.db != null ? common.db : ResultStore.defaultLocation();
        DataDirectory data = DataDirectory.resolve(common.dataDir);
        if (SearchFigureSource.handles(kind)) {
            SearchFigureSource.Drawn drawn = SearchFigureSource.draw(kind, db, data, space, dataset, accuracy, xAxis);
            column = drawn.column();
            accuracyLabel = drawn.accuracyLabel();
            return write(output, target, fmt, h, drawn.figure(),
                    drawn.figure().provenance(null).withAccuracy(drawn.accuracyProvenance()));
        }
        if (runId == null) {
            throw new UserFacingException("--kind " + kind + " draws a stored run: give --run ID (see naswot runs "
                    + "list)");
        }
        RankMethod rank = rankMethod();
        RunInfo run;
        List<ScoreResult> scores;
        Exportable figure;
        try (ResultStore store = ResultStore.openReadOnly(db)) {
            run = store.requireRun(runId);
            scores = store.scores(runId);
            if (scores.isEmpty()) {
                throw new UserFacingException("run " + runId + " in " + db + " has no scores yet");
            }
            SpaceContext ctx = SpaceContext.open(run.settings().space(), data);
            column = accuracy != null ? accuracy : ctx.defaultAccuracyColumn();
            ctx.requireAccuracyColumn(column);
            figure = switch (kind.toLowerCase(Locale.ROOT)) {
                case "scatter" -> RunFigures.scatter(run, scores, ctx, column, marks ? topK : 0,
                        ScatterAxesOptions.ranks(axes), ScatterAxesOptions.clip(clip));
                case "cell" -> RunFigures.bestCell(run, scores, ctx, column);
                case "kernel" -> RunFigures.kernels(run, scores, ctx, data);
                case "proxies" -> {
                    RunInfo shown = run;
                    String against = column;
                    yield RunFigures.proxies(run, ids -> RunProxyTable.load(store, shown, ctx, against, ids), rank,
                            measures, output::note);
                }
                case "matrix", "parallel" -> MeasureFigureKinds.draw(kind, store, run, ctx, column, measures,
                        output::note);
                default -> throw new UserFacingException("--kind must be scatter, kernel, cell, proxies, matrix, "
                        + "parallel, search-curve or search-box, not '" + kind + "'");
            };
            accuracyLabel = ctx.accuracyLabel(column);
            accuracyProvenance = ctx.accuracyProvenance(column);
        }
        return write(output, target, fmt, h, figure, Provenance.of(run).withAccuracy(accuracyProvenance));
    }

    private int write(Output output, OutputFile target, String fmt, double h, Exportable drawn, Provenance provenance)
            throws Exception {
        ExportOptions options = ExportOptions.inches(widthIn, h, dpi, style(), provenance, caption,
                new FigureLayout(title, marks));
        target.write(file -> {
            switch (fmt) {
                case "pdf" -> FigureExporter.writePdf(drawn, file, options);
                case "svg" -> FigureExporter.writeSvg(drawn, file, options);
                default -> FigureExporter.writePng(drawn, file, options);
            }
        });
        if (common.json) {
            Map<String, Object> o = JsonLines.object();
            o.put("out", out.toAbsolutePath().toString());
            o.put("format", fmt);
            o.put("kind", kind);
            o.put("run", runId);
            o.put("accuracy", column);
            o.put("accuracy_label", accuracyLabel);
            o.put("title", drawn.exportTitle());
            o.put("width_in", widthIn);
            o.put("height_in", h);
            o.put("bytes", Files.size(out));
            output.json(o);
        } else {
            output.text(String.format(Locale.ROOT, "wrote %s (%s of %s, %.2f x %.2f in)", out, kind,
                    runId == null ? "the stored searches" : "run " + runId, widthIn, h));
        }
        return 0;
    }

    private RankMethod rankMethod() {
        try {
            return RankMethod.parse(method);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--method " + e.getMessage().replace("rank correlation ", ""));
        }
    }

    private ChartStyle style() {
        ChartStyle base = switch (theme.toLowerCase(Locale.ROOT)) {
            case "print" -> ChartStyle.PRINT;
            case "light" -> ChartStyle.LIGHT;
            case "dark" -> ChartStyle.DARK;
            default -> throw new UserFacingException("--theme must be print, light or dark, not '" + theme + "'");
        };
        // tick labels are 11 pt times the scale; a single column's default keeps them near 7 pt
        double scale = fontSize != null ? fontSize / 11.0 : widthIn <= 4 ? 0.62 : 0.75;
        return base.withFontFamily(serif ? FigureFonts.SERIF : FigureFonts.SANS).withFontScale(scale);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
