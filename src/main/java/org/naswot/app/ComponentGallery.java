package org.naswot.app;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.naswot.app.cell.CellDiagram;
import org.naswot.app.cell.CellGraphs;
import org.naswot.app.explore.ColourMode;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.kernel.KernelHeatmap;
import org.naswot.app.lecture.LectureView;
import org.naswot.app.model.KernelMatrix;
import org.naswot.app.model.LectureData;
import org.naswot.app.model.ScorePoint;
import org.naswot.app.theme.Theme;

/**
 * Demo of every component with synthetic data ({@link SyntheticData}); also the source of the
 * screenshots. Run: {@code mvn -o javafx:run -Djavafx.mainClass=org.naswot.app.ComponentGallery}.
 */
public final class ComponentGallery extends Application {

    /** One gallery view with the size and theme it is shown at. */
    public record View(String name, Parent root, Theme theme, double width, double height, Runnable afterShown) {
    }

    public static final String GOOD_CELL = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    public static final String BAD_CELL = "|avg_pool_3x3~0|+|none~0|avg_pool_3x3~1|+|none~0|none~1|skip_connect~2|";

    public static List<String> viewNames() {
        return List.of("scatter", "scatter-dark", "scatter-groups", "cells", "cells-dark", "kernel", "kernel-compare",
                "kernel-compare-dark", "lecture-1", "lecture-2", "lecture-kernel", "lecture-score", "lecture-large");
    }

    public static View view(String name, Theme theme) {
        return switch (name) {
            case "scatter" -> scatterView(theme, false);
            case "scatter-groups" -> scatterView(theme, true);
            case "cells" -> cellsView(theme);
            case "kernel" -> kernelView(theme, false);
            case "kernel-compare" -> kernelView(theme, true);
            case "lecture-1" -> lectureView(theme, 0, false);
            case "lecture-2" -> lectureView(theme, 1, false);
            case "lecture-kernel" -> lectureView(theme, 4, false);
            case "lecture-score" -> lectureView(theme, 99, false);
            case "lecture-large" -> lectureView(theme, 3, true);
            default -> throw new IllegalArgumentException("no gallery view " + name);
        };
    }

    static View scatterView(Theme theme, boolean groups) {
        ScoreScatter scatter = new ScoreScatter();
        scatter.setChartStyle(theme.chartStyle());
        List<ScorePoint> points = SyntheticData.nb201Scatter(1, "reference counting");
        if (groups) {
            List<ScorePoint> other = SyntheticData.nb201Scatter(2, "once counting").stream()
                    .filter(p -> p.index() % 4 == 0)
                    .map(p -> new ScorePoint(p.index(), p.arch(), p.score() * 0.62 + 40, p.accuracy(), p.params(), p.group()))
                    .toList();
            scatter.appendAll(points.stream().filter(p -> p.index() % 4 == 0).toList());
            scatter.appendAll(other);
            scatter.getModel().colourModeProperty().set(ColourMode.GROUP);
        } else {
            scatter.appendAll(points);
        }
        scatter.getModel().refreshStatistics();
        Runnable after = () -> {
            ScorePoint best = scatter.getModel().topKPoints().get(0);
            scatter.getModel().setSelected(best);
        };
        return new View("scatter", scatter, theme, 1100, 720, after);
    }

    static View cellsView(Theme theme) {
        CellDiagram good = new CellDiagram();
        good.chartStyleProperty().set(theme.chartStyle());
        good.showNb201(GOOD_CELL);
        CellDiagram bad = new CellDiagram();
        bad.chartStyleProperty().set(theme.chartStyle());
        bad.showNb201(BAD_CELL);
        CellDiagram nb101 = new CellDiagram(CellGraphs.fromNb101("0111101000001100000010000110000001100000000000000",
                "input|maxpool3x3|maxpool3x3|conv3x3-bn-relu|conv3x3-bn-relu|conv3x3-bn-relu|output"), "NB101 cell");
        nb101.chartStyleProperty().set(theme.chartStyle());
        CellDiagram nb101b = new CellDiagram(CellGraphs.fromNb101("0110010000111100000010000010000001100000000000000",
                "input|conv3x3-bn-relu|maxpool3x3|conv1x1-bn-relu|conv1x1-bn-relu|maxpool3x3|output"), "NB101 cell");
        nb101b.chartStyleProperty().set(theme.chartStyle());
        GridPane grid = new GridPane();
        grid.add(good, 0, 0);
        grid.add(bad, 1, 0);
        grid.add(nb101, 0, 1);
        grid.add(nb101b, 1, 1);
        for (CellDiagram d : List.of(good, bad, nb101, nb101b)) {
            GridPane.setHgrow(d, Priority.ALWAYS);
            GridPane.setVgrow(d, Priority.ALWAYS);
        }
        return new View("cells", grid, theme, 1200, 640, () -> { });
    }

    static LectureData goodLecture() {
        return SyntheticData.lecture(GOOD_CELL, 64, 6, 384, 7);
    }

    static LectureData badLecture() {
        return SyntheticData.lecture(BAD_CELL, 64, 6, 384, 7, 0.6);
    }

    static KernelMatrix kernelOf(LectureData d) {
        return new KernelMatrix(d.arch(), d.cumulativeKernels().get(d.cumulativeKernels().size() - 1), d.labels(),
                d.classNames(), d.logDet());
    }

    static View kernelView(Theme theme, boolean compare) {
        KernelHeatmap heatmap = new KernelHeatmap();
        heatmap.chartStyleProperty().set(theme.chartStyle());
        if (compare) {
            heatmap.headingProperty().set("Same batch, two untrained cells (synthetic data)");
            heatmap.showComparison(kernelOf(goodLecture()), kernelOf(badLecture()));
            heatmap.orderByClassProperty().set(true);
        } else {
            heatmap.show(kernelOf(goodLecture()));
        }
        return new View("kernel", heatmap, theme, compare ? 1200 : 760, compare ? 640 : 680, () -> { });
    }

    static View lectureView(Theme theme, int step, boolean large) {
        LectureView view = new LectureView(goodLecture());
        view.chartStyleProperty().set(theme.chartStyle());
        view.getModel().indexProperty().set(Math.min(step, view.getModel().stepCount() - 1));
        view.getModel().largeFontsProperty().set(large);
        return new View("lecture", view, theme, 1200, 760, () -> { });
    }

    @Override
    public void start(Stage stage) {
        Theme theme = Theme.LIGHT;
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(new Tab("Score scatter", scatterView(theme, false).root()));
        tabs.getTabs().add(new Tab("Cells", cellsView(theme).root()));
        tabs.getTabs().add(new Tab("Kernel", kernelView(theme, true).root()));
        tabs.getTabs().add(new Tab("Lecture", lectureView(theme, 0, false).root()));
        BorderPane root = new BorderPane(tabs);
        Scene scene = new Scene(root, 1200, 800);
        theme.applyTo(scene);
        stage.setTitle("NASWOT Explorer \u2014 component gallery");
        stage.setScene(scene);
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
