package org.naswot.app.lecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.naswot.figures.model.LectureData;

/**
 * The lecture's steps for one architecture and the current position: (1) the batch, (2) one layer's
 * binary codes, (3) the Hamming kernel after each layer, (4) the log-determinant. Testable without a window.
 */
public final class LectureViewModel {

    /** What a step shows. {@code layer} is the layer index for CODES and KERNEL, else -1. */
    public enum Kind { IMAGES, CODES, KERNEL, SCORE }

    public record Step(Kind kind, int layer, String title, String caption) {
    }

    private final LectureData data;
    private final List<Step> steps;
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", 0);
    private final ReadOnlyObjectWrapper<Step> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final BooleanProperty largeFonts = new SimpleBooleanProperty(this, "largeFonts", false);

    public LectureViewModel(LectureData data) {
        this.data = data;
        this.steps = List.copyOf(buildSteps(data));
        index.addListener((o, a, b) -> {
            int clamped = Math.max(0, Math.min(steps.size() - 1, b.intValue()));
            if (clamped != b.intValue()) {
                index.set(clamped);
                return;
            }
            current.set(steps.get(clamped));
        });
        current.set(steps.get(0));
    }

    static List<Step> buildSteps(LectureData d) {
        List<Step> s = new ArrayList<>();
        int layers = d.layers().size();
        // a noise batch has no labels: say so rather than point at 128 "?"
        boolean labelled = java.util.Arrays.stream(d.labels()).anyMatch(l -> l >= 0);
        s.add(new Step(Kind.IMAGES, -1, "1 \u00b7 The mini-batch", String.format(Locale.ROOT,
                "The untrained network sees these %d %s once, with its random initial weights. Nothing is trained%s",
                d.batch(), labelled ? "images" : "Gaussian-noise inputs",
                labelled ? ", and the labels do not enter the score (they are shown for reference)."
                        : "; noise has no labels, and the score needs none.")));
        if (layers > 0) {
            LectureData.LayerCodes first = d.layers().get(0);
            s.add(new Step(Kind.CODES, 0, "2 \u00b7 Binary codes of one ReLU layer", String.format(Locale.ROOT,
                    "Layer %s: one row per image, one column per ReLU unit; white where the unit's input is "
                            + "positive (active), black where it is not. Each row is that image's binary code.",
                    first.name())));
        }
        for (int l = 0; l < layers; l++) {
            s.add(new Step(Kind.KERNEL, l, String.format(Locale.ROOT, "3 \u00b7 Hamming kernel after %d of %d layers",
                    l + 1, layers), kernelCaption(d, l)));
        }
        s.add(new Step(Kind.SCORE, -1, "4 \u00b7 The score: log|det K|", String.format(Locale.ROOT,
                "log|det K| = %s. The more the images' codes differ, the smaller K's off-diagonal entries are "
                        + "relative to its diagonal, and the larger the log-determinant. Across a search space, "
                        + "higher scores tend to go with higher accuracy after training (Mellor et al., 2021).",
                formatScore(d.logDet()))));
        return s;
    }

    /**
     * What K holds after layer l, in words a student follows (review P6): the layer reached and the units counted
     * so far, which is K[0][0] (an image agrees with itself on every unit).
     */
    static String kernelCaption(LectureData d, int l) {
        return String.format(Locale.ROOT, "K[i][j] counts the ReLU units on which images i and j have the same code "
                + "(both active or both inactive), summed over the layers so far: after ReLU layer %d of %d, "
                + "%,d units counted so far. Shown as K / K[0][0]: the share of all units counted.",
                l + 1, d.layers().size(), Math.round(d.cumulativeKernels().get(l)[0][0]));
    }

    static String formatScore(double v) {
        if (v == Double.NEGATIVE_INFINITY) {
            return "\u2212\u221e (K is singular: some images have identical codes)";
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    public void next() {
        if (index.get() < steps.size() - 1) {
            index.set(index.get() + 1);
        }
    }

    public void previous() {
        if (index.get() > 0) {
            index.set(index.get() - 1);
        }
    }

    public void first() {
        index.set(0);
    }

    public void last() {
        index.set(steps.size() - 1);
    }

    public BooleanBinding canGoNext() {
        return Bindings.createBooleanBinding(() -> index.get() < steps.size() - 1, index);
    }

    public BooleanBinding canGoPrevious() {
        return Bindings.createBooleanBinding(() -> index.get() > 0, index);
    }

    public LectureData data() {
        return data;
    }

    public List<Step> steps() {
        return steps;
    }

    public int stepCount() {
        return steps.size();
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public ReadOnlyObjectProperty<Step> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Step current() {
        return current.get();
    }

    public String caption() {
        return current.get().caption();
    }

    public BooleanProperty largeFontsProperty() {
        return largeFonts;
    }
}
