package org.naswot.app.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.SpaceContext;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.score.proxies.ProxyRegistry;
import org.naswot.search.stats.ProxyQuality;
import org.naswot.search.stats.RankMethod;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.naswot.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Proxies view on a small synthetic run: one table row and one heatmap row per proxy, missing values offered. */
@ExtendWith(ApplicationExtension.class)
class ProxiesViewFxTest {
    private static final int ARCHITECTURES = 30;
    private ProxiesView view;
    private ProxyComputeBar bar;
    private RunInfo run;
    private String column;

    @Start
    void start(Stage stage) throws Exception {
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        Path db = Files.createTempDirectory("naswot-proxies-view").resolve("results.sqlite");
        SpaceContext ctx = SpaceContext.open("nb201", data);
        column = ctx.defaultAccuracyColumn();
        run = syntheticRun(db, ctx);
        bar = new ProxyComputeBar(db, data, n -> { });
        view = new ProxiesView(new ProxiesViewModel(db, data), bar);
        Scene scene = new Scene(view, 1100, 700);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Scores are the accuracies (nwot is a perfect proxy), synflow their reverse, epe_nas -inf on a third of them and
     * snip NaN on one; the other proxies have no stored values.
     */
    private RunInfo syntheticRun(Path db, SpaceContext ctx) {
        ScoringSettings s = new ScoringSettings("nb201", "cifar10", InputKind.NOISE, 8, 1, 1, ReluCounting.REFERENCE,
                "cpu", "0f".repeat(32));
        try (ResultStore store = ResultStore.open(db)) {
            long id = store.startRun(s, "synthetic", ARCHITECTURES);
            for (int k = 0; k < ARCHITECTURES; k++) {
                int index = 37 + 511 * k;
                String arch = ctx.space().architecture(index).encoding();
                double acc = ctx.accuracy(index, column);
                store.addScore(id, new ScoreResult("nb201", index, arch, acc, 1, 1000 + k, 0));
                store.addProxyValue(s, index, arch, "synflow", -acc, 0);
                store.addProxyValue(s, index, arch, "epe_nas", k % 3 == 0 ? Double.NEGATIVE_INFINITY : acc, 0);
                store.addProxyValue(s, index, arch, "snip", k == 4 ? Double.NaN : acc * 2, 0);
            }
            return store.requireRun(id);
        }
    }

    private void loadAndWait(FxRobot robot) throws Exception {
        robot.interact(() -> view.getModel().load(run, column));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.getModel().comparisonProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tableAndHeatmapHaveARowPerProxyAndTheSyntheticValuesShow(FxRobot robot) throws Exception {
        loadAndWait(robot);
        assertEquals(ProxyRegistry.ids().size() + 1 + org.naswot.score.proxies.AggregateRegistry.ids().size(),
                ProxiesViewModel.proxies().size());
        // the measures with values, in the registry's order: the others would be empty rows
        List<String> expected = ProxiesViewModel.proxies().stream()
                .filter(List.of("nwot", "synflow", "snip", "epe_nas")::contains).toList();
        assertEquals(expected, view.getModel().available());
        assertEquals(expected, view.getTable().getItems().stream().map(ProxyQuality::name).toList());
        assertEquals(expected, view.getModel().comparisonProperty().get().matrix().names());
        assertNotNull(view.getHeatmap().getPainter(), "the heatmap is drawn");
        ProxyQuality nwot = row("nwot");
        assertEquals(1, nwot.kendall(), 1e-12);
        assertEquals(1, nwot.topPrecision(), 1e-12);
        assertEquals(ARCHITECTURES, nwot.n());
        assertEquals(view.getModel().comparisonProperty().get().oracle(), nwot.bestOfN(), 1e-12);
        assertEquals(-1, row("synflow").spearman(), 1e-12);
        assertEquals(ARCHITECTURES - 1, row("snip").n(), "the NaN is left out");
        assertEquals(ARCHITECTURES, row("epe_nas").n(), "-inf ranks lowest and counts");
        assertEquals("showing 4 of " + ProxiesViewModel.proxies().size() + " measures",
                view.getModel().shownCountProperty().get());
        assertEquals(1, nwot.ndcg(), 1e-12, "nwot is the accuracy here: the ideal order");
        assertEquals(9, view.getTable().getColumns().size(),
                "proxy, tau, rho, precision, best-of, then the optional nDCG, tau params, tau FLOPs, count");
        assertEquals("Best of 100", ProxiesView.headerText(view.getTable().getColumns().get(4)));
        assertEquals("nDCG", ProxiesView.headerText(view.getTable().getColumns().get(5)));
        assertTrue(Double.isNaN(nwot.tauParams()), "the run has no params values");

        // the missing proxies are named and offered for computing
        assertTrue(bar.isVisible());
        assertTrue(bar.text().contains("zen (30)") && !bar.text().contains("synflow"), bar.text());

        // the method and N follow the pickers
        robot.interact(() -> {
            view.getModel().methodProperty().set(RankMethod.KENDALL);
            view.getModel().bestOfProperty().set(10);
        });
        assertEquals(RankMethod.KENDALL, view.getModel().comparisonProperty().get().matrix().method());
        assertEquals("Best of 10", ProxiesView.headerText(view.getTable().getColumns().get(4)));
        int nwotRow = view.getModel().comparisonProperty().get().matrix().names().indexOf("nwot");
        int synflowRow = view.getModel().comparisonProperty().get().matrix().names().indexOf("synflow");
        assertEquals(-1, view.getModel().comparisonProperty().get().matrix().value(nwotRow, synflowRow), 1e-12);
        assertTrue(view.getModel().captionProperty().get().contains("best-of-10"));
    }

    /** Tau against n under the table: the first row's (nwot) at first, the selected row's after a click. */
    @Test
    void tauAgainstNFollowsTheSelectedProxy(FxRobot robot) throws Exception {
        loadAndWait(robot);
        List<org.naswot.service.TauAgainstN.Point> nwot = view.tauChart().points();
        assertEquals(org.naswot.service.TauAgainstN.steps(ARCHITECTURES),
                nwot.stream().map(org.naswot.service.TauAgainstN.Point::n).toList());
        // nwot is the accuracy itself and synflow its negative here: every prefix agrees fully, or not at all
        nwot.forEach(p -> assertEquals(1, p.tau(), 1e-12, "nwot at n = " + p.n()));
        assertTrue(view.tauChart().isVisible() && view.tauChart().titleText().contains("of nwot "),
                view.tauChart().titleText());
        robot.interact(() -> view.getTable().getSelectionModel().select(row("synflow")));
        List<org.naswot.service.TauAgainstN.Point> synflow = view.tauChart().points();
        assertEquals(nwot.size(), synflow.size());
        synflow.forEach(p -> assertEquals(-1, p.tau(), 1e-12, "synflow at n = " + p.n()));
        assertTrue(view.tauChart().titleText().contains("of synflow "), view.tauChart().titleText());
        String shot = System.getProperty("naswot.proxies.screenshot");
        if (shot != null) {
            javafx.scene.image.Image image = WaitForAsyncUtils.asyncFx(() -> view.getScene().snapshot(null)).get();
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    new java.io.File(shot));
        }
    }

    /**
     * The strip that offers the missing proxies keeps its buttons readable beside a long list of names (the review's
     * N5: at 1280x820 and 1024x700 Compute and Cancel were drawn as "..." while the text took the width).
     */
    @Test
    void computeAndCancelShowTheirWholeTextBesideALongList(FxRobot robot) throws Exception {
        loadAndWait(robot);
        robot.interact(() -> {
            view.applyCss();
            view.layout();
        });
        List<String> shown = new java.util.ArrayList<>();
        robot.interact(() -> robot.lookup(".proxy-compute-bar .button").queryAll().forEach(b ->
                ((javafx.scene.control.Labeled) b).getChildrenUnmodifiable().stream()
                        .filter(c -> c instanceof javafx.scene.text.Text)
                        .forEach(c -> shown.add(((javafx.scene.text.Text) c).getText()))));
        assertEquals(List.of("Compute", "Cancel"), shown);
    }

    @Test
    void exportsTheTableAsCsvAndTheHeatmapAsAFigure(FxRobot robot) throws Exception {
        loadAndWait(robot);
        var csv = view.exportData();
        assertEquals("proxy", csv.header().get(0));
        assertEquals(view.getModel().available().size(), csv.rows().size());
        assertEquals("proxies-run" + run.id(), view.exportName());
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(600, 500,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        view.paintFigure(g, new java.awt.geom.Rectangle2D.Double(0, 0, 600, 500),
                org.naswot.figures.theme.ChartStyle.PRINT);
        g.dispose();
        // viridis' bright end (+1, the diagonal) is drawn somewhere
        boolean yellow = false;
        for (int x = 0; x < 600 && !yellow; x += 2) {
            for (int y = 0; y < 500 && !yellow; y += 2) {
                java.awt.Color c = new java.awt.Color(img.getRGB(x, y));
                yellow = c.getRed() > 230 && c.getGreen() > 210 && c.getBlue() < 80;
            }
        }
        assertTrue(yellow);
    }

    /** Measures… narrows the heatmap, the table and the export, says how many it shows, and remembers it per space. */
    @Test
    void theMeasuresChooserNarrowsTheHeatmapTheTableAndTheExport(FxRobot robot) throws Exception {
        loadAndWait(robot);
        robot.clickOn(".proxies-measures-menu");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".check-box").match((javafx.scene.control.CheckBox b) -> "snip".equals(b.getText()))
                .queryAs(javafx.scene.control.CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        List<String> left = List.of("nwot", "synflow", "epe_nas");
        assertEquals(left, view.getModel().comparisonProperty().get().matrix().names(), "the heatmap");
        assertEquals(left, view.getTable().getItems().stream().map(ProxyQuality::name).toList(), "the table");
        assertEquals(left.size(), view.exportData().rows().size(), "the exported table");
        org.naswot.figures.proxies.CorrelationHeatmapPainter exported = view.getModel().figure().figurePainter(
                org.naswot.figures.theme.ChartStyle.PRINT, org.naswot.figures.export.FigureLayout.SCREEN);
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(400, 320,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        exported.paint(g, 400, 320);
        g.dispose();
        assertTrue(exported.drawnTexts().stream().noneMatch(d -> d.text().equals("snip"))
                && exported.drawnTexts().stream().anyMatch(d -> d.text().equals("synflow")), "the exported figure");
        assertEquals("showing 3 of " + ProxiesViewModel.proxies().size() + " measures",
                view.getModel().shownCountProperty().get());
        assertEquals(java.util.Map.of("nb201", List.of("snip")), view.getModel().hiddenProperty().get(),
                "remembered for the space");
        robot.interact(() -> view.getModel().setShown("snip", true));
        assertTrue(view.getModel().comparisonProperty().get().matrix().names().contains("snip"));
    }

    private ProxyQuality row(String name) {
        return view.getTable().getItems().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }
}
