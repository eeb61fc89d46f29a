package org.naswot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.main.AppMenu;
import org.naswot.app.main.ExplorerViewModel;
import org.naswot.app.main.MainWindow;
import org.naswot.app.proxies.ProxiesShown;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.figures.model.ScorePoint;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code naswot gui --screenshot ... --axes ranks --clip 5,95 --proxy-figure matrix}: the window of a screenshot shows
 * those views, in its controls as a user would have set them, and the chart says what its axes are.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotChoicesFxTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path tmp = Files.createTempDirectory("naswot-screenshot-choices");
        ScoreScatterModel model = new ScoreScatterModel();
        ExplorerViewModel vm = new ExplorerViewModel(new DataDirectory(tmp.resolve("data")), tmp.resolve("r.sqlite"),
                model);
        window = new MainWindow(vm, new ScoreScatter(model));
        AppMenu menu = new AppMenu(window, vm);
        window.setTop(menu.build());
        Scene scene = window.scene(1280, 820);
        Theme.LIGHT.applyTo(scene);
        menu.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void plot(FxRobot robot) throws Exception {
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            points.add(new ScorePoint(i, "a" + i, 5 + 10 * ((i * 7) % 60), 60 + 0.3 * i, 100_000L + 1000L * i, ""));
        }
        ScoreScatter scatter = window.scatter();
        robot.interact(() -> {
            scatter.appendAll(points);
            scatter.getModel().refreshStatistics();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scatter.getViewer().getCanvas().getRenderingInfo() != null);
    }

    @Test
    void theAskedViewsAreShownInTheControlsAndTheChart(FxRobot robot) throws Exception {
        plot(robot);
        XYPlot plot = window.scatter().getChart().getXYPlot();
        assertFalse(plot.getDomainAxis().getLabel().startsWith("rank by"), "values before: "
                + plot.getDomainAxis().getLabel());
        ScreenshotChoices choices = ScreenshotChoices.of(Map.of("screenshot", "out.png", "axes", "ranks", "clip", "5,95",
                "proxy-figure", "matrix"));
        robot.interact(() -> choices.applyTo(window));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("rank by NASWOT score (1 = highest)", plot.getDomainAxis().getLabel());
        assertEquals("rank by trained accuracy (1 = highest)", plot.getRangeAxis().getLabel());
        ChoiceBox<?> axes = robot.lookup(n -> n instanceof ChoiceBox<?> c && c.getItems().contains("Ranks"))
                .queryAs(ChoiceBox.class);
        assertEquals("Ranks", axes.getValue(), "the Axes picker shows what is drawn");
        MenuButton display = robot.lookup(n -> n instanceof MenuButton m && "Display".equals(m.getText())).query();
        CheckMenuItem clip = (CheckMenuItem) display.getItems().stream()
                .filter(i -> i.getText() != null && i.getText().startsWith("Clip axes")).findFirst().orElseThrow();
        assertTrue(clip.isSelected());
        assertEquals("Clip axes to the 5th\u201395th percentile", clip.getText(), "the menu names the percentiles used");
        String subtitle = window.scatter().getModel().getSubtitle();
        assertTrue(subtitle.matches(".*clipped: \\d+ beyond 5th\u00a0to\u00a095th\u00a0pct\\., at the edge.*"), subtitle);

        assertEquals(ProxiesShown.MATRIX, window.proxiesView().shownProperty().get());
        ChoiceBox<?> figure = robot.lookup(n -> n instanceof ChoiceBox<?> c && c.getItems().contains(ProxiesShown.MATRIX))
                .queryAs(ChoiceBox.class);
        assertNotNull(figure);
        assertEquals(ProxiesShown.MATRIX, figure.getValue(), "the Figure picker shows Matrix");
    }

    @Test
    void withoutChoicesTheScreenshotShowsTheDefaults(FxRobot robot) throws Exception {
        plot(robot);
        robot.interact(() -> ScreenshotChoices.of(Map.of("screenshot", "out.png")).applyTo(window));
        assertFalse(window.scatter().display().ranksProperty().get());
        assertFalse(window.scatter().display().clipProperty().get());
        assertEquals(ProxiesShown.HEATMAP, window.proxiesView().shownProperty().get());
        assertFalse(window.scatter().getChart().getXYPlot().getDomainAxis().getLabel().startsWith("rank by"));
    }
}
