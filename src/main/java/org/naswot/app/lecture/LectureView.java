package org.naswot.app.lecture;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.export.Exportable;
import org.naswot.figures.model.LectureData;
import org.naswot.figures.paint.Painter;
import org.naswot.app.paint.PainterCanvas;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.app.theme.Theme;
import java.util.BitSet;
import javafx.beans.property.BooleanProperty;

/**
 * Steps through the NASWOT method for one architecture, for teaching: batch, binary codes, the kernel
 * building up layer by layer, the score. Previous/next buttons, a step slider, captions, and a large-fonts
 * toggle for projection (scales CSS fonts and the drawn figures alike).
 */
public class LectureView extends BorderPane implements Exportable {
    /** Most unit columns drawn of a layer's codes. */
    public static final int MAX_CODE_COLUMNS = LectureFigures.MAX_CODE_COLUMNS;
    private final LectureViewModel model;
    private final LectureFigures figures;
    private final LectureControls extras;
    private final PainterCanvas canvas = new PainterCanvas();
    private final Label caption = new Label();
    private final Label title = new Label();
    private final Label chip = new Label();
    private final Button previous = new Button("\u25c0  Previous");
    private final Button next = new Button("Next  \u25b6");
    private final Slider slider = new Slider();
    private final ToggleButton largeFonts = new ToggleButton("Large fonts");
    private final ToggleButton autoplay = new ToggleButton("Autoplay");
    private final Button skip = new Button("Skip to the score");
    private final ToggleButton present = new ToggleButton("Present");
    /** Steps through the lecture while Autoplay is on, at the chosen speed; stops at the score. */
    private final Timeline player = new Timeline();
    /** Held here: the shared speed holds it weakly, so a lecture replaced by another's is not kept alive. */
    private final javafx.beans.InvalidationListener paceListener = o -> pace(AutoplaySpeed.secondsProperty().get());
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle", ChartStyle.LIGHT);

    public LectureView(LectureData data) {
        this(new LectureViewModel(data), null);
    }

    /** @param comparison the lecture of a cell to show beside this one (the plot's lowest-scoring), or null */
    public LectureView(LectureData data, LectureData comparison) {
        this(new LectureViewModel(data), comparison);
    }

    public LectureView(LectureViewModel model, LectureData comparison) {
        this.model = model;
        this.figures = new LectureFigures(model.data(), comparison);
        this.extras = new LectureControls(this, model, figures);
        getStyleClass().add("lecture-view");
        VBox header = header();

        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.setMinHeight(Region.USE_PREF_SIZE);

        FlowPane controls = controls();
        VBox bottom = new VBox(caption, controls, extras.exportStatus());
        VBox.setMargin(extras.exportStatus(), new Insets(0, 10, 6, 10));
        VBox.setMargin(caption, new Insets(8, 10, 8, 10));

        setTop(header);
        setCenter(canvas);
        setBottom(bottom);

        model.currentProperty().addListener((o, a, b) -> refresh());
        model.largeFontsProperty().addListener((o, a, b) -> {
            Theme.setLargeFonts(this, b);
            refresh();
        });
        chartStyle.addListener((o, a, b) -> refresh());
        extras.compareProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /**
     * The step chip and the step's title, and under them the architecture: on a line of its own that wraps, so
     * large fonts at 1024 px never cut it (review P6).
     */
    private VBox header() {
        title.getStyleClass().add("view-title");
        chip.getStyleClass().add("step-chip");
        Label arch = new Label(model.data().arch());
        arch.getStyleClass().add("view-subtitle");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(0);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        arch.setWrapText(true);
        arch.setMaxWidth(Double.MAX_VALUE);
        arch.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox row = new HBox(8, chip, title);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, row, arch);
        header.getStyleClass().add("toolbar-strip");
        return header;
    }

