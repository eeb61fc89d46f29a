package org.naswot.app.search;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.jfree.chart.fx.ChartViewer;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.model.Provenance;
import org.naswot.figures.search.CurveBands;
import org.naswot.figures.search.SearchBoxFigure;
import org.naswot.figures.search.SearchCurveFigure;
import org.naswot.figures.search.SearchSeries;
import org.naswot.figures.theme.ChartStyle;

/**
 * The Search tab's two figures, drawn by the headless {@code figures.search} classes that {@code naswot figure} uses:
 * the best accuracy so far against queries or seconds (a toggle), and the final accuracies as boxes beside random
 * sampling. The figure of the selected tab is the one the export menu writes.
 */
final class SearchCharts extends TabPane {
    private final ChartViewer curveViewer;
    private final ChartViewer boxViewer;
    private final ToggleButton queries = new ToggleButton("queries");
    private final ToggleButton seconds = new ToggleButton("seconds");
    private final Tab curveTab;
    private SearchCurveFigure curve = new SearchCurveFigure(List.of(), CurveBands.Axis.QUERIES, "accuracy", null);
    private SearchBoxFigure box = new SearchBoxFigure(List.of(), "accuracy", null);
    private Runnable redraw = () -> { };
    /** Shown instead of empty 0–1.05 axes until a search has results (review P2). */
    private final javafx.scene.control.Label curveEmpty = placeholder("Run a search to see the best-so-far curve");
    private final javafx.scene.control.Label boxEmpty =
            placeholder("Run a search to compare its final accuracy with random sampling");

    SearchCharts() {
        curveViewer = new ChartViewer(curve.chart(ChartStyle.LIGHT), false); // our export replaces JFreeChart's menu
        boxViewer = new ChartViewer(box.chart(ChartStyle.LIGHT), false);
        ToggleGroup axis = new ToggleGroup();
        queries.setToggleGroup(axis);
        seconds.setToggleGroup(axis);
        queries.setSelected(true);
        queries.setId("search-axis-queries");
        seconds.setId("search-axis-seconds");
        queries.setTooltip(new Tooltip("Against benchmark queries (REA, AREA, random) or cells scored (NASWOT)"));
        seconds.setTooltip(new Tooltip("Against each run's wall time, spread evenly over its steps"));
        // a toggle group lets the selected button be pressed off: keep one selected
        axis.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                redraw.run();
            }
        });
        HBox bar = new HBox(6, new javafx.scene.control.Label("x axis"), queries, seconds);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 0, 8));
        BorderPane curvePane = new BorderPane(new javafx.scene.layout.StackPane(curveViewer, curveEmpty));
        curvePane.setTop(bar);
        curveTab = new Tab("Best so far", curvePane);
        Tab boxTab = new Tab("Final accuracy vs random", new javafx.scene.layout.StackPane(boxViewer, boxEmpty));
        showPlaceholders(true);
        getTabs().addAll(curveTab, boxTab);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    }

    /** Called when the axis toggle moves (the view draws again with the model's data). */
    void setOnRedraw(Runnable r) {
        this.redraw = r;
    }

    void draw(List<SearchSeries> series, String accuracyLabel, Provenance provenance, ChartStyle style) {
        curve = new SearchCurveFigure(series, axis(), accuracyLabel, provenance);
        box = new SearchBoxFigure(series, accuracyLabel, provenance);
        curveViewer.setChart(curve.chart(style));
        boxViewer.setChart(box.chart(style));
        showPlaceholders(series.isEmpty());
    }

    private void showPlaceholders(boolean empty) {
        curveEmpty.setVisible(empty);
        boxEmpty.setVisible(empty);
        curveViewer.setVisible(!empty);
        boxViewer.setVisible(!empty);
    }

    private static javafx.scene.control.Label placeholder(String text) {
        javafx.scene.control.Label l = new javafx.scene.control.Label(text);
        l.getStyleClass().add("view-subtitle");
        l.setWrapText(true);
        l.getStyleClass().add("search-placeholder");
        return l;
    }

    /** Whether the charts wait for a search's results (their placeholder shown, no axes). */
    boolean showsPlaceholder() {
        return curveEmpty.isVisible() && !curveViewer.isVisible();
    }

    CurveBands.Axis axis() {
        return seconds.isSelected() ? CurveBands.Axis.SECONDS : CurveBands.Axis.QUERIES;
    }

    /** The figure of the selected tab. */
    Exportable shown() {
        return getSelectionModel().getSelectedItem() == curveTab ? curve : box;
    }
}
