package org.naswot.app.explore;

import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.naswot.figures.scatter.ClipPercentiles;
import org.naswot.figures.scatter.ColourMode;
import org.naswot.figures.scatter.ScatterData;
import org.naswot.figures.scatter.ScatterDisplay;
import org.naswot.figures.scatter.ScatterEncoding;
import org.naswot.service.ArchitectureTable;

/**
 * The scatter's display settings as properties: values or ranks on the axes, log axes (refused, with the reason, while a
 * shown value is at or below zero), axes clipped to percentiles, marker size and opacity, the columns that colour or size the points (any numeric column of the shown run's
 * architecture table), and the trend line. Writes them into the figure's {@link ScatterDisplay} and asks for a redraw.
 */
public final class ScatterDisplayModel {
    private final ScoreScatterModel model;
    private final BooleanProperty logX = new SimpleBooleanProperty(this, "logX");
    private final BooleanProperty logY = new SimpleBooleanProperty(this, "logY");
    private final BooleanProperty trend = new SimpleBooleanProperty(this, "trend");
    /** The axes show ranks (1 = highest) by x and by y instead of values (review X5); log x and y then do not apply. */
    private final BooleanProperty ranks = new SimpleBooleanProperty(this, "ranks");
    /** The axes span the 1st to 99th percentile of the shown values, points beyond drawn at the edge (review X2). */
    private final BooleanProperty clip = new SimpleBooleanProperty(this, "clip");
    /** The percentiles that clipping spans: the 1st and 99th unless a screenshot asks for others (gui --clip). */
    private final javafx.beans.property.ObjectProperty<ClipPercentiles> clipPercentiles =
            new javafx.beans.property.SimpleObjectProperty<>(this, "clipPercentiles", ClipPercentiles.DEFAULT);
    private final DoubleProperty markerScale = new SimpleDoubleProperty(this, "markerScale", 1);
    private final DoubleProperty alpha = new SimpleDoubleProperty(this, "alpha", ScatterDisplay.DEFAULT_ALPHA);
    /** The column that colours the points when the colour mode is {@link ColourMode#COLUMN}; null: none chosen. */
    private final StringProperty colourColumn = new SimpleStringProperty(this, "colourColumn");
    /** The column that sizes the points; null: one size. */
    private final StringProperty sizeColumn = new SimpleStringProperty(this, "sizeColumn");
    /** Where the legend goes (review X4; the View menu sets it): the window's chart and, unless asked otherwise, exports. */
    private final javafx.beans.property.ObjectProperty<org.naswot.figures.export.LegendPosition> legend =
            new javafx.beans.property.SimpleObjectProperty<>(this, "legend", org.naswot.figures.export.LegendPosition.BELOW);
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private ArchitectureTable table = ArchitectureTable.EMPTY;
    private Runnable redraw = () -> { };
    /** Remembered columns ({@link #chooseColumns}) that no table has offered yet; null: none waiting. */
    private String waitingColour;
    private String waitingSize;
    /** True while this model sets a column itself (not a user's choice, which ends a wait). */
    private boolean adjusting;

    public ScatterDisplayModel(ScoreScatterModel model) {
        this.model = model;
        logX.addListener((o, was, on) -> refuseLog(logX, on, true));
        logY.addListener((o, was, on) -> refuseLog(logY, on, false));
        for (Observable p : List.of(logX, logY, trend, ranks, clip, clipPercentiles, markerScale, alpha, colourColumn,
                sizeColumn, legend)) {
            p.addListener(x -> apply());
        }
        model.colourModeProperty().addListener((o, a, b) -> chooseColourColumn());
        colourColumn.addListener((o, a, b) -> waitingColour = adjusting ? waitingColour : null);
        sizeColumn.addListener((o, a, b) -> waitingSize = adjusting ? waitingSize : null);
    }

    /** Called after a change (the chart redecorates and redraws). */
    void setOnChange(Runnable r) {
        redraw = r == null ? () -> { } : r;
    }

    /** The numeric columns of the shown run's architectures: what colour-by and size-by offer. */
    public void setTable(ArchitectureTable t) {
        table = t == null ? ArchitectureTable.EMPTY : t;
        List<String> ids = table.columns().stream().map(ArchitectureTable.Column::id).toList();
        String colour = colourColumn.get();
        String size = sizeColumn.get();
        adjusting = true;
        try {
            columns.setAll(ids);
            // a picker over the new list may have cleared its value: the chosen columns stay where the table has
            // them, and a remembered one is taken up once a table has it
            colourColumn.set(ids.contains(waitingColour) ? waitingColour : ids.contains(colour) ? colour : null);
            sizeColumn.set(ids.contains(waitingSize) ? waitingSize : ids.contains(size) ? size : null);
            waitingColour = ids.contains(waitingColour) ? null : waitingColour;
            waitingSize = ids.contains(waitingSize) ? null : waitingSize;
            chooseColourColumn();
        } finally {
            adjusting = false;
        }
        apply();
    }

