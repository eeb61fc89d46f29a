package org.naswot.app.linked;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.naswot.app.theme.WrappingHeader;
import org.naswot.service.ArchitectureTable;

/**
 * The selected architecture in full: every value the table holds for it (score, each stored proxy, each accuracy
 * column the benchmark gives: datasets, splits and epoch budgets, params, FLOPs), with its rank among the run's
 * architectures by each measure; Copy architecture, and Open in Cell / Kernel / Lecture.
 */
public final class ArchitectureDetailsPane extends BorderPane {
    /** One line of the pane: what, its value, and its rank by that measure where ranking means something. */
    public record Line(String group, String measure, String value, String rank, String explanation) {
    }

    /** The tabs an architecture opens in. */
    public enum Target { CELL, KERNEL, LECTURE }

    private final ArchitectureTableModel model;
    private final Label title = new Label();
    private final Label arch = new Label();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final TableView<Line> view = new TableView<>(lines);
    private final FlowPane actions;
    private Integer shown;
    private java.util.function.BiConsumer<Target, Integer> onOpen = (t, i) -> { };

    public ArchitectureDetailsPane(ArchitectureTableModel model, LinkedSelection selection) {
        this.model = model;
        getStyleClass().add("architecture-details");
        title.getStyleClass().add("view-title");
        title.setWrapText(true);
        arch.setWrapText(true);
        arch.getStyleClass().add("view-subtitle");
        Button copy = new Button("Copy architecture");
        copy.setTooltip(new Tooltip("Copies the architecture string (the benchmark's encoding) to the clipboard"));
        copy.setOnAction(e -> copy());
        Button cell = open("Open in Cell", Target.CELL);
        Button kernel = open("Open in Kernel", Target.KERNEL);
        Button lecture = open("Open in Lecture", Target.LECTURE);
        actions = new FlowPane(6, 6, copy, cell, kernel, lecture);
        actions.getChildren().forEach(n -> ((Button) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        VBox top = new VBox(4, title, arch, actions);
        top.setPadding(new Insets(8));
        setTop(top);
        TableColumn<Line, String> what = column("measure", 170, Line::measure);
        // long labels (an accuracy column's dataset, split and epochs) wrap rather than end in an ellipsis
        what.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(10));
                text.getStyleClass().add("text");
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.setText(empty || s == null ? "" : s);
                setGraphic(empty ? null : text);
            }
        });
        TableColumn<Line, String> value = column("value", 90, Line::value);
        value.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<Line, String> rank = column("rank", 100, Line::rank);
        rank.setStyle("-fx-alignment: CENTER-RIGHT;");
        view.getColumns().setAll(List.of(what, value, rank));
        // the three columns share the pane's width (no sideways scrolling in a narrow pane); long names wrap
        @SuppressWarnings("deprecation")
        javafx.util.Callback<TableView.ResizeFeatures, Boolean> constrained = TableView.CONSTRAINED_RESIZE_POLICY;
        view.setColumnResizePolicy(constrained);
        view.setPlaceholder(new Label(""));
        view.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Line l, boolean empty) {
                super.updateItem(l, empty);
                setTooltip(empty || l == null ? null : new Tooltip(l.explanation()));
            }
        });
        setCenter(view);
        selection.focusProperty().addListener((o, a, b) -> show(b));
        // a focus chosen before the run's table arrived (a point clicked while it loads) shows once it is there
        model.tableProperty().addListener((o, a, b) -> show(selection.focus()));
        show(null);
    }

    private static TableColumn<Line, String> column(String title, double width,
                                                    java.util.function.Function<Line, String> text) {
        TableColumn<Line, String> c = new TableColumn<>();
        WrappingHeader.install(c, title, null);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new SimpleStringProperty(text.apply(f.getValue())));
        return c;
    }

    private Button open(String text, Target target) {
        Button b = new Button(text);
        b.setOnAction(e -> {
            if (shown != null) {
                onOpen.accept(target, shown);
            }
        });
        return b;
    }

    /** Shows an architecture by its benchmark index (null, or one the table lacks: a hint). */
    public void show(Integer index) {
        ArchitectureTable t = model.table();
        int row = index == null ? -1 : t.rowOf(index);
        shown = row < 0 ? null : index;
        actions.setDisable(shown == null);
        if (row < 0) {
            title.setText("No architecture selected");
            arch.setText("Click a point on the plot or a row of the table to see every value the data holds for it.");
            lines.clear();
            return;
        }
        title.setText(String.format(Locale.ROOT, "#%d", t.index(row)));
        arch.setText(t.arch(row));
        lines.setAll(lines(t, row));
    }

    /** Every column's value for one row, with its rank of the architectures that have a value. */
    public static List<Line> lines(ArchitectureTable t, int row) {
        List<Line> out = new ArrayList<>();
        for (ArchitectureTable.Column c : t.columns()) {
            double v = c.values()[row];
            String rank = "";
            if (c.ranked() && !Double.isNaN(v)) {
                rank = String.format(Locale.ROOT, "%,d of %,d", (long) t.rankIn(c, row), ArchitectureTable.known(c));
            }
            out.add(new Line(c.kind().name().toLowerCase(Locale.ROOT), name(c), ValueText.of(c.kind(), v), rank,
                    c.id() + ": " + c.label()));
        }
        return out;
    }

    private static String name(ArchitectureTable.Column c) {
        return switch (c.kind()) {
            case ACCURACY -> c.label().equals(c.id()) ? c.id() + " (%)" : c.label() + " (%)";
            case PARAMS -> "parameters (M)";
            default -> c.id();
        };
    }

    private void copy() {
        ArchitectureTable t = model.table();
        if (shown == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(t.arch(t.rowOf(shown)));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Told which tab to open, and the architecture's index, when an Open button is pressed. */
    public void setOnOpen(java.util.function.BiConsumer<Target, Integer> handler) {
        this.onOpen = handler;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public Integer shown() {
        return shown;
    }

    public Label titleLabel() {
        return title;
    }
}
