package org.naswot.app.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.figures.search.SearchSeries;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.search.BestSoFar;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Review P2: before any search the Search tab showed empty 0–1.05 axes; it says what to do instead. */
@ExtendWith(ApplicationExtension.class)
class SearchChartsPlaceholderFxTest {
    private SearchCharts charts;

    @Start
    void start(Stage stage) {
        charts = new SearchCharts();
        stage.setScene(new Scene(charts, 800, 500));
        stage.show();
    }

    @Test
    void anEmptySearchChartSaysWhatToDoAndResultsReplaceIt(FxRobot robot) {
        assertTrue(charts.showsPlaceholder(), "no axes before a search");
        Label shown = robot.lookup(".search-placeholder").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .findFirst().orElseThrow();
        assertTrue(shown.getText().startsWith("Run a search"), shown.getText());
        List<SearchSeries> series = List.of(new SearchSeries("naswot, N = 3", false, List.of(
                new BestSoFar(new double[] {1, 2, 3}, new double[] {0.4, 0.9, 1.3}, new double[] {86, 88, 88}))));
        robot.interact(() -> charts.draw(series, "accuracy", null, ChartStyle.LIGHT));
        assertFalse(charts.showsPlaceholder(), "the curve replaces the text");
        robot.interact(() -> charts.draw(List.of(), "accuracy", null, ChartStyle.LIGHT));
        assertTrue(charts.showsPlaceholder(), "and an emptied list brings it back");
    }
}
