package org.naswot.figures.model;

/**
 * One scored architecture as the explorer plots it.
 *
 * @param index    the benchmark's index of the architecture (or a run-local id)
 * @param arch     the architecture's text form (e.g. an NB201 arch string)
 * @param score    log|det K|; {@code -Infinity} when K is singular, NaN when unknown
 * @param accuracy trained accuracy in percent (NaN when unknown)
 * @param params   trainable parameters
 * @param group    categorical key for colouring (e.g. counting mode or run name); "" when none
 */
public record ScorePoint(int index, String arch, double score, double accuracy, long params, String group) {

    public ScorePoint {
        arch = arch == null ? "" : arch;
        group = group == null ? "" : group;
    }

    public ScorePoint(int index, String arch, double score, double accuracy, long params) {
        this(index, arch, score, accuracy, params, "");
    }

    /** True when the point can be plotted: finite score and accuracy. */
    public boolean plottable() {
        return Double.isFinite(score) && Double.isFinite(accuracy);
    }
}
