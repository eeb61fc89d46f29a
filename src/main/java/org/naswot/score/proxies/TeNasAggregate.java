package org.naswot.score.proxies;

import java.util.List;

/**
 * TE-NAS's combination as its search code ranks candidates (VITA-Group/TENAS, prune_tenas.py
 * {@code prune_func_rank}): each measure is given dense ranks from 0 (ties share a rank) from the worst candidate
 * (the highest NTK condition number, the fewest linear regions) up, and candidates are ordered by the sum of their two
 * ranks. Here over architectures, with {@code ntk_cond} = -condition number so that both rank ascending; higher is
 * better. Their ranking rounds values to 10 decimals before comparing: not done (measured values never differ there).
 */
final class TeNasAggregate implements AggregateMeasure {

    @Override
    public String id() {
        return "te_nas";
    }

    @Override
    public String description() {
        return "dense rank of ntk_cond + dense rank of linear_regions over the run (Chen et al., TE-NAS, ICLR 2021)";
    }

    @Override
    public List<String> members() {
        return List.of("ntk_cond", "linear_regions");
    }

    @Override
    public double[] combine(List<double[]> memberValues) {
        if (memberValues.size() != 2) {
            throw new IllegalArgumentException("te_nas combines 2 members, got " + memberValues.size());
        }
        boolean[] complete = AggregateRanks.complete(memberValues);
        double[] ntk = AggregateRanks.dense(List.of(memberValues.get(0)), complete, 0);
        double[] regions = AggregateRanks.dense(List.of(memberValues.get(1)), complete, 0);
        double[] out = new double[ntk.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ntk[i] + regions[i];
        }
        return out;
    }
}
