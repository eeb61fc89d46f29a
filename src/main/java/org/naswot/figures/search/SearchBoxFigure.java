package org.naswot.figures.search;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.model.Provenance;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.figures.theme.ChartThemer;

/**
 * The runs' final accuracies (each run's chosen cell) as one box per search setting, random sampling with the same
 * budget beside them; headless so the window and {@code naswot figure} draw alike.
 */
public final class SearchBoxFigure implements Exportable {
    private final List<SearchSeries> series;
    private final String accuracyLabel;
    private final Provenance provenance;

    public SearchBoxFigure(List<SearchSeries> series, String accuracyLabel, Provenance provenance) {
        this.series = List.copyOf(series);
        this.accuracyLabel = accuracyLabel;
        this.provenance = provenance;
    }

    public JFreeChart chart(ChartStyle style) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        List<java.awt.Paint> paints = new java.util.ArrayList<>();
        // one series, one box per category (centred on its label), each box in its setting's colour
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return column < paints.size() ? paints.get(column) : super.getItemPaint(row, column);
            }
        };
        renderer.setMeanVisible(false); // JFreeChart's mean disc grows with the box; the median line suffices
        renderer.setMaximumBarWidth(0.12);
        int colour = 0;
        int grey = 0;
        for (SearchSeries s : series) {
            List<Double> finals = Arrays.stream(s.finals()).filter(Double::isFinite).boxed().toList();
            if (finals.isEmpty()) {
                continue;
            }
            data.add(finals, "final accuracy", s.label() + " (" + finals.size() + ")");
            paints.add(SearchFigureColours.of(s.random() ? grey : colour, s.random(), style));
            colour += s.random() ? 0 : 1;
            grey += s.random() ? 1 : 0;
        }
        renderer.setFillBox(true);
        renderer.setUseOutlinePaintForWhiskers(false);
        renderer.setDefaultOutlinePaint(style.foreground());
        CategoryAxis x = new CategoryAxis("search (runs)");
        x.setCategoryMargin(0.3);
        x.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        x.setMaximumCategoryLabelLines(3);
        NumberAxis y = new NumberAxis(SearchFigureColours.shortLabel(accuracyLabel) + ", final");
        y.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart("Final accuracy per search vs random sampling",
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartThemer.apply(chart, style);
        return chart;
    }

    @Override
    public String exportName() {
        return "search-final-accuracy-box";
    }

    @Override
    public String exportTitle() {
        return "Search: final accuracy per setting vs random sampling with the same budget";
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
        CsvTable t = new CsvTable(List.of("setting", "run", "final_accuracy"));
        for (SearchSeries s : series) {
            double[] f = s.finals();
            for (int i = 0; i < f.length; i++) {
                t.addRow(s.label(), Integer.toString(i + 1), CsvTable.number(f[i]));
            }
        }
        return t;
    }

    @Override
    public Provenance provenance(Provenance shown) {
        return provenance != null ? provenance : shown;
    }
}
