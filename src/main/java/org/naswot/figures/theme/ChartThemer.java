package org.naswot.figures.theme;

import java.awt.BasicStroke;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;

/** Applies a {@link ChartStyle} to a JFreeChart: background, axes, grid, titles, legends. */
public final class ChartThemer {
    private ChartThemer() {
    }

    public static void apply(JFreeChart chart, ChartStyle s) {
        chart.setBackgroundPaint(s.background());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(s.foreground());
            chart.getTitle().setFont(s.title());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            styleTitle(chart.getSubtitle(i), s);
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(s.plotBackground());
            plot.setOutlinePaint(s.grid());
            plot.setDomainGridlinePaint(s.grid());
            plot.setRangeGridlinePaint(s.grid());
            plot.setDomainGridlineStroke(new BasicStroke(0.7f));
            plot.setRangeGridlineStroke(new BasicStroke(0.7f));
            plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                styleAxis(plot.getDomainAxis(i), s);
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                styleAxis(plot.getRangeAxis(i), s);
            }
        }
    }

    private static void styleTitle(Title t, ChartStyle s) {
        if (t instanceof TextTitle tt) {
            tt.setPaint(s.muted());
            tt.setFont(s.subtitle());
            tt.setBackgroundPaint(null);
        } else if (t instanceof LegendTitle lt) {
            lt.setBackgroundPaint(s.background());
            lt.setItemPaint(s.foreground());
            lt.setItemFont(s.tick());
            lt.setFrame(BlockBorder.NONE);
        } else if (t instanceof PaintScaleLegend pl) {
            pl.setBackgroundPaint(s.background());
            styleAxis(pl.getAxis(), s);
            pl.setStripOutlinePaint(s.muted());
        }
    }

    public static void styleAxis(ValueAxis axis, ChartStyle s) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(s.foreground());
        axis.setLabelFont(s.label());
        axis.setTickLabelPaint(s.foreground());
        axis.setTickLabelFont(s.tick());
        axis.setAxisLinePaint(s.muted());
        axis.setTickMarkPaint(s.muted());
    }

    /** A font of the style, for labels drawn by painters. */
    public static Font font(ChartStyle s, int style, double size) {
        return s.font(style, size);
    }
}
