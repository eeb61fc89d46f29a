package org.naswot.service;

import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.export.FigureLayout;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.naswot.figures.cell.FigurePainters;
import org.naswot.figures.scatter.ScatterChartFactory;
import org.naswot.figures.scatter.ScatterDataset;
import org.naswot.figures.scatter.ScatterFigure;
import org.naswot.figures.kernel.HeatmapPainter;
import org.naswot.figures.model.ArchitectureFigure;
import org.naswot.figures.model.KernelMatrix;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.nn.ActivationRecorder;
import org.naswot.run.ArchitectureSeeds;
import org.naswot.run.ScoringSession;
import org.naswot.run.SpaceContext;
import org.naswot.score.KernelScore;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.score.Weights;
import org.naswot.space.Architecture;
import org.naswot.store.RunInfo;

/**
 * The figures of a stored run, built from the run's record alone (its scores, settings and space), without the
 * window: what {@code naswot figure} writes, drawn by the same painters as the window's views.
 */
public final class RunFigures {
    private RunFigures() {
    }

    /** The score-vs-accuracy scatter of the run, against {@code column} (its space's accuracies). */
    public static Exportable scatter(RunInfo run, List<ScoreResult> scores, SpaceContext ctx, String column,
                                     int topK) {
        return scatter(run, scores, ctx, column, topK, false, null);
    }

    /**
     * As {@link #scatter(RunInfo, List, SpaceContext, String, int)}, with ranks (1 = highest) on the axes instead of
     * values, and the axes clipped to {@code clip} percentiles of what they show (null: not clipped), as the window's
     * Axes choice and its "Clip axes" do.
     */
    public static Exportable scatter(RunInfo run, List<ScoreResult> scores, SpaceContext ctx, String column,
                                     int topK, boolean rankAxes, org.naswot.figures.scatter.ClipPercentiles clip) {
        return drawn(run, scatterFigure(run, scores, ctx, column, topK, rankAxes, clip));
    }

    /** The scatter's figure (points, axes, titles) that {@link #scatter} draws: what a test compares with the window. */
    public static ScatterFigure scatterFigure(RunInfo run, List<ScoreResult> scores, SpaceContext ctx, String column,
                                              int topK, boolean rankAxes,
                                              org.naswot.figures.scatter.ClipPercentiles clip) {
        ScatterFigure model = new ScatterFigure();
        model.display().setRanks(rankAxes);
        model.display().setClip(clip);
        boolean scoresAlone = column.isEmpty();
        model.setAccuracyKind(scoresAlone ? ScoreRanks.KIND : ctx.accuracyKind(column));
        model.setTopK(topK);
        java.util.Map<String, Double> ranks = scoresAlone ? ScoreRanks.percentiles(scores) : java.util.Map.of();
        List<ScorePoint> points = new ArrayList<>(scores.size());
        for (ScoreResult r : scores) {
            double y = scoresAlone ? ranks.get(r.arch()) : ctx.accuracy(r.index(), column);
            points.add(new ScorePoint(r.index(), r.arch(), r.score(), y, r.params(), "run " + run.id()));
        }
        model.appendAll(points);
        if (scoresAlone) {
            // y is the score's own rank: a correlation with it would say nothing
            model.setYLabel(ScoreRanks.AXIS);
        } else {
            model.refreshStatistics();
        }
        return model;
    }

    private static Exportable drawn(RunInfo run, ScatterFigure model) {
        ScatterDataset dataset = new ScatterDataset(model.data());
        return new Exportable() {
            @Override
            public String exportName() {
                return "score-vs-accuracy-run" + run.id();
            }

            @Override
            public String exportTitle() {
                return model.title();
            }

            @Override
            public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style) {
                paintFigure(g, area, style, FigureLayout.SCREEN);
            }

            @Override
            public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style, FigureLayout layout) {
                ScatterChartFactory.create(model, dataset, style, layout).draw(g, area);
            }

