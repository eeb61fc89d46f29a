package org.naswot.figures.proxies;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.search.stats.ProxyComparison;
import org.naswot.search.stats.ProxyQuality;

/**
 * The proxies of one run as a figure (the rank-correlation heatmap) and as data (the table: each proxy against the
 * accuracy): what the Proxies view shows and {@code naswot figure --kind proxies} writes.
 */
public final class ProxyFigure implements Exportable {
    private final ProxyComparison comparison;
    private final String name;
    private final String heading;

    /**
     * @param name    file base name, e.g. "proxies-run3"
     * @param heading the figure's title
     */
    public ProxyFigure(ProxyComparison comparison, String name, String heading) {
        this.comparison = comparison;
        this.name = name;
        this.heading = heading;
    }

    /** The figure of one run's comparison, named and titled after the run. */
    public static ProxyFigure of(ProxyComparison comparison, long runId) {
        return new ProxyFigure(comparison, "proxies-run" + runId, String.format(java.util.Locale.ROOT,
                "Proxies of run %d: %s between proxies (%,d architectures)", runId,
                comparison.matrix().method().label(), comparison.architectures()));
    }

    /** The smallest size of the names on screen (points before the style's scale); below it the view scrolls. */
    public static final double SCREEN_MIN_POINTS = 9;

    /** The heatmap for a view: names no smaller than {@link #SCREEN_MIN_POINTS}, see its minimum size. */
    public CorrelationHeatmapPainter painter(ChartStyle style) {
        return new CorrelationHeatmapPainter(comparison.matrix(), style, heading, SCREEN_MIN_POINTS);
    }

    /**
     * The heatmap for a file of fixed size: the names shrink as far as the area needs so none overlap. Without a title
     * (a paper's layout) the matrix gets the room; the colour bar still names the method.
     */
    public CorrelationHeatmapPainter figurePainter(ChartStyle style, FigureLayout layout) {
        return new CorrelationHeatmapPainter(comparison.matrix(), style, layout.title() ? heading : null, 0);
    }

    @Override
    public String exportName() {
        return name;
    }

    @Override
    public String exportTitle() {
        return heading;
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style) {
        paintFigure(g, area, style, FigureLayout.SCREEN);
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style, FigureLayout layout) {
        figurePainter(style, layout).paintIn(g, area);
    }

    /** One row per proxy: its agreement with the accuracy and how many architectures it covers. */
    @Override
    public CsvTable exportData() {
        int n = comparison.bestOfN().n();
        CsvTable t = new CsvTable(List.of("proxy", "kendall_tau", "spearman_rho", "precision_top10", "best_of_" + n,
                "best_of_" + n + "_possible", "architectures", "values_missing", "ndcg", "tau_params", "tau_flops"));
        for (ProxyQuality q : comparison.qualities()) {
            t.addRow(q.name(), CsvTable.number(q.kendall()), CsvTable.number(q.spearman()),
                    CsvTable.number(q.topPrecision()), CsvTable.number(q.bestOfN()),
                    CsvTable.number(comparison.oracle()), Integer.toString(q.n()),
                    Boolean.toString(comparison.incomplete().contains(q.name())), CsvTable.number(q.ndcg()),
                    CsvTable.number(q.tauParams()), CsvTable.number(q.tauFlops()));
        }
        return t;
    }

    /** The rank-correlation matrix the heatmap draws: a row per proxy, a column per proxy (NaN where undefined). */
    public CsvTable matrixData() {
        List<String> names = comparison.matrix().names();
        List<String> header = new java.util.ArrayList<>(List.of("proxy"));
        header.addAll(names);
        CsvTable t = new CsvTable(header);
        for (int i = 0; i < names.size(); i++) {
            String[] row = new String[names.size() + 1];
            row[0] = names.get(i);
            for (int j = 0; j < names.size(); j++) {
                row[j + 1] = CsvTable.number(comparison.matrix().value(i, j));
            }
            t.addRow(row);
        }
        return t;
    }
}
