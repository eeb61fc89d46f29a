package org.naswot.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.naswot.app.model.Provenance;
import org.naswot.app.theme.ChartStyle;

/** Asks for format, size, DPI, theme and caption, then a file, and exports the figure (and optionally its CSV). */
public final class ExportDialog {
    public enum Format { PNG, SVG, PDF, CSV }

    public enum Size {
        SINGLE_COLUMN("single column (3.5 in)", 3.5, 2.625),
        DOUBLE_COLUMN("double column (7 in)", 7, 3),
        SLIDE("slide (10 x 5.6 in)", 10, 5.625);

        final String label;
        final double widthIn;
        final double heightIn;

        Size(String label, double w, double h) {
            this.label = label;
            this.widthIn = w;
            this.heightIn = h;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** What the user chose. */
    public record Choice(Format format, ExportOptions options, boolean alsoCsv) {
    }

    private ExportDialog() {
    }

    /** The options for a size preset. */
    public static ExportOptions options(Size size, double dpi, boolean print, ChartStyle screen, Provenance p,
                                        boolean caption) {
        ChartStyle s = print ? ChartStyle.PRINT.withFontScale(size == Size.SINGLE_COLUMN ? 0.62 : 0.75) : screen;
        return new ExportOptions((int) Math.round(size.widthIn * dpi), (int) Math.round(size.heightIn * dpi), dpi, s, p,
                caption);
    }

    public static java.util.Optional<Choice> ask(Window owner, ChartStyle screen, Provenance p) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export figure");
        ComboBox<Format> format = new ComboBox<>();
        format.getItems().setAll(Format.values());
        format.setValue(Format.PDF);
        ComboBox<Size> size = new ComboBox<>();
        size.getItems().setAll(Size.values());
        size.setValue(Size.SINGLE_COLUMN);
        Spinner<Integer> dpi = new Spinner<>(72, 1200, 300, 50);
        dpi.setEditable(true);
        CheckBox print = new CheckBox("Print theme (white background, Okabe-Ito colours)");
        print.setSelected(true);
        CheckBox caption = new CheckBox("Draw provenance caption under the figure");
        CheckBox csv = new CheckBox("Also write the data as CSV");
        csv.setSelected(true);
        Label note = new Label();
        note.getStyleClass().add("view-subtitle");
        Runnable upd = () -> note.setText(String.format(Locale.ROOT, "%d x %d px at %d DPI",
                Math.round(size.getValue().widthIn * dpi.getValue()), Math.round(size.getValue().heightIn * dpi.getValue()),
                dpi.getValue()));
        size.valueProperty().addListener(o -> upd.run());
        dpi.valueProperty().addListener(o -> upd.run());
        upd.run();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Size"), size);
        grid.addRow(2, new Label("DPI"), dpi, note);
        grid.add(print, 0, 3, 3, 1);
        grid.add(caption, 0, 4, 3, 1);
        grid.add(csv, 0, 5, 3, 1);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new Choice(format.getValue(),
                options(size.getValue(), dpi.getValue(), print.isSelected(), screen, p, caption.isSelected()),
                csv.isSelected()) : null);
        return d.showAndWait();
    }

    /** Runs the whole interaction: options, file chooser, export. Returns the file written, or null. */
    public static Path exportInteractively(Window owner, Exportable figure, ChartStyle screen, Provenance p,
                                           SaveTarget target) throws IOException {
        var choice = ask(owner, screen, p);
        if (choice.isEmpty()) {
            return null;
        }
        Choice c = choice.get();
        String ext = c.format().name().toLowerCase(Locale.ROOT);
        Path f = target.choose(owner, figure.exportName() + "." + ext, ext);
        if (f == null) {
            return null;
        }
        write(figure, f, c);
        return f;
    }

    public static void write(Exportable figure, Path file, Choice c) throws IOException {
        switch (c.format()) {
            case PNG -> FigureExporter.writePng(figure, file, c.options());
            case SVG -> FigureExporter.writeSvg(figure, file, c.options());
            case PDF -> FigureExporter.writePdf(figure, file, c.options());
            case CSV -> FigureExporter.writeCsv(figure, file, c.options().provenance());
        }
        if (c.alsoCsv() && c.format() != Format.CSV) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path csv = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".csv");
            FigureExporter.writeCsv(figure, csv, c.options().provenance());
        }
    }
}
