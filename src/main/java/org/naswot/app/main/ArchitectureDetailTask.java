package org.naswot.app.main;

import java.util.Arrays;
import java.util.List;
import javafx.concurrent.Task;
import org.naswot.figures.model.ArchitectureFigure;
import org.naswot.figures.model.KernelMatrix;
import org.naswot.figures.model.LectureData;
import org.naswot.data.DataDirectory;
import org.naswot.run.ArchitectureSeeds;
import org.naswot.run.BackgroundPriority;
import org.naswot.run.ScoringSession;
import org.naswot.run.SpaceContext;
import org.naswot.score.KernelScore;
import org.naswot.score.Weights;
import org.naswot.space.Architecture;
import org.naswot.space.SpaceDescriptor;
import org.naswot.data.CifarFormat;
import org.naswot.data.InputKind;
import org.naswot.spaces.ArchitectureDiagrams;

/**
 * Recomputes, off the FX thread, what the kernel and lecture views show for one or two architectures: the
 * kernels (the same weights and batch as their stored scores) and, for the first, the layer-by-layer codes.
 */
public final class ArchitectureDetailTask extends Task<ArchitectureDetailTask.Detail> {

    /**
     * @param comparison the second cell's kernel for side-by-side teaching, or null
     * @param figure     the architecture's diagram, or null for a space without one
     * @param comparisonLecture the second cell's layer-by-layer lecture (the Lecture tab's comparison), or null
     */
    public record Detail(KernelMatrix kernel, KernelMatrix comparison, LectureData lecture, ArchitectureFigure figure,
                         LectureData comparisonLecture) {
    }

    private final ScoringSession.Config settings;
    private final DataDirectory data;
    private final int index;
    private final Integer comparisonIndex;

    /**
     * @param settings        the settings the shown scores were computed with (the shown run's, else the pickers')
     * @param index           the benchmark index of the cell (not its string: NB101 strings can name isomorphic
     *                        duplicates with other indices)
     * @param comparisonIndex the second cell's index, or null
     */
    public ArchitectureDetailTask(ScoringSession.Config settings, DataDirectory data, int index,
                                  Integer comparisonIndex) {
        this.settings = settings;
        this.data = data;
        this.index = index;
        this.comparisonIndex = comparisonIndex;
    }

    @Override
    protected Detail call() {
        BackgroundPriority.lowerCurrentThread();
        updateMessage("Computing the kernel of cell " + index + "...");
        SpaceContext ctx = SpaceContext.open(settings.space(), data);
        try (ScoringSession session = ScoringSession.open(settings, ctx, n -> { })) {
            Architecture a = ctx.space().architecture(index);
            LectureRecorder lecture = new LectureRecorder(session.batch().size(), settings.counting());
            KernelScore k = session.scorer().score(a, Weights.seeded(ArchitectureSeeds.of(session.settings(), a)), true, lecture);
            List<String> classes = settings.dataset().equals("cifar10") ? CifarFormat.CIFAR10_CLASS_NAMES
                    : List.of();
            int[] labels = session.batch().labels();
            KernelMatrix main = new KernelMatrix(title(a, "selected"), k.kernel(), labels, classes, k.logDet());
            KernelMatrix other = null;
            Architecture b = null;
            KernelScore kb = null;
            LectureRecorder otherLecture = new LectureRecorder(session.batch().size(), settings.counting());
            if (comparisonIndex != null && !isCancelled()) {
                b = ctx.space().architecture(comparisonIndex);
                // layer by layer too: the lecture shows both kernels building up side by side
                kb = session.scorer().score(b, Weights.seeded(ArchitectureSeeds.of(session.settings(), b)),
                        true, otherLecture);
                other = new KernelMatrix(title(b, "lowest score in the plot"), kb.kernel(), labels, classes, kb.logDet());
            }
            SpaceDescriptor.Dataset d = ctx.descriptor().dataset(settings.dataset());
            double[] mean = d.mean();
            double[] std = d.std();
            if (settings.input() == InputKind.NOISE) {
                mean = new double[] {127.5, 127.5, 127.5};
                std = new double[] {40, 40, 40};
            }
            LectureData lectureData = lecture(shownName(a), session, classes, mean, std, lecture, k.logDet());
            LectureData otherData = kb == null ? null
                    : lecture(shownName(b), session, classes, mean, std, otherLecture, kb.logDet());
            return new Detail(main, other, lectureData, ArchitectureDiagrams.of(a).orElse(null), otherData);
        }
    }

    private static LectureData lecture(String name, ScoringSession session, List<String> classes, double[] mean,
                                       double[] std, LectureRecorder r, double logDet) {
        int[] labels = session.batch().labels();
        return new LectureData(name, session.batch().pixels(), session.batch().size(), session.batch().channels(),
                session.batch().height(), session.batch().width(), Arrays.copyOf(labels, labels.length), classes,
                mean, std, r.layers(), r.kernels(), logDet);
    }

    /** "#8485 · selected  |arch|": which panel is which, not just two indices (review m7). */
    static String title(Architecture a, String role) {
        if (!a.namedByEncoding()) {
            return a.shownName() + " \u00b7 " + role;
        }
        return (a.index() >= 0 ? "#" + a.index() + " \u00b7 " : "") + role + "  " + a.encoding();
    }

    /**
     * How the kernel and lecture views name an architecture: its encoding, except for an NDS or NAS-Bench-301
     * network, whose net json runs to hundreds of characters; that is named by its space and index.
     */
    static String shownName(Architecture a) {
        return a.shownName();
    }
}