    /**
     * Remembered colour and size columns (null: none remembered): each is chosen when the shown table has it, else
     * when a table that has it is shown; until then the current choice stays.
     */
    public void chooseColumns(String colour, String size) {
        waitingColour = colour;
        waitingSize = size;
        adjusting = true;
        try {
            if (colour != null && columns.contains(colour)) {
                colourColumn.set(colour);
                waitingColour = null;
            }
            if (size != null && columns.contains(size)) {
                sizeColumn.set(size);
                waitingSize = null;
            }
        } finally {
            adjusting = false;
        }
    }

    /** The colour column as chosen, or a remembered one still waiting for a table that has it. */
    public String colourChoice() {
        return waitingColour != null ? waitingColour : colourColumn.get();
    }

    /** The size column as chosen, or a remembered one still waiting for a table that has it. */
    public String sizeChoice() {
        return waitingSize != null ? waitingSize : sizeColumn.get();
    }

    /** Colouring by a column with none chosen (or one the table lacks) starts from FLOPs, else the first column. */
    private void chooseColourColumn() {
        boolean chosen = colourColumn.get() != null && columns.contains(colourColumn.get());
        if (model.colourModeProperty().get() == ColourMode.COLUMN && !chosen && !columns.isEmpty()) {
            boolean was = adjusting;
            adjusting = true;
            try {
                colourColumn.set(columns.contains("flops") ? "flops" : columns.get(0));
            } finally {
                adjusting = was;
            }
        }
    }

    /** A log axis shows only positive values: switching one on while a shown value is ≤ 0 is refused, with why. */
    private void refuseLog(BooleanProperty axis, boolean on, boolean x) {
        if (!on) {
            return;
        }
        int bad = nonPositive(model.data(), x);
        if (bad > 0) {
            refusal.set(String.format(Locale.ROOT, "Log %s refused: %,d shown point%s ha%s %s \u2264 0, which a log axis "
                    + "cannot show.", x ? "x" : "y", bad, bad == 1 ? "" : "s", bad == 1 ? "s" : "ve", x ? "x" : "y"));
            axis.set(false);
        } else {
            refusal.set("");
        }
    }

    static int nonPositive(ScatterData d, boolean x) {
        int n = 0;
        for (int i = 0; i < d.plottedCount(); i++) {
            // the values, not what the axes show: the choice is for the values, ranks or not
            if ((x ? d.valueX(i) : d.valueY(i)) <= 0) {
                n++;
            }
        }
        return n;
    }

    private void apply() {
        ScatterDisplay d = model.figure().display();
        d.setLogX(logX.get());
        d.setLogY(logY.get());
        d.setTrend(trend.get());
        d.setRanks(ranks.get());
        d.setClip(clip.get() ? clipPercentiles.get() : null);
        d.setMarkerScale(markerScale.get());
        d.setAlpha(alpha.get());
        d.setColourBy(encoding(colourColumn.get()));
        d.setSizeBy(encoding(sizeColumn.get()));
        d.setLegend(legend.get());
        model.displayChanged();
        redraw.run();
    }

    /** The column's values by architecture index, or null when the shown table lacks it. */
    private ScatterEncoding encoding(String id) {
        if (id == null || !columns.contains(id)) {
            return null;
        }
        ArchitectureTable t = table;
        double[] values = t.column(id).values();
        return new ScatterEncoding(id, index -> {
            int row = t.rowOf(index);
            return row < 0 ? Double.NaN : values[row];
        });
    }

    public javafx.beans.property.ObjectProperty<org.naswot.figures.export.LegendPosition> legendProperty() {
        return legend;
    }

    public BooleanProperty logXProperty() {
        return logX;
    }

    public BooleanProperty logYProperty() {
        return logY;
    }

    public BooleanProperty trendProperty() {
        return trend;
    }

    /** Ranks instead of values on both axes (the chosen log axes are kept, and apply again on values). */
    public BooleanProperty ranksProperty() {
        return ranks;
    }

    /** Axes clipped to the {@link #clipPercentilesProperty} of the shown values. */
    public BooleanProperty clipProperty() {
        return clip;
    }

    /** The percentiles that {@link #clipProperty} clips to (never null; not remembered: the window offers 1st–99th). */
    public javafx.beans.property.ObjectProperty<ClipPercentiles> clipPercentilesProperty() {
        return clipPercentiles;
    }

    /** Dot size as a multiple of the default (0.25 to 4). */
    public DoubleProperty markerScaleProperty() {
        return markerScale;
    }

    /** Dot opacity (0.05 to 1). */
    public DoubleProperty alphaProperty() {
        return alpha;
    }

    public StringProperty colourColumnProperty() {
        return colourColumn;
    }

    public StringProperty sizeColumnProperty() {
        return sizeColumn;
    }

    /** Why the last log-axis request was refused; empty when it was not. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** The numeric columns on offer (the shown run's architecture table's). */
    public ObservableList<String> columns() {
        return columns;
    }
}
