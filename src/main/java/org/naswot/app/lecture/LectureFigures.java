package org.naswot.app.lecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.naswot.figures.kernel.HeatmapPainter;
import org.naswot.figures.lecture.LecturePainters;
import org.naswot.figures.model.KernelMatrix;
import org.naswot.figures.model.LectureData;
import org.naswot.figures.paint.Painter;
import org.naswot.figures.paint.SplitPainter;
import org.naswot.figures.theme.ChartStyle;

/**
 * The figure of each lecture step, alone or beside the same step of a second cell (the plot's lowest-scoring one,
 * as the Kernel tab pairs them), so a lecturer shows one kernel becoming diagonal-dominant and the other not.
 * The two cells may have different numbers of ReLU layers: the second is shown at the same share of its depth.
 */
final class LectureFigures {
    /** Most unit columns drawn of a layer's codes. */
    static final int MAX_CODE_COLUMNS = 512;
    private final LectureData data;
    private final LectureData comparison;

    /** @param comparison the second cell's lecture, or null */
    LectureFigures(LectureData data, LectureData comparison) {
        this.data = data;
        this.comparison = comparison;
    }

    boolean canCompare() {
        return comparison != null && !comparison.layers().isEmpty() && !data.layers().isEmpty();
    }

    /** The figure of a step; with {@code compare} (and a second cell) both cells at that step. */
    Painter painter(LectureViewModel.Step s, ChartStyle style, boolean compare) {
        boolean both = compare && canCompare();
        return switch (s.kind()) {
            case IMAGES -> LecturePainters.imageGrid(data, style);
            case CODES -> both
                    ? new SplitPainter(codes(data, 0, style, "selected: codes of layer 1"),
                            codes(comparison, 0, style, "lowest-scoring: codes of layer 1"), 0.5)
                    : codes(data, s.layer(), style, "binary codes: rows = images, columns = ReLU units");
            case KERNEL -> both ? kernels(List.of(kernel(data, s.layer(), "selected: "),
                    kernel(comparison, matchingLayer(s.layer()), "lowest-scoring: ")), style)
                    : new SplitPainter(codes(data, s.layer(), style, "codes of layer " + (s.layer() + 1)),
                            kernels(List.of(kernel(data, s.layer(), "")), style), 0.42);
            case SCORE -> both ? kernels(List.of(kernel(data, last(data), "selected: "),
                    kernel(comparison, last(comparison), "lowest-scoring: ")), style)
                    : new SplitPainter(kernels(List.of(kernel(data, last(data), "")), style),
                            LecturePainters.statement("log|det K| = " + LectureViewModel.formatScore(data.logDet()),
                                    "the NASWOT score of " + data.arch(), style), 0.55);
        };
    }

    /** What the right-hand panel shows at a step, appended to the caption while comparing; empty otherwise. */
    String comparisonCaption(LectureViewModel.Step s) {
        if (!canCompare() || s.kind() == LectureViewModel.Kind.IMAGES) {
            return "";
        }
        String at = switch (s.kind()) {
            case CODES -> "its ReLU layer 1";
            case KERNEL -> String.format(Locale.ROOT, "its ReLU layer %d of %d (the same share of its depth)",
                    matchingLayer(s.layer()) + 1, comparison.layers().size());
            default -> "its last layer";
        };
        return String.format(Locale.ROOT, " Right: the plot's lowest-scoring cell, %s, on the same batch; its score "
                + "is %s against %s.", at, LectureViewModel.formatScore(comparison.logDet()),
                LectureViewModel.formatScore(data.logDet()));
    }

    /** The second cell's layer at the same share of its depth as layer {@code l} of the first. */
    int matchingLayer(int l) {
        int mine = data.layers().size();
        int theirs = comparison.layers().size();
        int m = (int) Math.round((l + 1) * (double) theirs / mine) - 1;
        return Math.max(0, Math.min(theirs - 1, m));
    }

    private static int last(LectureData d) {
        return d.layers().size() - 1;
    }

    private static Painter codes(LectureData d, int layer, ChartStyle style, String heading) {
        return LecturePainters.codes(d.layers().get(layer), style, MAX_CODE_COLUMNS, heading);
    }

    private static KernelMatrix kernel(LectureData d, int layer, String role) {
        boolean last = layer == last(d);
        String heading = role + (last ? "final K" : "K after layer " + (layer + 1) + " of " + d.layers().size());
        return new KernelMatrix(heading, d.cumulativeKernels().get(layer), d.labels(), d.classNames(),
                last ? d.logDet() : Double.NaN);
    }

    private static Painter kernels(List<KernelMatrix> panels, ChartStyle style) {
        return new HeatmapPainter(new ArrayList<>(panels), style, false, true, null);
    }
}
