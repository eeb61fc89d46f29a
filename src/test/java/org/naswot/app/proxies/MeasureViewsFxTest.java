package org.naswot.app.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.export.ExportDialog;
import org.naswot.app.theme.Preferences;
import org.naswot.app.theme.PreferencesStore;
import org.naswot.app.theme.Theme;
import org.naswot.cli.CliRunner;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.figures.export.ExportOptions;
import org.naswot.figures.export.FigureExporter;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.measures.MeasureFigure;
import org.naswot.figures.measures.ParallelCoordinatesPainter;
import org.naswot.figures.measures.ScatterMatrixPainter;
import org.naswot.figures.model.Provenance;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.figures.theme.FigureFonts;
import org.naswot.run.SpaceContext;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.naswot.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Proxies view's switch to the scatter matrix and the parallel coordinates: they draw the shown run's measures,
 * export through the app's exporter with the run's provenance, mark the linked selection, and give the numbers the
 * command line gives for the same run and measures.
 */
@ExtendWith(ApplicationExtension.class)
class MeasureViewsFxTest {
    private static final int ARCHITECTURES = 40;
    private static final Pattern TAU = Pattern.compile(">\u03c4 = (\u2212?\\d+\\.\\d+|\u2013)</text>");
    private ProxiesView view;
    private RunInfo run;
    private String column;
    private Path db;

    @Start
    void start(Stage stage) throws Exception {
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        db = Files.createTempDirectory("naswot-measure-views").resolve("results.sqlite");
        SpaceContext ctx = SpaceContext.open("nb201", data);
        column = ctx.defaultAccuracyColumn();
        run = syntheticRun(ctx);
        view = new ProxiesView(new ProxiesViewModel(db, data), new ProxyComputeBar(db, data, n -> { }));
        Scene scene = new Scene(view, 1100, 700);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** nwot and synflow follow the accuracy with noise, snip against it and missing on some; epe_nas has -inf. */
    private RunInfo syntheticRun(SpaceContext ctx) {
        ScoringSettings s = new ScoringSettings("nb201", "cifar10", InputKind.NOISE, 8, 1, 1, ReluCounting.REFERENCE,
                "cpu", "0f".repeat(32));
        Random r = new Random(5);
        try (ResultStore store = ResultStore.open(db)) {
            long id = store.startRun(s, "synthetic", ARCHITECTURES);
            for (int k = 0; k < ARCHITECTURES; k++) {
                int index = 37 + 311 * k;
                String arch = ctx.space().architecture(index).encoding();
                double acc = ctx.accuracy(index, column);
                store.addScore(id, new ScoreResult("nb201", index, arch, acc + 10 * r.nextGaussian(), 1, 1000 + k, 0));
                store.addProxyValue(s, index, arch, "synflow", Math.exp(acc / 5 + r.nextGaussian()), 0);
                store.addProxyValue(s, index, arch, "epe_nas", k % 4 == 0 ? Double.NEGATIVE_INFINITY : acc, 0);
                if (k % 6 != 0) {
                    store.addProxyValue(s, index, arch, "snip", -acc + 20 * r.nextGaussian(), 0);
                }
            }
            return store.requireRun(id);
        }
    }

    private void show(FxRobot robot, ProxiesShown shown) throws Exception {
        robot.interact(() -> view.shownProperty().set(shown));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.measureFigure() != null
                && view.measureFigure().kind() == shown.figure() && !view.measureFigurePane().isBusy());
        robot.interact(() -> view.measureFigurePane().canvas().repaint());
    }

    @Test
    void theSwitchShowsTheScatterMatrixAndParallelCoordinatesAndExportsThem(FxRobot robot) throws Exception {
        robot.interact(() -> view.getModel().load(run, column));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.getModel().comparisonProperty().get() != null);
        ChoiceBox<?> choice = robot.lookup(".proxies-view-switch").queryAs(ChoiceBox.class);
        assertEquals(List.of(ProxiesShown.values()), choice.getItems());
        assertEquals(ProxiesShown.HEATMAP, choice.getValue(), "the heatmap until the user switches");

        show(robot, ProxiesShown.MATRIX);
        List<String> measures = view.getModel().shown();
        int k = measures.size() + 1;
        ScatterMatrixPainter matrix = (ScatterMatrixPainter) view.measureFigurePane().canvas().getPainter();
        assertEquals(k * k, matrix.panels().size(), "a panel per pair, the accuracy's included");
        assertTrue(shown(view.measureFigurePane()) && !shown(view.getHeatmapScroll()), "the figure instead of the heatmap");
        assertEquals("matrix-run" + run.id(), view.exportName());
        assertEquals("matrix", ExportDialog.kindOf(view));
        assertEquals(List.of("measure_a", "measure_b", "kendall_tau", "pairs"), view.exportData().header());

