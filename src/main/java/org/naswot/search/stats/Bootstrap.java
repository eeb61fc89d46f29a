package org.naswot.search.stats;

import java.util.Arrays;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import org.hipparchus.stat.StatUtils;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * Percentile bootstrap (Efron): resample with replacement B times, recompute the statistic, and take
 * the (1-level)/2 and (1+level)/2 quantiles of the replicates as the interval. The estimate is the
 * statistic of the original sample.
 *
 * <p>The quantiles use Hipparchus' R-7 estimator (linear interpolation, numpy's default) so the
 * interval matches what {@code np.percentile} would give for the same replicates. Replicates that
 * come out NaN (e.g. Kendall tau of a resample whose scores are all tied) are dropped.
 *
 * <p>All randomness comes from the generator passed in, so equal seeds give equal intervals.
 */
public final class Bootstrap {
    private final RandomGenerator rng;
    private final int resamples;

    public Bootstrap(RandomGenerator rng, int resamples) {
        if (resamples < 1) {
            throw new IllegalArgumentException("bootstrap needs at least one resample, got " + resamples);
        }
        this.rng = rng;
        this.resamples = resamples;
    }

    /** Interval for the mean of {@code values}. */
    public ConfidenceInterval mean(double[] values, double level) {
        return of(values, StatUtils::mean, level);
    }

    /** Interval for Kendall's tau-b over paired samples (pairs with a NaN are dropped first). */
    public ConfidenceInterval kendallTau(double[] x, double[] y, double level) {
        CompletePairs pairs = CompletePairs.of(x, y);
        return ofPairs(pairs.x(), pairs.y(), (a, b) -> RankCorrelation.kendallTau(new CompletePairs(a, b)), level);
    }

    /** Interval for Spearman's rho over paired samples (pairs with a NaN are dropped first). */
    public ConfidenceInterval spearmanRho(double[] x, double[] y, double level) {
        CompletePairs pairs = CompletePairs.of(x, y);
        return ofPairs(pairs.x(), pairs.y(), (a, b) -> RankCorrelation.spearmanRho(new CompletePairs(a, b)), level);
    }

    /** Interval for any statistic of one sample. */
    public ConfidenceInterval of(double[] values, ToDoubleFunction<double[]> statistic, double level) {
        requireNonEmpty(values.length);
        double[] replicates = new double[resamples];
        double[] resample = new double[values.length];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < values.length; i++) {
                resample[i] = values[rng.nextInt(values.length)];
            }
            replicates[b] = statistic.applyAsDouble(resample);
        }
        return interval(statistic.applyAsDouble(values), replicates, level);
    }

    /** Interval for a statistic of paired samples; pairs are resampled together. */
    public ConfidenceInterval ofPairs(double[] x, double[] y, ToDoubleBiFunction<double[], double[]> statistic,
            double level) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired arrays differ in length: " + x.length + " vs " + y.length);
        }
        requireNonEmpty(x.length);
        double[] replicates = new double[resamples];
        double[] rx = new double[x.length];
        double[] ry = new double[y.length];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < x.length; i++) {
                int pick = rng.nextInt(x.length);
                rx[i] = x[pick];
                ry[i] = y[pick];
            }
            replicates[b] = statistic.applyAsDouble(rx, ry);
        }
        return interval(statistic.applyAsDouble(x, y), replicates, level);
    }

    private static ConfidenceInterval interval(double estimate, double[] replicates, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must lie strictly between 0 and 1, got " + level);
        }
        double[] defined = Arrays.stream(replicates).filter(v -> !Double.isNaN(v)).toArray();
        if (defined.length == 0) {
            return new ConfidenceInterval(Double.NaN, estimate, Double.NaN, level);
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        double tail = (1 - level) / 2 * 100;
        return new ConfidenceInterval(percentile.evaluate(defined, tail), estimate,
                percentile.evaluate(defined, 100 - tail), level);
    }

    private static void requireNonEmpty(int n) {
        if (n == 0) {
            throw new IllegalArgumentException("bootstrap of an empty sample");
        }
    }
}
