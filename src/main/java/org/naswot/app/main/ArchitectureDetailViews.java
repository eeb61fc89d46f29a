package org.naswot.app.main;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.naswot.app.cell.CellDiagram;
import org.naswot.app.kernel.KernelBatch;
import org.naswot.app.kernel.KernelHeatmap;
import org.naswot.app.lecture.LectureView;
import org.naswot.figures.model.ArchitectureFigure;
import org.naswot.figures.model.ScorePoint;
import org.naswot.spaces.ArchitectureDiagrams;

/**
 * The Cell, Kernel and Lecture tabs' views of one selected architecture: its diagram at once where its encoding
 * gives it, its kernel (beside the lowest-scoring plotted cell's) and its lecture from an
 * {@link ArchitectureDetailTask} in the background. A new selection cancels the previous task.
 */
final class ArchitectureDetailViews {
    private static final String CELL_HINT = "Click a point in Score vs accuracy to see its cell here.";
    private static final String KERNEL_HINT = "Click a point in Score vs accuracy to see its kernel K beside the "
            + "lowest-scoring cell's.";
    private static final String LECTURE_HINT = "Click a point in Score vs accuracy to step through how its score is "
            + "computed: the batch, each ReLU's binary codes, the kernel building up, the log-determinant.";
    private final ExplorerViewModel vm;
    private final Supplier<ScorePoint> lowestScore;
    private final Consumer<Boolean> present;
    private final CellDiagram cell = new CellDiagram();
    /** The Cell tab's hint while it is empty: what to do, or why the selected architecture has no diagram yet. */
    private final Label cellHint = new Label(CELL_HINT);
    private final KernelHeatmap heatmap = new KernelHeatmap();
    /** The Kernel and Lecture tabs while they have no view: what to do, or the kernel being computed. */
    private final DetailPlaceholder kernelHint = new DetailPlaceholder(KERNEL_HINT);
    private final DetailPlaceholder lectureHint = new DetailPlaceholder(LECTURE_HINT);
    private final BorderPane lecturePane = new BorderPane(lectureHint);
    private final ExecutorService detailWorker = StatusLine.worker("naswot-detail");
    private final ExecutorService diagramWorker = StatusLine.worker("naswot-diagram");
    private ArchitectureDetailTask detailTask;

    /**
     * @param lowestScore the plot's lowest-scoring point (a bad cell to compare with), or null
     * @param present     told when the lecture asks for presentation mode (true) or leaves it (false)
     */
    /** How the selected point's y reads: its accuracy, or its score's rank when the space has no accuracies. */
    private final java.util.function.Function<ScorePoint, String> yText;

    ArchitectureDetailViews(ExplorerViewModel vm, Supplier<ScorePoint> lowestScore, Consumer<Boolean> present,
                            java.util.function.Function<ScorePoint, String> yText) {
        this.vm = vm;
        this.yText = yText;
        this.lowestScore = lowestScore;
        this.present = present;
    }

    /** The Cell tab's content: the diagram, or a hint while there is none. */
    Node cellView() {
        return withPlaceholder(cell, cell.figureProperty().isNull(), cellHint);
    }

    /** The Kernel tab's content: the heatmap, or a hint while there is none. */
    Node kernelView() {
        kernelHint.visibleProperty().bind(heatmap.kernelProperty().isNull());
        return new StackPane(heatmap, kernelHint);
    }

    /** A view with a line saying what to do while it has nothing to show. */
    private static Node withPlaceholder(Node view, ObservableBooleanValue empty, Label hint) {
        hint.getStyleClass().add("view-subtitle");
        hint.setWrapText(true);
        hint.visibleProperty().bind(empty);
        hint.setMouseTransparent(true);
        return new StackPane(view, hint);
    }

    /** Shows the diagram (where the encoding gives it) and starts the kernel and lecture of a selected point. */
    void show(ScorePoint p) {
        showCell(p);
        showDetail(p);
    }

    private void showCell(ScorePoint p) {
        if (p == null) {
            return;
        }
        Optional<ArchitectureFigure> figure = ArchitectureDiagrams.of(shownSpace(), p.arch());
        cell.figureProperty().set(figure.orElse(null));
        cell.titleProperty().set(String.format("#%d  score %.2f  %s", p.index(), p.score(), yText.apply(p)));
        // an encoding that does not give the figure may still have one from its architecture (the detail task's)
        cellHint.setText(figure.isPresent() ? CELL_HINT : p.index() >= 0 ? "Loading #" + p.index()
                + " for its diagram\u2026" : noDiagram());
        if (figure.isEmpty() && p.index() >= 0) {
            diagramFromSpace(p);
        }
    }

