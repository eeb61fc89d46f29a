package org.naswot.app.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import org.naswot.app.export.ExportDialog.Format;
import org.naswot.app.export.ExportDialog.Remembered;
import org.naswot.app.export.ExportDialog.Size;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.export.LegendPosition;

/** The export dialog's controls, filled from a kind's remembered answers, and the answers they hold. */
final class ExportForm {
    /** A size the Preset box offers: a paper's column, a slide, or the figure kind's own default (review m10). */
    record Preset(String label, double widthIn, double heightIn) {
        @Override
        public String toString() {
            return label;
        }
    }

    final ComboBox<Format> format = new ComboBox<>();
    final ComboBox<Preset> preset = new ComboBox<>();
    final Spinner<Double> width;
    final Spinner<Double> height;
    final Spinner<Integer> dpi;
    final Spinner<Double> font;
    final CheckBox print;
    final CheckBox serif;
    final CheckBox title;
    final CheckBox marks;
    final CheckBox caption;
    final CheckBox csv;
    final ComboBox<LegendPosition> legend = new ComboBox<>();
    final GridPane grid = new GridPane();

    ExportForm(Remembered r, String kind) {
        format.getItems().setAll(Format.values());
        format.setValue(r.format());
        width = new Spinner<>(0.5, 40, r.widthIn(), 0.25);
        height = new Spinner<>(0.5, 40, r.heightIn(), 0.25);
        width.setEditable(true);
        height.setEditable(true);
        preset.getItems().setAll(presetsFor(kind));
        preset.setPromptText("custom");
        preset.setValue(matching(preset.getItems(), r.widthIn(), r.heightIn()));
        followPreset();
        dpi = new Spinner<>(72, 1200, r.dpi(), 50);
        dpi.setEditable(true);
        font = new Spinner<>(4, 36, r.fontPt(), 0.5);
        font.setEditable(true);
        print = checkBox("Print theme (white background, Okabe-Ito colours)", r.print());
        serif = checkBox("Serif font (DejaVu Serif)", r.serif());
        title = checkBox("Title (else the statistics go in one line above the plot)", r.title());
        marks = checkBox("Ring the top-k and the selection", r.marks());
        caption = checkBox("Draw provenance caption under the figure", r.caption());
        csv = checkBox("Also write the data as CSV", r.csv());
        legend.getItems().setAll(LegendPosition.values());
        legend.setValue(r.legend());
        layOut("scatter".equals(kind));
    }

    /** The rows; the legend's only for the scatter, the one figure whose legend can move. */
    private void layOut(boolean legendRow) {
        Label note = new Label();
        note.getStyleClass().add("view-subtitle");
        Label dpiLabel = new Label("DPI");
        showOutputSize(dpiLabel, note);
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Preset"), preset);
        grid.addRow(2, new Label("Width (in)"), width);
        grid.addRow(3, new Label("Height (in)"), height);
        grid.addRow(4, new Label("Font size (pt)"), font);
        grid.addRow(5, dpiLabel, dpi, note);
        int row = 6;
        if (legendRow) {
            grid.addRow(row++, new Label("Legend"), legend);
        }
        for (CheckBox c : List.of(print, serif, title, marks, caption, csv)) {
            grid.add(c, 0, row++, 3, 1);
        }
    }

    /** The answers the controls hold now. */
    Remembered answers() {
        return new Remembered(format.getValue(), width.getValue(), height.getValue(), dpi.getValue(),
                print.isSelected(), font.getValue(), serif.isSelected(), title.isSelected(), marks.isSelected(),
                caption.isSelected(), csv.isSelected(), legend.getValue());
    }

    FigureLayout layout() {
        return new FigureLayout(title.isSelected(), marks.isSelected(), legend.getValue());
    }

    /** The kind's own default size first, named, unless a paper preset has that size; then the paper presets. */
    static List<Preset> presetsFor(String kind) {
        List<Preset> out = new ArrayList<>();
        Remembered d = ExportDialog.defaultFor(kind);
        List<Preset> paper = new ArrayList<>();
        for (Size s : Size.values()) {
            paper.add(new Preset(s.label, s.widthIn, s.heightIn));
        }
        if (matching(paper, d.widthIn(), d.heightIn()) == null) {
            out.add(new Preset("default for this figure (" + inches(d.widthIn()) + " x " + inches(d.heightIn())
                    + " in)", d.widthIn(), d.heightIn()));
        }
        out.addAll(paper);
        return out;
    }

    /** The preset of exactly this size, or null (the box then says "custom"). */
    static Preset matching(List<Preset> presets, double w, double h) {
        for (Preset p : presets) {
            if (Math.abs(p.widthIn() - w) < 1e-9 && Math.abs(p.heightIn() - h) < 1e-9) {
                return p;
            }
        }
        return null;
    }

    private static String inches(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Choosing a preset sets width and height; editing them shows the preset of that size, else "custom". */
    private void followPreset() {
        boolean[] setting = {false};
        preset.valueProperty().addListener((o, a, b) -> {
            if (b != null && !setting[0]) {
                setting[0] = true;
                width.getValueFactory().setValue(b.widthIn());
                height.getValueFactory().setValue(b.heightIn());
                setting[0] = false;
            }
        });
        for (Spinner<Double> s : List.of(width, height)) {
            s.valueProperty().addListener((o, a, b) -> {
                if (!setting[0]) {
                    setting[0] = true;
                    preset.setValue(matching(preset.getItems(), width.getValue(), height.getValue()));
                    setting[0] = false;
                }
            });
        }
    }

    private static CheckBox checkBox(String text, boolean selected) {
        CheckBox c = new CheckBox(text);
        c.setSelected(selected);
        return c;
    }

    /** The note beside DPI says the output's size: pixels for PNG (DPI shown), points for vector formats. */
    private void showOutputSize(Label dpiLabel, Label note) {
        Runnable upd = () -> {
            boolean raster = format.getValue() == Format.PNG;
            dpi.setVisible(raster);
            dpiLabel.setVisible(raster);
            note.setText(raster ? String.format(Locale.ROOT, "%d x %d px", Math.round(width.getValue() * dpi.getValue()),
                    Math.round(height.getValue() * dpi.getValue())) : format.getValue() == Format.CSV ? ""
                    : String.format(Locale.ROOT, "%.0f x %.0f pt, vector", width.getValue() * 72, height.getValue() * 72));
        };
        for (ObservableValue<?> v : List.of(format.valueProperty(), width.valueProperty(), height.valueProperty(),
                dpi.valueProperty())) {
            v.addListener(o -> upd.run());
        }
        upd.run();
    }
}
