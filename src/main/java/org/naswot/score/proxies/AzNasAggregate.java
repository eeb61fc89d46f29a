package org.naswot.score.proxies;

import java.util.Arrays;
import java.util.List;

/**
 * AZ-NAS's non-linear rank aggregation as its NB201 notebook ({@code tss_general.ipynb}) computes it: the sum over
 * its four parts of {@code log(rankdata(part) / n)}, rankdata ascending with ties at their mean rank (a higher value
 * is better in each part, complexity = FLOPs included), n the number of architectures ranked. The run's
 * architectures are ranked together; one lacking (or NaN in) any part gets NaN and is left out of the others' ranks.
 */
final class AzNasAggregate implements AggregateMeasure {

    @Override
    public String id() {
        return "az_nas";
    }

    @Override
    public String description() {
        return "sum over expressivity, progressivity, trainability and complexity (FLOPs) of log(rank / n), ranked "
                + "across the run's architectures (Lee & Ham, AZ-NAS: Assembling Zero-Cost Proxies for Network "
                + "Architecture Search, CVPR 2024)";
    }

    @Override
    public List<String> members() {
        return List.of("az_expressivity", "az_progressivity", "az_trainability", "az_complexity");
    }

    @Override
    public double[] combine(List<double[]> memberValues) {
        if (memberValues.size() != members().size()) {
            throw new IllegalArgumentException("az_nas combines " + members().size() + " parts, got "
                    + memberValues.size());
        }
        boolean[] complete = Ranks.complete(memberValues);
        int n = complete.length;
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        double[] sum = null;
        for (double[] member : memberValues) {
            double[] ranks = Ranks.average(Ranks.select(member, complete));
            if (sum == null) {
                sum = new double[ranks.length];
            }
            for (int j = 0; j < ranks.length; j++) {
                sum[j] += Math.log(ranks[j] / ranks.length);
            }
        }
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (complete[i]) {
                out[i] = sum[j++];
            }
        }
        return out;
    }
}
