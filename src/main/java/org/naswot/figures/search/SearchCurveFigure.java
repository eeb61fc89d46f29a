package org.naswot.figures.search;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.model.Provenance;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.figures.theme.ChartThemer;

/**
 * Best accuracy found so far against queries or seconds: per search setting the mean over its runs as a line and the
 * interquartile range as a band (the runs' spread), headless so the window and {@code naswot figure} draw alike.
 */
public final class SearchCurveFigure implements Exportable {
    private final List<SearchSeries> series;
    private final CurveBands.Axis axis;
    private final String accuracyLabel;
    private final Provenance provenance;

    public SearchCurveFigure(List<SearchSeries> series, CurveBands.Axis axis, String accuracyLabel,
                             Provenance provenance) {
        this.series = List.copyOf(series);
        this.axis = axis;
        this.accuracyLabel = accuracyLabel;
        this.provenance = provenance;
    }

    public JFreeChart chart(ChartStyle style) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        int colour = 0;
        int grey = 0;
        for (SearchSeries s : series) {
            CurveBands b = CurveBands.of(s.runs(), axis);
            YIntervalSeries line = new YIntervalSeries(s.label() + " (" + s.runCount() + ")");
            for (int i = 0; i < b.x().length; i++) {
                if (Double.isFinite(b.mean()[i])) {
                    line.add(b.x()[i], b.mean()[i], b.lower()[i], b.upper()[i]);
                }
            }
            Color c = SearchFigureColours.of(s.random() ? grey : colour, s.random(), style);
            colour += s.random() ? 0 : 1;
            grey += s.random() ? 1 : 0;
            int index = data.getSeriesCount();
            data.addSeries(line);
            renderer.setSeriesPaint(index, c);
            renderer.setSeriesFillPaint(index, c);
            // random sampling dashed: the baseline, not a search
            renderer.setSeriesStroke(index, s.random() ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f) : new BasicStroke(1.6f));
        }
        NumberAxis x = new NumberAxis(axis == CurveBands.Axis.QUERIES ? "queries (NASWOT: cells scored)"
                : "seconds (wall time)");
        if (axis == CurveBands.Axis.QUERIES) {
            // queries are counted: whole-number ticks (a 3-query search drew 0.2, 0.4, ...)
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        NumberAxis y = new NumberAxis(SearchFigureColours.shortLabel(accuracyLabel) + ", best so far");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart("Best accuracy found so far (mean, interquartile band)",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartThemer.apply(chart, style);
        return chart;
    }

    @Override
    public String exportName() {
        return axis == CurveBands.Axis.QUERIES ? "search-best-so-far-queries" : "search-best-so-far-seconds";
    }

    @Override
    public String exportTitle() {
        return "Search: best accuracy so far against " + axis.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style) {
        chart(style).draw(g, area);
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style, FigureLayout layout) {
        SearchChartPainting.draw(chart(style), g, area, layout);
    }

    @Override
    public CsvTable exportData() {
        CsvTable t = new CsvTable(List.of("setting", "runs", axis.name().toLowerCase(java.util.Locale.ROOT),
                "mean", "q25", "q75"));
        for (SearchSeries s : series) {
            CurveBands b = CurveBands.of(s.runs(), axis);
            for (int i = 0; i < b.x().length; i++) {
                t.addRow(s.label(), Integer.toString(s.runs().size()), CsvTable.number(b.x()[i]),
                        CsvTable.number(b.mean()[i]), CsvTable.number(b.lower()[i]), CsvTable.number(b.upper()[i]));
            }
        }
        return t;
    }

    @Override
    public Provenance provenance(Provenance shown) {
        return provenance != null ? provenance : shown;
    }
}
