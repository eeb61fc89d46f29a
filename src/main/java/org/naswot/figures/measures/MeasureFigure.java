package org.naswot.figures.measures;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.paint.Painter;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.search.stats.CorrelationMatrix;
import org.naswot.search.stats.RankMethod;

/**
 * A run's measures seen together, as a scatter matrix or as parallel coordinates: what the Proxies view's "Scatter
 * matrix" and "Parallel coordinates" show and {@code naswot figure --kind matrix|parallel} writes. The Kendall τ of
 * every pair is computed once, here, as the heatmap computes it ({@link CorrelationMatrix}).
 */
public final class MeasureFigure implements Exportable {
    /** The two ways of drawing the measures. */
    public enum Kind {
        MATRIX("matrix", "Scatter matrix"), PARALLEL("parallel", "Parallel coordinates");

        private final String id;
        private final String label;

        Kind(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /** The CLI's name, e.g. "matrix". */
        public String id() {
            return id;
        }

        public String label() {
            return label;
        }
    }

    private final Kind kind;
    private final MeasureTable table;
    private final boolean[] selected;
    private final CorrelationMatrix taus;
    /** One painter per style and layout: the parallel coordinates keep their lines' pixels between repaints. */
    private final java.util.Map<String, Painter> painters = new java.util.HashMap<>();
    /** The scatter matrix's dots per style, kept across selections ({@link #withSelection}) of the same table. */
    private final java.util.Map<String, MatrixDotLayer> dotLayers;
    /** The scatter matrix's rank positions (null for the parallel coordinates), shared likewise. */
    private final MatrixRanks ranks;

    /** @param selected architectures (indices in the space) drawn on top in the accent colour; empty for none */
    public MeasureFigure(Kind kind, MeasureTable table, Set<Integer> selected) {
        this(kind, table, table.rowsOf(selected), CorrelationMatrix.of(table.columns(), RankMethod.KENDALL),
                kind == Kind.MATRIX ? MatrixRanks.of(table) : null, new java.util.concurrent.ConcurrentHashMap<>());
    }

    private MeasureFigure(Kind kind, MeasureTable table, boolean[] selected, CorrelationMatrix taus, MatrixRanks ranks,
                          java.util.Map<String, MatrixDotLayer> dotLayers) {
        this.kind = kind;
        this.table = table;
        this.selected = selected;
        this.taus = taus;
        this.ranks = ranks;
        this.dotLayers = dotLayers;
    }

    /**
     * The same figure with {@code selected} marked instead: the table, the Kendall τ and the scatter matrix's ranks and
     * rendered dots are shared, so a new selection redraws only its own dots (the τ over every pair took seconds).
     */
    public MeasureFigure withSelection(Set<Integer> selected) {
        return new MeasureFigure(kind, table, table.rowsOf(selected), taus, ranks, dotLayers);
    }

    public Kind kind() {
        return kind;
    }

    public MeasureTable table() {
        return table;
    }

    /** Kendall's τ of every pair of measures, in the table's order. */
    public CorrelationMatrix taus() {
        return taus;
    }

    /** How many of the table's architectures are selected. */
    public int selectedCount() {
        return SelectionNote.count(selected);
    }

    /** The painter for a view (with the title) or a file ({@code layout}'s title or none). */
    public Painter painter(ChartStyle style, FigureLayout layout) {
        String heading = layout.title() ? exportTitle() : null;
        return painters.computeIfAbsent(style + "|" + heading, k -> kind == Kind.MATRIX
                ? new ScatterMatrixPainter(table, taus, selected, style, heading, ranks,
                        dotLayers.computeIfAbsent(style.toString(), s -> new MatrixDotLayer()))
                : new ParallelCoordinatesPainter(table, selected, style, heading));
    }

    @Override
    public String exportName() {
        return kind.id() + "-run" + table.run();
    }

    @Override
    public String exportTitle() {
        return String.format(Locale.ROOT, kind == Kind.MATRIX
                ? "Scatter matrix of run %d: ranks of %d measures, Kendall \u03c4 per pair (%,d architectures)"
                : "Parallel coordinates of run %d: %d measures (%,d architectures)", table.run(), table.measures(),
                table.size());
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style) {
        paintFigure(g, area, style, FigureLayout.SCREEN);
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle style, FigureLayout layout) {
        painter(style, layout).paintIn(g, area);
    }

    /**
     * The matrix: a row per pair of measures with its τ and how many architectures it used; the parallel
     * coordinates: a row per architecture with every measure's value and whether it is selected.
     */
    @Override
    public CsvTable exportData() {
        return kind == Kind.MATRIX ? pairs() : rows();
    }

    private CsvTable pairs() {
        CsvTable t = new CsvTable(List.of("measure_a", "measure_b", "kendall_tau", "pairs"));
        for (int a = 0; a < table.measures(); a++) {
            for (int b = a + 1; b < table.measures(); b++) {
                t.addRow(table.names().get(a), table.names().get(b), CsvTable.number(taus.value(a, b)),
                        Integer.toString(taus.pairs()[a][b]));
            }
        }
        return t;
    }

    private CsvTable rows() {
        List<String> header = new ArrayList<>(List.of("index"));
        header.addAll(table.names());
        header.add("selected");
        CsvTable t = new CsvTable(header);
        for (int i = 0; i < table.size(); i++) {
            String[] row = new String[table.measures() + 2];
            row[0] = Integer.toString(table.indices()[i]);
            for (int m = 0; m < table.measures(); m++) {
                row[m + 1] = CsvTable.number(table.column(m)[i]);
            }
            row[row.length - 1] = Boolean.toString(selected[i]);
            t.addRow(row);
        }
        return t;
    }
}
