package org.naswot.figures.scatter;

import java.awt.Font;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.export.LegendPosition;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.naswot.figures.paint.ColourScale;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.figures.theme.ChartThemer;

/** Builds and re-decorates the scatter chart for a model and a style (screen themes or print). */
public final class ScatterChartFactory {
    private ScatterChartFactory() {
    }

    /** The id of the paper layout's statistics line ("τ = … · ρ = … · n = …"), a subtitle above the data area. */
    public static final String STATISTICS_ID = "statistics";

    public static JFreeChart create(ScatterFigure model, ScatterDataset dataset, ChartStyle style) {
        return create(model, dataset, style, FigureLayout.SCREEN);
    }

    /** The chart in a layout: as on screen, or for a paper (data area first, statistics as an annotation). */
    public static JFreeChart create(ScatterFigure model, ScatterDataset dataset, ChartStyle style,
                                    FigureLayout layout) {
        ValueAxis x = axis(model.xAxisLabel(), model.display().logX());
        ValueAxis y = axis(model.yAxisLabel(), model.display().logY());
        double dot = Math.max(2.5, 4.0 * Math.sqrt(style.fontScale()));
        XYPlot plot = new XYPlot(dataset, x, y, new FastScatterRenderer(model, style, dot, layout.marks()));
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
        plot.setInsets(layout.title() ? new RectangleInsets(4, 4, 4, 12) : new RectangleInsets(2, 2, 2, 4));
        JFreeChart chart = new JFreeChart(model.title(), style.title(), plot, false);
        chart.setPadding(layout.title() ? new RectangleInsets(6, 6, 6, 6) : new RectangleInsets(2, 2, 2, 2));
        decorate(chart, model, style, layout);
        return chart;
    }

