package org.naswot.search;

/**
 * One search run's best-so-far curve: after each step, the accuracy of the cell the algorithm would choose from what it
 * has seen so far, by its own criterion (the NASWOT score for naswot, the oracle's accuracy for rea, area and random;
 * {@link FirstMaximum}'s rule, so the last point is the run's choice). Seconds spread the run's wall time evenly over
 * its steps: the store keeps a run's total time, not each step's, and the command line, the window and
 * {@code naswot figure} must draw the same curve.
 *
 * @param queries  steps taken (1-based): oracle queries, or cells scored for naswot
 * @param seconds  the run's wall time up to each step, spread evenly
 * @param accuracy the plotted accuracy of the best-so-far cell (NaN where unknown)
 */
public record BestSoFar(double[] queries, double[] seconds, double[] accuracy) {

    /**
     * @param criterion  what the algorithm ranks by, per step in order
     * @param accuracy   the plotted accuracy of each step's cell
     * @param runSeconds the run's wall time
     */
    public static BestSoFar of(double[] criterion, double[] accuracy, double runSeconds) {
        if (criterion.length != accuracy.length || criterion.length == 0) {
            throw new IllegalArgumentException("a curve needs one accuracy per step and at least one step, got "
                    + criterion.length + " and " + accuracy.length);
        }
        int steps = criterion.length;
        double[] q = new double[steps];
        double[] s = new double[steps];
        double[] a = new double[steps];
        int best = -1;
        for (int i = 0; i < steps; i++) {
            // strict '>' keeps the earliest of equal maxima, NaN never wins: FirstMaximum's rule, step by step
            if (!Double.isNaN(criterion[i]) && (best < 0 || criterion[i] > criterion[best])) {
                best = i;
            }
            q[i] = i + 1;
            s[i] = runSeconds * (i + 1) / steps;
            a[i] = accuracy[best < 0 ? 0 : best];
        }
        return new BestSoFar(q, s, a);
    }

    /** The last point's accuracy: the run's chosen cell's. */
    public double finalAccuracy() {
        return accuracy[accuracy.length - 1];
    }
}