        // File ▸ Export's writer, with the run's provenance; the command line's figure of the same request
        Path exported = Files.createTempDirectory("naswot-measure-export").resolve("window.svg");
        ExportOptions options = ExportOptions.inches(3.5, 3.5, 300, ChartStyle.PRINT.withFontFamily(FigureFonts.SANS)
                .withFontScale(0.62), Provenance.of(run), false, new FigureLayout(false, false));
        FigureExporter.writeSvg(view, exported, options);
        String windowSvg = Files.readString(exported);
        assertTrue(windowSvg.contains("naswot:run") && windowSvg.contains("synflow"), "provenance and names");
        Path cliOut = exported.resolveSibling("cli.svg");
        CliRunner.Result cli = CliRunner.run("figure", "--db", db.toString(), "--run", Long.toString(run.id()),
                "--kind", "matrix", "--measures", String.join(",", measures), "--out", cliOut.toString(),
                "--data-dir", SharedData.dataDir().toString());
        assertEquals(0, cli.exitCode(), cli.err());
        List<Double> windowTaus = taus(windowSvg);
        assertEquals(k * (k - 1), windowTaus.size(), "a τ in every off-diagonal panel");
        assertEquals(windowTaus, taus(Files.readString(cliOut)), "the same numbers from the window and the CLI");
        for (ScatterMatrixPainter.Panel p : matrix.panels()) {
            if (p.row() != p.column()) {
                assertEquals(view.measureFigure().taus().value(p.row(), p.column()), p.tau(), 0);
            }
        }

        // a new linked selection marks its dots over the kept ones: the figure is not rebuilt (τ as they were) and
        // no dot of the matrix is rendered again
        int renders = matrix.dotRenders();
        org.naswot.search.stats.CorrelationMatrix before = view.measureFigure().taus();
        robot.interact(() -> view.getModel().restrictTo(Set.of(37, 37 + 311, 37 + 622)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.measureFigure().selectedCount() == 3);
        assertFalse(view.measureFigurePane().isBusy(), "no rebuild for a selection");
        org.junit.jupiter.api.Assertions.assertSame(before, view.measureFigure().taus());
        robot.interact(() -> view.measureFigurePane().canvas().repaint());
        ScatterMatrixPainter marked = (ScatterMatrixPainter) view.measureFigurePane().canvas().getPainter();
        org.junit.jupiter.api.Assertions.assertNotSame(matrix, marked, "the new selection's painter");
        assertEquals(renders, marked.dotRenders(), "the dots were kept");
        robot.interact(() -> view.getModel().restrictTo(Set.of()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.measureFigure().selectedCount() == 0);

        show(robot, ProxiesShown.PARALLEL);
        assertEquals("parallel-run" + run.id(), view.exportName());
        assertEquals("index", view.exportData().header().get(0));
        assertEquals(ARCHITECTURES, view.exportData().rows().size());
        ParallelCoordinatesPainter lines = (ParallelCoordinatesPainter) view.measureFigurePane().canvas().getPainter();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            robot.interact(() -> view.measureFigurePane().canvas().repaint());
            return lines.drawnLines() == ARCHITECTURES;
        });

        // the linked selection is marked, not compared alone
        Set<Integer> picked = Set.of(37, 37 + 311, 37 + 622);
        robot.interact(() -> view.getModel().restrictTo(picked));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.measureFigure() != null
                && view.measureFigure().selectedCount() == 3 && !view.measureFigurePane().isBusy());
        assertEquals(3, view.exportData().rows().stream().filter(r -> r.get(r.size() - 1).equals("true")).count());
        assertEquals(ARCHITECTURES, view.exportData().rows().size(), "every architecture is still drawn");

        robot.interact(() -> view.shownProperty().set(ProxiesShown.HEATMAP));
        assertEquals("proxies-run" + run.id(), view.exportName(), "the heatmap exports again");
    }

    /** Whether the node and every node above it are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The τ values written in an SVG's panels, in drawing order (row by row). */
    private static List<Double> taus(String svg) {
        List<Double> out = new ArrayList<>();
        Matcher m = TAU.matcher(svg);
        while (m.find()) {
            String t = m.group(1);
            out.add(t.equals("\u2013") ? Double.NaN : Double.parseDouble(t.replace('\u2212', '-')));
        }
        return out;
    }

    @Test
    void theChoiceIsRememberedWithThePreferences() throws Exception {
        Path file = Files.createTempDirectory("naswot-measure-prefs").resolve("preferences.json");
        PreferencesStore store = new PreferencesStore(file);
        store.save(Preferences.defaults().withProxyView(ProxiesShown.PARALLEL.name()));
        assertEquals(ProxiesShown.PARALLEL, ProxiesShown.parse(store.load().proxyView()));
        assertEquals(ProxiesShown.HEATMAP, ProxiesShown.parse(Preferences.defaults().proxyView()));
        assertEquals(ProxiesShown.HEATMAP, ProxiesShown.parse("RADAR"), "a name from another version");
    }
}
