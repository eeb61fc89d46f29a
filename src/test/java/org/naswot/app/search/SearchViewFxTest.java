package org.naswot.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.figures.search.SearchSeries;
import org.naswot.score.ReluCounting;
import org.naswot.search.Budget;
import org.naswot.service.ExplorerSettings;
import org.naswot.store.SearchAlgorithm;
import org.naswot.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Search tab's picker shows each algorithm's own fields, and a small random search, then a small REA search with its
 * random baseline, run from the Search button on the built-in data. With {@code -Dnaswot.search.screenshots=DIR} the
 * tab is saved at 1280x820 and 1024x700.
 */
@ExtendWith(ApplicationExtension.class)
class SearchViewFxTest {
    private static final ExplorerSettings NB201 = new ExplorerSettings("nb201", "cifar10",
            "cifar10valid_valid_200ep_nb201v10", InputKind.NOISE, 8, 1, ReluCounting.REFERENCE, "cpu", 0);
    private SearchView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path db = Files.createTempDirectory("naswot-search-view").resolve("results.sqlite");
        view = new SearchView(() -> NB201, DataDirectory.resolve(SharedData.dataDir()), db);
        Scene scene = new Scene(view, 1280, 820);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void thePickerSwitchesFieldsAndRunsSmallSearches(FxRobot robot) throws Exception {
        SearchForm form = view.form();
        assertTrue(shown(form.n) && !shown(form.budget), "NASWOT takes N");
        robot.interact(() -> form.algorithm.setValue(SearchAlgorithm.REA));
        assertTrue(!shown(form.n) && shown(form.budget) && shown(form.population) && shown(form.sampleSize));
        assertEquals((int) SearchRequest.DEFAULTS.budget(), form.budget.getValue());
        assertEquals(Budget.Unit.QUERIES, form.unit.getValue());
        robot.interact(() -> form.algorithm.setValue(SearchAlgorithm.RANDOM));
        assertTrue(shown(form.n) && !shown(form.population));

        robot.interact(() -> {
            form.n.getValueFactory().setValue(5);
            form.runs.getValueFactory().setValue(2);
        });
        search(robot);
        assertEquals(2, view.getModel().rows.size());
        List<SearchSeries> series = view.getModel().series();
        assertEquals(List.of("random, N = 5"), series.stream().map(SearchSeries::label).toList());
        assertEquals(5, view.exportData().rows().size(), "the curve's CSV: one row per query");
        assertEquals("search-best-so-far-queries", view.exportName());

        robot.interact(() -> {
            form.algorithm.setValue(SearchAlgorithm.REA);
            form.budget.getValueFactory().setValue(30);
            form.runs.getValueFactory().setValue(5);
        });
        search(robot);
        assertEquals(List.of("random, N = 5", "REA, 30 queries", "random, N = 30"),
                view.getModel().series().stream().map(SearchSeries::label).toList());
        // the summary table: one row per search shown, its numbers the service's (the box plot's) final accuracies
        List<List<String>> cells = WaitForAsyncUtils.asyncFx(view::summaryCells).get();
        assertEquals(List.of("random, N = 5", "REA, 30 queries", "random, N = 30"),
                cells.stream().map(row -> row.get(0)).toList());
        for (int i = 0; i < cells.size(); i++) {
            double[] v = view.getModel().series().get(i).finals();
            org.naswot.search.stats.Summary sum = org.naswot.search.stats.Summary.of(v);
            assertEquals(List.of(view.getModel().series().get(i).label(), Integer.toString(v.length),
                    String.format(java.util.Locale.ROOT, "%.2f \u00b1 %.2f", sum.mean(), sum.std()),
                    String.format(java.util.Locale.ROOT, "%.2f", sum.median()),
                    String.format(java.util.Locale.ROOT, "%.2f", sum.max()), i == 0 ? "5" : "30"),
                    cells.get(i));
        }
        // the export menu credits the searches shown, not the window's scoring run
        org.naswot.figures.model.Provenance p = view.provenance(null);
        assertEquals("searches: random, N = 5 (2 runs); REA, 30 queries (5 runs); random, N = 30 (5 runs)", p.images());
        assertEquals("cifar10valid_valid_200ep_nb201v10", p.accuracy());
        assertEquals(null, p.runId());
        robot.interact(() -> ((javafx.scene.control.ToggleButton) view.lookup("#search-axis-seconds")).fire());
        assertEquals("search-best-so-far-seconds", view.exportName());
        screenshots(robot);

        // Past searches reloads every stored setting; the table lists the picked one's runs (REA, 30 queries)
        java.util.List<java.util.List<Double>> before = finals(view.getModel().series());
        robot.interact(() -> view.getModel().loadPast(view.form().request()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> view.getModel().status.get().startsWith("Reloaded")).get());
        assertEquals(List.of("random, N = 5", "REA, 30 queries", "random, N = 30"),
                view.getModel().series().stream().map(SearchSeries::label).toList());
        assertEquals(before, finals(view.getModel().series()), "the store gives back the same final accuracies");
        assertEquals(5, view.getModel().rows.size());
    }

    private static java.util.List<java.util.List<Double>> finals(List<SearchSeries> series) {
        return series.stream().map(s -> java.util.Arrays.stream(s.finals()).boxed().toList()).toList();
    }

    private void search(FxRobot robot) throws Exception {
        robot.interact(() -> ((Button) view.lookup("#search-start")).fire());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !view.getModel().running.get()).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.getModel().status.get().startsWith("Search failed"), view.getModel().status.get());
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || !p.isManaged()) {
                return false;
            }
        }
        return true;
    }

    private void screenshots(FxRobot robot) throws Exception {
        String dir = System.getProperty("naswot.search.screenshots");
        if (dir == null) {
            return;
        }
        for (int[] size : new int[][] {{1280, 820}, {1024, 700}}) {
            Path file = Path.of(dir, "search-" + size[0] + "x" + size[1] + ".png");
            Files.createDirectories(file.getParent());
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(
                    () -> stage.getScene().snapshot(null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        }
        // the box plot's tab, at the smaller size
        robot.interact(() -> ((javafx.scene.control.TabPane) view.lookup(".tab-pane")).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage box = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(box, null), "png", Path.of(dir, "search-box-1024x700.png").toFile());
        robot.interact(() -> ((javafx.scene.control.TabPane) view.lookup(".tab-pane")).getSelectionModel().select(0));
    }
}
