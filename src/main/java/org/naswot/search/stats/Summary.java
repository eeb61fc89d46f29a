package org.naswot.search.stats;

import java.util.Collection;
import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * Descriptive summary of a sample.
 *
 * <p>Two standard deviations, because the literature mixes them: {@code std} is the sample standard
 * deviation (divisor n-1, numpy {@code ddof=1}, Python {@code statistics.stdev}) which the NASWOT
 * authors' {@code process_results.py} uses for their tables; {@code populationStd} divides by n (numpy's
 * default {@code np.std}, {@code ddof=0}). For a single value {@code std} is NaN (undefined), not 0.
 *
 * <p>Quartiles and median use the R-7 definition (Hyndman and Fan type 7; numpy's default linear
 * interpolation): the p-quantile sits at 0-based position (n-1)p of the sorted values, interpolating
 * linearly between neighbours. E.g. for 1,2,3,4: q1 = 1.75, median = 2.5, q3 = 3.25.
 */
public record Summary(int n, double mean, double std, double populationStd, double min, double q1, double median,
        double q3, double max) {

    public static Summary of(Collection<? extends Number> values) {
        return of(values.stream().mapToDouble(Number::doubleValue).toArray());
    }

    public static Summary of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("summary of an empty sample");
        }
        for (double v : values) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("summary input contains NaN; drop unknown values first");
            }
        }
        DescriptiveStatistics stats = new DescriptiveStatistics(values);
        Percentile r7 = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        r7.setData(values);
        double sampleStd = values.length > 1 ? stats.getStandardDeviation() : Double.NaN;
        return new Summary(values.length, stats.getMean(), sampleStd, Math.sqrt(stats.getPopulationVariance()),
                stats.getMin(), r7.evaluate(25), r7.evaluate(50), r7.evaluate(75), stats.getMax());
    }

    public double interquartileRange() {
        return q3 - q1;
    }
}