    /** Previous, the step slider, next, autoplay, skip to the score, large fonts and present. */
    private FlowPane controls() {
        slider.setMin(0);
        slider.setMax(model.stepCount() - 1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(1);
        slider.valueProperty().addListener((o, a, b) -> model.indexProperty().set((int) Math.round(b.doubleValue())));
        model.indexProperty().addListener((o, a, b) -> slider.setValue(b.intValue()));
        HBox.setHgrow(slider, Priority.ALWAYS);
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
        previous.disableProperty().bind(model.canGoPrevious().not());
        next.disableProperty().bind(model.canGoNext().not());
        previous.setTooltip(new Tooltip("Previous step (Left arrow)"));
        next.setTooltip(new Tooltip("Next step (Right arrow)"));
        largeFonts.selectedProperty().bindBidirectional(model.largeFontsProperty());
        largeFonts.setTooltip(new Tooltip("Scale all text for projection"));
        player.setCycleCount(Animation.INDEFINITE);
        pace(AutoplaySpeed.secondsProperty().get());
        AutoplaySpeed.secondsProperty().addListener(new javafx.beans.WeakInvalidationListener(paceListener));
        autoplay.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                player.playFromStart();
            } else {
                player.stop();
            }
        });
        autoplay.setTooltip(new Tooltip("Step through all " + model.stepCount() + " steps on its own"));
        skip.setOnAction(e -> model.last());
        skip.setTooltip(new Tooltip("Jump to the final kernel and its log-determinant (End)"));
        present.setTooltip(new Tooltip("Full screen, settings hidden (Esc leaves)"));
        // a second row where the window is narrow or the fonts large, rather than "Previ...", "Nex..." (review N12)
        FlowPane controls = new FlowPane(previous, slider, next, autoplay, extras.speed(), skip, extras.compare(),
                largeFonts, present);
        controls.getChildren().addAll(extras.exportControls());
        for (javafx.scene.Node n : controls.getChildren()) {
            if (n instanceof javafx.scene.control.ButtonBase b) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        controls.getStyleClass().add("bottom-strip");
        return controls;
    }

    private ChartStyle effectiveStyle() {
        return model.largeFontsProperty().get() ? chartStyle.get().withFontScale(Theme.LARGE_FONT_SCALE) : chartStyle.get();
    }

    private void refresh() {
        LectureViewModel.Step s = model.current();
        title.setText(s.title());
        caption.setText(s.caption() + (extras.compareProperty().get() ? figures.comparisonCaption(s) : ""));
        chip.setText(String.format(Locale.ROOT, "%d / %d", model.indexProperty().get() + 1, model.stepCount()));
        canvas.setPainter(painterFor(s, effectiveStyle()));
    }

    /** The figure of a step, in a style: beside the lowest-scoring cell's while comparing. */
    public Painter painterFor(LectureViewModel.Step s, ChartStyle style) {
        return figures.painter(s, style, extras.compareProperty().get());
    }

    /** A new speed applies at once, also to a running autoplay. */
    private void pace(double seconds) {
        boolean running = player.getStatus() == Animation.Status.RUNNING;
        player.stop();
        player.getKeyFrames().setAll(new KeyFrame(Duration.seconds(seconds), e -> advance()));
        if (running) {
            player.play();
        }
    }

    private void advance() {
        if (model.canGoNext().get()) {
            model.next();
        } else {
            autoplay.setSelected(false);
        }
    }

    /** On while the lecture is presented (the window goes full screen and hides its settings). */
    public BooleanProperty presentingProperty() {
        return present.selectedProperty();
    }

    /** On while the lecture steps through on its own. */
    public BooleanProperty autoplayProperty() {
        return autoplay.selectedProperty();
    }

    /** On while the lowest-scoring cell is shown beside the selected one. */
    public BooleanProperty compareProperty() {
        return extras.compareProperty();
    }

    /** The slides export's controls (tests drive its save target). */
    public LectureControls controlsExtras() {
        return extras;
    }

    public LectureViewModel getModel() {
        return model;
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    public String getCaption() {
        return caption.getText();
    }

    public Button nextButton() {
        return next;
    }

    public Button previousButton() {
        return previous;
    }

    public PainterCanvas getCanvas() {
        return canvas;
    }

    @Override
    public String exportName() {
        return "lecture-step-" + (model.indexProperty().get() + 1);
    }

    @Override
    public String exportTitle() {
        return model.current().title() + " \u2014 " + model.data().arch();
    }

    @Override
    public void paintFigure(Graphics2D g, Rectangle2D area, ChartStyle s) {
        painterFor(model.current(), s).paintIn(g, area);
    }

    /** Per layer: name, units, and the cumulative kernel's smallest normalised entry; the score last. */
    @Override
    public CsvTable exportData() {
        CsvTable t = new CsvTable(List.of("layer", "name", "units", "active_fraction", "min_k_normalised", "log_det"));
        LectureData d = model.data();
        for (int l = 0; l < d.layers().size(); l++) {
            LectureData.LayerCodes lc = d.layers().get(l);
            long active = 0;
            for (BitSet b : lc.codes()) {
                active += b.cardinality();
            }
            double[][] k = d.cumulativeKernels().get(l);
            double min = Double.POSITIVE_INFINITY;
            for (double[] row : k) {
                for (double v : row) {
                    min = Math.min(min, v / k[0][0]);
                }
            }
            t.addRow(Integer.toString(l + 1), lc.name(), Integer.toString(lc.units()),
                    CsvTable.number((double) active / ((long) lc.units() * lc.codes().length)), CsvTable.number(min),
                    l == d.layers().size() - 1 ? CsvTable.number(d.logDet()) : "");
        }
        return t;
    }
}