            @Override
            public CsvTable exportData() {
                return model.toCsv();
            }
        };
    }

    /**
     * The rank-correlation heatmap of the run's proxies (nwot and every registered proxy) from their stored values;
     * proxies the run lacks values of are named in a note and cover the architectures that have them.
     */
    public static Exportable proxies(RunInfo run,
                                     java.util.function.Function<List<String>, org.naswot.run.proxies.RunProxyTable> load,
                                     org.naswot.search.stats.RankMethod method, java.util.function.Consumer<String> notes) {
        return proxies(run, load, method, List.of(), notes);
    }

    /**
     * As {@link #proxies(RunInfo, java.util.function.Function, org.naswot.search.stats.RankMethod,
     * java.util.function.Consumer)}, narrowed to {@code chosen} (empty: every measure with values), as the window's
     * "Measures…" narrows its heatmap; a chosen measure that is not one, or has no values in the run, is an error.
     */
    public static Exportable proxies(RunInfo run,
                                     java.util.function.Function<List<String>, org.naswot.run.proxies.RunProxyTable> load,
                                     org.naswot.search.stats.RankMethod method, List<String> chosen,
                                     java.util.function.Consumer<String> notes) {
        RunMeasures.Checked checked = RunMeasures.check(run, load, chosen);
        List<String> all = checked.all();
        org.naswot.run.proxies.RunProxyTable loaded = checked.loaded();
        // a figure for a paper leaves out the proxies never computed for the run instead of drawing empty rows
        List<String> withValues = checked.withValues();
        List<String> present = chosen.isEmpty() ? withValues
                : withValues.stream().filter(chosen::contains).toList();
        if (!chosen.isEmpty() && present.size() < 2) {
            throw new UserFacingException("--measures: a heatmap compares measures with each other: name at least two "
                    + "of " + String.join(", ", withValues));
        }
        // only the score itself: no proxy's values to compare it with
        if (present.stream().noneMatch(id -> org.naswot.score.proxies.Measure.named(id).proxy().isPresent())) {
            throw new UserFacingException("run " + run.id() + " has no stored proxy values, so there is nothing to "
                    + "compare nwot with: compute them with `naswot score-space --proxies all` and the run's settings "
                    + "(or the window's Proxies tab)");
        }
        org.naswot.run.proxies.RunProxyTable table = present.size() == all.size() ? loaded
                : load.apply(present);
        if (withValues.size() < all.size()) {
            notes.accept("left out, no stored values in run " + run.id() + ": " + String.join(", ",
                    all.stream().filter(id -> !withValues.contains(id)).toList()));
        }
        if (present.size() < withValues.size()) {
            notes.accept(String.format(java.util.Locale.ROOT, "showing %d of the %d measures with values (--measures)",
                    present.size(), withValues.size()));
        }
        table.aggregates().stream().filter(id -> table.missing(id) < table.size()).forEach(id -> notes.accept(id
                + " is an aggregate ranked across run " + run.id() + "'s architectures from their stored "
                + String.join(", ", org.naswot.score.proxies.AggregateRegistry.get(id).members())));
        if (!table.incomplete().isEmpty()) {
            notes.accept("run " + run.id() + " lacks stored values of " + String.join(", ", table.incomplete())
                    + " for some architectures (compute them with the window's Proxies tab or `naswot score-space "
                    + "--proxies all` with the run's settings)");
        }
        org.naswot.search.stats.ProxyComparison c = table.compare(method,
                org.naswot.search.stats.ProxyComparison.DEFAULT_BEST_OF);
        return org.naswot.figures.proxies.ProxyFigure.of(c, table.run().id());
    }

    /** The cell diagram of the run's best-scoring architecture. */
    public static Exportable bestCell(RunInfo run, List<ScoreResult> scores, SpaceContext ctx, String column) {
        ScoreResult best = best(scores);
        ArchitectureFigure figure = org.naswot.spaces.ArchitectureDiagrams.of(ctx.id(), best.arch())
                .or(() -> org.naswot.spaces.ArchitectureDiagrams.of(ctx.space().architecture(best.index()))).orElseThrow(() ->
                new UserFacingException("no cell diagram for space " + ctx.id() + " (nb201, nb101, the NDS spaces and "
                        + "nb301 have one)"));
        double bestAccuracy = column.isEmpty() ? Double.NaN : ctx.accuracy(best.index(), column);
        String title = Double.isNaN(bestAccuracy)
                ? String.format(java.util.Locale.ROOT, "#%d  score %.2f", best.index(), best.score())
                : String.format(java.util.Locale.ROOT, "#%d  score %.2f  accuracy %.2f", best.index(), best.score(),
                bestAccuracy);
        return new Exportable() {
            @Override
            public String exportName() {
                return "cell-" + best.index();
            }

            @Override
            public String exportTitle() {
                return "Best cell of run " + run.id() + ": " + title;
            }

            @Override
            public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style) {
                FigurePainters.of(figure, style, title).paintIn(g, area);
            }

            @Override
            public CsvTable exportData() {
                CsvTable t = new CsvTable(List.of("index", "arch", "score", "accuracy"));
                t.addRow(Integer.toString(best.index()), best.arch(), Double.toString(best.score()),
                        Double.toString(ctx.accuracy(best.index(), column)));
                return t;
            }
        };
    }

    /**
     * K/K[0][0] of the run's best-scoring cell beside its worst, recomputed with the run's own settings (batch, seeds,
     * counting), so the panels' log-determinants are the stored scores.
     */
    public static Exportable kernels(RunInfo run, List<ScoreResult> scores, SpaceContext ctx, DataDirectory data) {
        ScoringSettings s = run.settings();
        if (s.dataset().contains(":")) {
            throw new UserFacingException("run " + run.id() + " scored a batch file (" + s.dataset() + "); its kernels "
                    + "cannot be recomputed without it: use --kind scatter or cell");
        }
        ScoreResult best = best(scores);
        // the worst finite score: a singular K (score -inf, e.g. an all-'none' cell) would be a blank panel
        ScoreResult worst = scores.stream().filter(r -> Double.isFinite(r.score()))
                .min(Comparator.comparingDouble(ScoreResult::score)).orElse(best);
        long singular = scores.stream().filter(r -> r.score() == Double.NEGATIVE_INFINITY).count();
        ScoringSession.Config config = ScoringSession.Config.replaying(s);
        List<KernelMatrix> panels = new ArrayList<>();
        try (ScoringSession session = ScoringSession.open(config, ctx, n -> { })) {
            for (ScoreResult r : best.index() == worst.index() ? List.of(best) : List.of(best, worst)) {
                Architecture a = ctx.space().architecture(r.index());
                KernelScore k = session.scorer().score(a, Weights.seeded(ArchitectureSeeds.of(s, a)), true,
                        ActivationRecorder.NONE);
                // each panel says what it is, the worst one that it skipped singular cells (a figure without --title
                // has no heading to say it)
                String role = r == best ? "best" : singular > 0 ? "worst finite" : "worst";
                panels.add(new KernelMatrix("#" + a.index() + " \u00b7 " + role + "  " + a.shownName(), k.kernel(),
                        session.batch().labels(),
                        s.dataset().equals("cifar10") ? org.naswot.data.CifarFormat.CIFAR10_CLASS_NAMES : List.of(), k.logDet()));
            }
        }
        String heading = "K / K[0][0], best and worst cell of run " + run.id() + (singular == 0 ? ""
                : " (worst finite score; " + singular + (singular == 1 ? " cell has" : " cells have")
                + " a singular K, score -\u221e, not drawn)");
        // drawn over small figures too: short enough for one line at 3.5 in, so the panels keep their axis labels
        String drawnHeading = "K / K[0][0] of run " + run.id() + (singular == 0 ? "" : " (" + singular
                + " singular K not drawn)");
        return new Exportable() {
            @Override
            public String exportName() {
                return "kernels-run" + run.id();
            }

            @Override
            public String exportTitle() {
                return heading;
            }

            @Override
            public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style) {
                paintFigure(g, area, style, FigureLayout.SCREEN);
            }

            @Override
            public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style, FigureLayout layout) {
                new HeatmapPainter(panels, style, true, false, layout.title() ? drawnHeading : "").paintIn(g, area);
            }

            @Override
            public CsvTable exportData() {
                // each panel's title ("#6111 · best  |arch|"), as the window's kernel CSV has it; each image's class
                // (empty without labels) and the panel's log|det K|, so a script orders the images by class and titles
                // the panels as the figure does
                CsvTable t = new CsvTable(List.of("panel", "title", "row", "col", "k", "row_label", "col_label",
                        "log_det"));
                for (int p = 0; p < panels.size(); p++) {
                    KernelMatrix m = panels.get(p);
                    double[][] k = m.k();
                    for (int i = 0; i < k.length; i++) {
                        for (int j = 0; j < k.length; j++) {
                            t.addRow(Integer.toString(p), m.title(), Integer.toString(i), Integer.toString(j),
                                    Double.toString(k[i][j]), label(m, i), label(m, j), CsvTable.number(m.logDet()));
                        }
                    }
                }
                return t;
            }
        };
    }

    private static String label(KernelMatrix m, int image) {
        return m.labels() == null || image >= m.labels().length ? "" : Integer.toString(m.labels()[image]);
    }

    private static ScoreResult best(List<ScoreResult> scores) {
        if (scores.isEmpty()) {
            throw new UserFacingException("the run has no scores yet");
        }
        return scores.stream().max(Comparator.comparingDouble(ScoreResult::score)).orElseThrow();
    }
}