    /** A linear axis (not forced to include zero) or a base-10 log axis. */
    static ValueAxis axis(String label, boolean log) {
        if (log) {
            LogAxis a = new LogAxis(label);
            a.setSmallestValue(1e-300);
            a.setMinorTickMarksVisible(true);
            // plain values (1,290), not powers (10^3.11), which over less than a decade say nothing
            a.setNumberFormatOverride(new SignificantFormat());
            return a;
        }
        NumberAxis a = new FittingNumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    /** Puts log or linear axes on the plot as the display asks, keeping a linear axis's zoom when nothing changes. */
    static void matchAxes(XYPlot plot, ScatterFigure model) {
        ScatterDisplay display = model.display();
        if (display.logX() != plot.getDomainAxis() instanceof LogAxis) {
            plot.setDomainAxis(axis(plot.getDomainAxis().getLabel(), display.logX()));
        }
        if (display.logY() != plot.getRangeAxis() instanceof LogAxis) {
            plot.setRangeAxis(axis(plot.getRangeAxis().getLabel(), display.logY()));
        }
        // a log axis fits the positive values only: a point at or below zero (counted in the caption) would
        // otherwise stretch it down to its smallest allowed value, hundreds of decades
        if (plot.getDomainAxis() instanceof LogAxis a) {
            a.setSmallestValue(smallestPositive(model.data(), true));
        }
        if (plot.getRangeAxis() instanceof LogAxis a) {
            a.setSmallestValue(smallestPositive(model.data(), false));
        }
    }

    private static double smallestPositive(ScatterData d, boolean x) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < d.plottedCount(); i++) {
            double v = x ? d.x(i) : d.y(i);
            if (v > 0 && v < min) {
                min = v;
            }
        }
        return Double.isInfinite(min) ? 1e-300 : min;
    }

    /** Updates title, subtitle and legends from the model (after data or colour-mode changes). */
    public static void decorate(JFreeChart chart, ScatterFigure model, ChartStyle style) {
        decorate(chart, model, style, FigureLayout.SCREEN);
    }

    /** As {@link #decorate(JFreeChart, ScatterFigure, ChartStyle)}, in a layout. */
    public static void decorate(JFreeChart chart, ScatterFigure model, ChartStyle style, FigureLayout layout) {
        // inside a caller's batch (notify already off) the caller redraws once at its end
        boolean notifyAtEnd = chart.isNotify();
        chart.setNotify(false);
        try {
            chart.clearSubtitles();
            XYPlot plot = chart.getXYPlot();
            plot.clearAnnotations();
            matchAxes(plot, model);
            if (layout.title()) {
                chart.setTitle(model.title());
                TextTitle sub = new TextTitle(model.subtitle(layout.marks()));
                sub.setPadding(new RectangleInsets(0, 0, 4, 0));
                chart.addSubtitle(sub);
            } else {
                chart.setTitle((TextTitle) null);
                String stats = compactStatistics(model);
                if (!stats.isEmpty()) {
                    // above the data area, never over it: a box inside the plot hid points (the best one, once)
                    TextTitle t = new TextTitle(stats, style.tick());
                    t.setPaint(style.foreground());
                    t.setPosition(RectangleEdge.TOP);
                    t.setHorizontalAlignment(HorizontalAlignment.LEFT);
                    t.setPadding(new RectangleInsets(0, 2, 1, 0));
                    t.setID(STATISTICS_ID);
                    chart.addSubtitle(t);
                }
            }
            if (model.colourMode() == ColourMode.PARAMS) {
                ColourScale scale = FastScatterRenderer.paramsScale(model.data(), style);
                if (scale != null) {
                    legend(chart, scale, paramsAxis(scale.getLowerBound(), scale.getUpperBound()), style, layout);
                }
            }
            if (model.colourMode() == ColourMode.COLUMN) {
                addColumnBar(chart, model, style, layout);
            }
            // XYPlot asks renderers per series; our renderer's items (groups, top-k) come from getLegendItems
            org.jfree.chart.LegendItemSource items = () -> plot.getRenderer().getLegendItems();
            if (items.getLegendItems().getItemCount() > 0) {
                placeLegend(chart, new LegendTitle(items), style, layout.legend() == LegendPosition.AS_SHOWN
                        ? model.display().legend() : layout.legend());
            }
            plot.getDomainAxis().setLabel(model.xAxisLabel());
            plot.getRangeAxis().setLabel(model.yAxisLabel());
            ChartThemer.apply(chart, style);
            for (int i = 0; i < chart.getSubtitleCount(); i++) {
                // the statistics read as data (the axis ticks' font and colour), not as a muted subtitle
                if (chart.getSubtitle(i) instanceof TextTitle t && STATISTICS_ID.equals(t.getID())) {
                    t.setFont(style.tick());
                    t.setPaint(style.foreground());
                }
            }
            if (chart.getTitle() != null) {
                chart.getTitle().setFont(style.font(Font.BOLD, 14.5));
            }
        } finally {
            if (notifyAtEnd) {
                chart.setNotify(true);
            }
        }
    }

    /**
     * The legend where the layout asks (review X4): below or right of the plot as a subtitle, or in a corner of the
     * data area on the chart's background (it may cover points there: the user chose the corner), or not at all.
     */
    static void placeLegend(JFreeChart chart, LegendTitle legend, ChartStyle style, LegendPosition where) {
        switch (where) {
            case NONE -> {
                return;
            }
            case BELOW, AS_SHOWN -> {
                legend.setPosition(RectangleEdge.BOTTOM);
                legend.setHorizontalAlignment(HorizontalAlignment.CENTER);
                chart.addSubtitle(legend);
            }
            case OUTSIDE_RIGHT -> {
                legend.setPosition(RectangleEdge.RIGHT);
                legend.setVerticalAlignment(org.jfree.chart.ui.VerticalAlignment.TOP);
                chart.addSubtitle(legend);
            }
            default -> {
                // an annotation is not a subtitle: the themer does not reach it, so it is styled here
                legend.setBackgroundPaint(style.background());
                legend.setItemPaint(style.foreground());
                legend.setItemFont(style.tick());
                legend.setFrame(new org.jfree.chart.block.BlockBorder(style.muted()));
                double x = where == LegendPosition.INSIDE_TOP_LEFT ? 0.01 : 0.99;
                double y = where == LegendPosition.INSIDE_BOTTOM_RIGHT ? 0.01 : 0.99;
                org.jfree.chart.ui.RectangleAnchor anchor = switch (where) {
                    case INSIDE_TOP_LEFT -> org.jfree.chart.ui.RectangleAnchor.TOP_LEFT;
                    case INSIDE_TOP_RIGHT -> org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT;
                    default -> org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT;
                };
                org.jfree.chart.annotations.XYTitleAnnotation a =
                        new org.jfree.chart.annotations.XYTitleAnnotation(x, y, legend, anchor);
                a.setMaxWidth(0.6);
                chart.getXYPlot().addAnnotation(a);
            }
        }
    }

    /** The colour bar of a colour column: its name and the range over the plotted points. */
    private static void addColumnBar(JFreeChart chart, ScatterFigure model, ChartStyle style, FigureLayout layout) {
        ColourScale scale = FastScatterRenderer.columnScale(model, style);
        if (scale == null) {
            return;
        }
        String name = model.display().colourBy().column();
        double lo = scale.getLowerBound();
        double hi = scale.getUpperBound();
        if (hi > lo) {
            NumberAxis axis = new NumberAxis(name);
            axis.setRange(lo, hi);
            legend(chart, scale, axis, style, layout);
        } else {
            legend(chart, scale, new SingleValueAxis(name, lo, new SignificantFormat().format(lo)), style, layout);
        }
    }

    /** The parameters' colour bar axis: log-scaled millions, or the one value when all points have it. */
    static ValueAxis paramsAxis(double lo, double hi) {
        String name = "parameters (log scale)";
        MillionsFormat millions = new MillionsFormat(lo, hi);
        if (!(hi > lo)) {
            return new SingleValueAxis("parameters", lo, millions.format(lo));
        }
        LogAxis axis = new LogAxis(name);
        axis.setRange(lo, hi);
        axis.setNumberFormatOverride(millions);
        axis.setMinorTickMarksVisible(true);
        return axis;
    }

    /** A colour bar on the right, in the chart's fonts. */
    private static void legend(JFreeChart chart, ColourScale scale, ValueAxis axis, ChartStyle style,
                               FigureLayout layout) {
        // one value: the legend needs a range, so the one colour over the axis's widened one
        PaintScaleLegend legend = new PaintScaleLegend(axis instanceof SingleValueAxis one ? one.oneColour(scale) : scale,
                axis);
        legend.setSubdivisionCount(64);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(layout.title() ? 12 * Math.max(0.8, style.fontScale()) : 6 * Math.max(0.8, style.fontScale()));
        legend.setMargin(layout.title() ? new RectangleInsets(8, 8, 8, 4) : new RectangleInsets(2, 4, 2, 0));
        axis.setTickLabelFont(style.tick());
        axis.setLabelFont(style.label());
        axis.setTickLabelPaint(style.foreground());
        axis.setLabelPaint(style.foreground());
        legend.setPadding(new RectangleInsets(0, 0, 0, 0));
        chart.addSubtitle(legend);
    }

    /** "τ = 0.498 · ρ = 0.673 · n = 60" for a paper figure's corner; empty below 3 points or with several groups. */
    static String compactStatistics(ScatterFigure model) {
        RankCorrelations c = model.correlations();
        if (c == null || c.n() < 3 || Double.isNaN(c.kendall())) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "\u03c4 = %.3f \u00b7 \u03c1 = %.3f \u00b7 n = %,d", c.kendall(),
                c.spearman(), c.n());
    }

    /** Three significant digits, grouped, without an exponent between 1e-4 and 1e9: 1,290, 0.0123, 2.5e+12. */
    static final class SignificantFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            double a = Math.abs(number);
            if (number == 0 || !Double.isFinite(number)) {
                return toAppendTo.append(number == 0 ? "0" : Double.toString(number));
            }
            if (a < 1e-4 || a >= 1e9) {
                return toAppendTo.append(String.format(java.util.Locale.ROOT, "%.2e", number));
            }
            java.math.BigDecimal v = new java.math.BigDecimal(number).round(new java.math.MathContext(3));
            DecimalFormat grouped = new DecimalFormat("#,##0.#########",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            return toAppendTo.append(grouped.format(v));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }

    /** Formats a parameter count as millions: 0.1M, 1.5M. */
    static final class MillionsFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final DecimalFormat f = new DecimalFormat("0.##");
        private final int digits;

        MillionsFormat() {
            digits = 2;
        }

        /**
         * For a bar over [lower, upper]: enough significant digits that ticks a tenth of the range apart read
         * differently (review P2: "0.58M" twice on a run of two cells spanning 0.56M to 0.58M).
         */
        MillionsFormat(double lower, double upper) {
            double width = upper - lower;
            int needed = 2;
            if (width > 0 && upper > 0) {
                needed = (int) Math.ceil(Math.log10(upper / width)) + 2;
            }
            digits = Math.max(2, Math.min(6, needed));
        }

        /** Two significant digits below 1M at least: 0.035M, 0.04M, 0.045M, not "0.04M" three times. */
        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            double m = number / 1e6;
            if ((m >= 1 && digits == 2) || m <= 0) {
                return toAppendTo.append(f.format(m)).append('M');
            }
            int precision = digits;
            if (m >= 1) {
                precision = Math.max(precision, (int) Math.floor(Math.log10(m)) + 1);
            }
            java.math.BigDecimal rounded = new java.math.BigDecimal(m).round(new java.math.MathContext(precision));
            return toAppendTo.append(rounded.stripTrailingZeros().toPlainString()).append('M');
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }
}
