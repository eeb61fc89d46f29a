package org.naswot.score.proxies;

import java.util.List;

/**
 * VKDNW_single as its authors rank it (ondratybl/VKDNW, NB201/tss_utils.py and paper_preparation.ipynb, the first
 * term of {@code vkdnw_comb_rank}): the dense rank of the pairs (ℵ, VKDNW), ordered by ℵ and then by VKDNW (pandas
 * {@code rank(method='dense')} of tuples). This is the ranking their Table 1 reports as "VKDNW_single" (0.618 on
 * NB201 CIFAR-10); the bare {@code vkdnw} entropy, without ℵ first, is not what the table measures. Higher is better.
 */
final class VkdnwSingleAggregate implements AggregateMeasure {

    @Override
    public String id() {
        return "vkdnw_single";
    }

    @Override
    public String description() {
        return "dense rank of (layers, vkdnw) over the run: ℵ first, VKDNW breaking its ties (Tybl & Neumann, "
                + "VKDNW_single, CVPR 2025)";
    }

    @Override
    public List<String> members() {
        return List.of("layers", "vkdnw");
    }

    @Override
    public double[] combine(List<double[]> memberValues) {
        if (memberValues.size() != members().size()) {
            throw new IllegalArgumentException("vkdnw_single combines " + members().size() + " members, got "
                    + memberValues.size());
        }
        return AggregateRanks.dense(memberValues, AggregateRanks.complete(memberValues), 1);
    }
}
