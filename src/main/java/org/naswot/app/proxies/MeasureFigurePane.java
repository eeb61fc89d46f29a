package org.naswot.app.proxies;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.naswot.app.paint.PainterCanvas;
import org.naswot.common.UserFacingException;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.measures.MeasureFigure;
import org.naswot.figures.measures.ParallelCoordinatesPainter;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.run.proxies.RunProxyTable;
import org.naswot.service.RunMeasures;

/**
 * The shown run's scatter matrix or parallel coordinates. Built off the FX thread (Kendall τ of every pair over up to
 * 15,625 architectures takes seconds with many measures), with a spinner and Cancel while it is; a newer request
 * cancels an older one.
 */
final class MeasureFigurePane extends StackPane {
    private final PainterCanvas canvas = new PainterCanvas();
    private final HBox busy;
    private final ReadOnlyObjectWrapper<MeasureFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ObjectProperty<ChartStyle> style;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "naswot-measure-figure");
        t.setDaemon(true);
        return t;
    });
    private Task<MeasureFigure> running;
    /** What the shown figure was built from (the table as the same object), to tell a change of the selection alone. */
    private RunProxyTable shownTable;
    private List<Object> shownChoice;

    MeasureFigurePane(ObjectProperty<ChartStyle> style) {
        this.style = style;
        getStyleClass().add("proxies-measure-figure");
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(28, 28);
        busy = new HBox(8, spinner, new Label("Ranking the measures\u2026"), cancel);
        busy.setAlignment(Pos.CENTER);
        busy.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        busy.getStyleClass().add("proxies-measure-busy");
        busy.setVisible(false);
        getChildren().addAll(canvas, busy);
        style.addListener((o, a, b) -> repaint());
    }

    /**
     * Builds the figure of {@code measures} (after the accuracy) over every architecture of {@code t}, marking
     * {@code selected}; null or no measures clear it.
     */
    void show(MeasureFigure.Kind kind, RunProxyTable t, List<String> measures, String accuracyLabel,
              Set<Integer> selected) {
        if (running != null) {
            running.cancel();
        }
        if (t == null || measures.isEmpty()) {
            running = null;
            busy.setVisible(false);
            figure.set(null);
            caption.set("");
            repaint();
            return;
        }
        Set<Integer> marked = Set.copyOf(selected);
        List<Object> choice = java.util.Arrays.asList(kind, List.copyOf(measures), accuracyLabel);
        if (running == null && figure.get() != null && t == shownTable && choice.equals(shownChoice)) {
            // the selection alone changed: the same table, τ and scatter-matrix dots, only the marks redrawn
            figure.set(figure.get().withSelection(marked));
            caption.set(captionOf(figure.get()));
            repaint();
            return;
        }
        shownTable = null;
        Task<MeasureFigure> task = new Task<>() {
            @Override
            protected MeasureFigure call() {
                return new MeasureFigure(kind, RunMeasures.table(t, measures, accuracyLabel), marked);
            }
        };
        running = task;
        busy.setVisible(true);
        task.setOnSucceeded(e -> {
            if (task == running) {
                running = null;
                shownTable = t;
                shownChoice = choice;
                busy.setVisible(false);
                figure.set(task.getValue());
                caption.set(captionOf(task.getValue()));
                repaint();
            }
        });
        task.setOnCancelled(e -> {
            if (task == running) {
                running = null;
                busy.setVisible(false);
                caption.set("Cancelled: choose the view again to draw it.");
            }
        });
        task.setOnFailed(e -> {
            if (task == running) {
                running = null;
                busy.setVisible(false);
                figure.set(null);
                caption.set("Cannot draw the measures: " + UserFacingException.describe(task.getException()));
                repaint();
            }
        });
        worker.submit(task);
    }

    /** Says what the figure compares: every architecture, the selection only marked (unlike the heatmap's). */
    private static String captionOf(MeasureFigure f) {
        int selected = f.selectedCount();
        return String.format(Locale.ROOT, "%s of run %d's %,d architectures: the accuracy and the %d measures chosen "
                + "under Measures\u2026%s", f.kind() == MeasureFigure.Kind.MATRIX ? "Ranks and Kendall \u03c4"
                : "Values", f.table().run(), f.table().size(), f.table().measures() - 1, selected == 0
                ? "; select architectures (scatter, Architectures) to mark them here."
                : String.format(Locale.ROOT, "; the %,d selected are marked in the accent colour, not compared "
                + "alone.", selected));
    }

    private void repaint() {
        MeasureFigure f = figure.get();
        org.naswot.figures.paint.Painter p = f == null ? null : f.painter(style.get(), FigureLayout.SCREEN);
        if (p instanceof ParallelCoordinatesPainter lines) {
            lines.renderLinesWith(this::drawLinesLater);
        }
        canvas.setPainter(p);
        canvas.repaint();
    }

    /** Draws the parallel coordinates' lines for a new size off the FX thread, then shows them (FX thread). */
    private void drawLinesLater(Runnable draw) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                draw.run();
                return null;
            }
        };
        busy.setVisible(true);
        task.setOnSucceeded(e -> {
            busy.setVisible(running != null && running.isRunning());
            canvas.repaint();
        });
        task.setOnFailed(e -> busy.setVisible(running != null && running.isRunning()));
        worker.submit(task);
    }

    /** The figure shown, or null while none is (nothing loaded, or still being built). */
    ReadOnlyObjectProperty<MeasureFigure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** Whether a figure is being built. */
    boolean isBusy() {
        return busy.isVisible();
    }

    PainterCanvas canvas() {
        return canvas;
    }
}
