package org.naswot.app.proxies;

import java.util.List;
import java.util.Locale;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.naswot.service.TauAgainstN;

/**
 * Under the proxy table: the chosen proxy's Kendall tau against the accuracy over the run's first n architectures, n
 * = 10, 20, 50, ... and the whole run, as {@link TauAgainstN} computes it. Whether tau has settled by the run's size
 * tells whether the run is large enough to rank the proxy. n sits on an even 1-2-5 grid, so the x axis is logarithmic
 * in effect.
 */
final class TauAgainstNChart extends VBox {
    private final Label title = new Label();
    private final XYChart.Series<String, Number> series = new XYChart.Series<>();
    private final LineChart<String, Number> chart;
    private List<TauAgainstN.Point> points = List.of();

    TauAgainstNChart() {
        super(2);
        setId("proxies-tau-against-n");
        CategoryAxis x = new CategoryAxis();
        x.setLabel("first n architectures of the run (by index)");
        // tau's whole range, so proxies and runs compare at a glance
        NumberAxis y = new NumberAxis("Kendall \u03c4", -1, 1, 0.5);
        chart = new LineChart<>(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getData().add(series);
        chart.setPrefHeight(190);
        chart.setMinHeight(150);
        title.getStyleClass().add("view-subtitle");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(title, chart);
        show(null, List.of());
    }

    /** Shows {@code proxy}'s points; a null proxy or no points hides the chart. */
    void show(String proxy, List<TauAgainstN.Point> points) {
        this.points = List.copyOf(points);
        series.getData().clear();
        for (TauAgainstN.Point p : points) {
            if (Double.isFinite(p.tau())) {
                XYChart.Data<String, Number> d = new XYChart.Data<>(String.format(Locale.ROOT, "%,d", p.n()), p.tau());
                series.getData().add(d);
                Tooltip.install(d.getNode(), new Tooltip(String.format(Locale.ROOT,
                        "first %,d architectures: \u03c4 = %.3f over %,d pairs with both values", p.n(), p.tau(),
                        p.pairs())));
            }
        }
        boolean any = proxy != null && !series.getData().isEmpty();
        title.setText(any ? "\u03c4 against n: Kendall \u03c4 of " + proxy + " against the accuracy over the run's "
                + "first n architectures (select a row for another)" : "");
        setVisible(any);
        setManaged(any);
    }

    /** The points shown (tests read them). */
    List<TauAgainstN.Point> points() {
        return points;
    }

    String titleText() {
        return title.getText();
    }
}
