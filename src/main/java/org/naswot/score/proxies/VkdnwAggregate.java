package org.naswot.score.proxies;

import java.util.List;

/**
 * VKDNW_agg as its authors' NB201 analysis computes it (ondratybl/VKDNW, NB201/tss_utils.py and
 * paper_preparation.ipynb, {@code vkdnw_comb_rank}): log of the dense rank of the pairs (ℵ, VKDNW) ordered by ℵ and
 * then by VKDNW (their "VKDNW_single" ranking, pandas {@code rank(method='dense')} of tuples), plus log of the rank
 * (ties averaged) of jacov, AZ-NAS's expressivity and trainability, and FLOPs. Higher is better. Their ℵ is the
 * number of parameter tensors ({@code len(model.named_parameters())}); {@code layers}, the number of trainable
 * layers, orders NB201 cells the same way (each conv layer brings one weight tensor and one BatchNorm pair).
 * Difference: their notebook replaces a missing jacov by the run's smallest jacov; here any missing member gives NaN.
 */
final class VkdnwAggregate implements AggregateMeasure {

    @Override
    public String id() {
        return "vkdnw_agg";
    }

    @Override
    public String description() {
        return "log dense rank of (layers, vkdnw) + log rank of jacov, az_expressivity, az_trainability and flops over "
                + "the run (Tybl & Neumann, VKDNW_agg, CVPR 2025)";
    }

    @Override
    public List<String> members() {
        return List.of("layers", "vkdnw", "jacov", "az_expressivity", "az_trainability", "flops");
    }

    @Override
    public double[] combine(List<double[]> memberValues) {
        if (memberValues.size() != members().size()) {
            throw new IllegalArgumentException("vkdnw_agg combines " + members().size() + " members, got "
                    + memberValues.size());
        }
        boolean[] complete = AggregateRanks.complete(memberValues);
        double[] single = AggregateRanks.dense(memberValues.subList(0, 2), complete, 1); // VkdnwSingleAggregate's
        double[] out = new double[single.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.log(single[i]);
        }
        for (double[] member : memberValues.subList(2, memberValues.size())) {
            double[] ranks = AggregateRanks.average(member, complete);
            for (int i = 0; i < out.length; i++) {
                out[i] += Math.log(ranks[i]);
            }
        }
        return out;
    }
}