    /**
     * A stored encoding without the diagram (NB301's compact list): the space's own architecture has it. Read on its
     * own worker, at once, not after the kernel (review N17: the NB301 diagram waited ~30 s for a kernel it needs not).
     */
    private void diagramFromSpace(ScorePoint p) {
        String space = shownSpace();
        javafx.concurrent.Task<Optional<ArchitectureFigure>> t = new javafx.concurrent.Task<>() {
            @Override
            protected Optional<ArchitectureFigure> call() {
                return ArchitectureDiagrams.of(org.naswot.run.SpaceContext.open(space, vm.dataChecks.data()).space()
                        .architecture(p.index()));
            }
        };
        t.setOnSucceeded(e -> {
            // still the point asked for, and nothing drawn meanwhile
            if (cell.figureProperty().get() == null && cellHint.getText().startsWith("Loading #" + p.index() + " ")) {
                t.getValue().ifPresentOrElse(f -> {
                    cell.figureProperty().set(f);
                    cellHint.setText(CELL_HINT);
                }, () -> cellHint.setText(noDiagram()));
            }
        });
        diagramWorker.submit(t);
    }

    /** The space of the points shown: the shown run's, else the picker's. */
    private String shownSpace() {
        return vm.runList.shownRun.get() != null ? vm.runList.shownRun.get().settings().space() : vm.space.get();
    }

    private String noDiagram() {
        return "No diagram for architectures of " + shownSpace() + ".";
    }

    /** Empties the three views (another run or space is shown) and cancels the task in progress. */
    void clear() {
        if (detailTask != null) {
            detailTask.cancel(false);
        }
        cell.figureProperty().set(null);
        cell.titleProperty().set("");
        cellHint.setText(CELL_HINT);
        heatmap.kernelProperty().set(null);
        heatmap.comparisonProperty().set(null);
        kernelHint.hint(KERNEL_HINT);
        lectureHint.hint(LECTURE_HINT);
        lecturePane.setCenter(lectureHint);
        heatmap.batchProperty().set(null);
    }

    /** Kernel and lecture views of the selected cell, beside the lowest-scoring cell of the plot (a bad one). */
    private void showDetail(ScorePoint p) {
        if (p == null || p.index() < 0) {
            return;
        }
        if (detailTask != null) {
            detailTask.cancel(false);
        }
        ScorePoint worst = lowestScore.get();
        Integer comparison = worst != null && worst.index() != p.index() ? worst.index() : null;
        ArchitectureDetailTask t = new ArchitectureDetailTask(vm.detailConfig(), vm.data(), p.index(), comparison);
        // the previous point's kernel is not this one's: a spinner until this one's is there
        heatmap.kernelProperty().set(null);
        heatmap.comparisonProperty().set(null);
        String computing = "Computing kernel of #" + p.index() + "\u2026";
        kernelHint.busy(computing);
        lectureHint.busy(computing);
        lecturePane.setCenter(lectureHint);
        boolean noise = vm.detailConfig().input() == org.naswot.data.InputKind.NOISE;
        t.setOnSucceeded(e -> shown(t.getValue(), noise));
        t.setOnFailed(e -> {
            vm.notes.add("Cannot compute the kernel: " + ExplorerViewModel.describe(t.getException()));
            String failed = "Cannot compute the kernel of #" + p.index() + " (see the note below).";
            kernelHint.hint(failed);
            lectureHint.hint(failed);
            if (cell.figureProperty().get() == null) {
                cellHint.setText("No diagram: the architecture could not be loaded (see the note below).");
            }
        });
        detailTask = t;
        detailWorker.submit(t);
    }

    private void shown(ArchitectureDetailTask.Detail d, boolean noise) {
        // a space whose encoding alone does not give the figure (nb301's compact form): from the architecture
        if (cell.figureProperty().get() == null) {
            cell.figureProperty().set(d.figure());
            cellHint.setText(d.figure() != null ? CELL_HINT : noDiagram());
        }
        kernelHint.hint(KERNEL_HINT);
        lectureHint.hint(LECTURE_HINT);
        // the batch first: hovering a cell of the new kernel shows its images
        heatmap.batchProperty().set(new KernelBatch(d.lecture(), noise));
        if (d.comparison() != null) {
            heatmap.showComparison(d.kernel(), d.comparison());
        } else {
            heatmap.show(d.kernel());
        }
        LectureView lecture = new LectureView(d.lecture(), d.comparisonLecture());
        lecture.presentingProperty().addListener((o, a, on) -> present.accept(on));
        lecturePane.setCenter(lecture);
    }

    /** Leaving presentation mode (Esc ends full screen) switches the lecture's own Present button off. */
    void presentationEnded() {
        if (lecturePane.getCenter() instanceof LectureView v) {
            v.presentingProperty().set(false);
        }
    }

    CellDiagram cellDiagram() {
        return cell;
    }

    KernelHeatmap heatmap() {
        return heatmap;
    }

    BorderPane lecturePane() {
        return lecturePane;
    }

    DetailPlaceholder kernelPlaceholder() {
        return kernelHint;
    }

    DetailPlaceholder lecturePlaceholder() {
        return lectureHint;
    }
}
