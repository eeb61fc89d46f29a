package org.naswot.space.nds;

import java.util.List;

/** The operation names of pycls' {@code operations.py}, which NDS cell genotypes and NAS-Bench-301 use. */
public final class CellOps {
    public static final List<String> ALL = List.of(
            "none",
            "avg_pool_2x2", "avg_pool_3x3", "avg_pool_5x5",
            "max_pool_2x2", "max_pool_3x3", "max_pool_5x5", "max_pool_7x7",
            "skip_connect",
            "conv_1x1", "conv_3x3",
            "sep_conv_3x3", "sep_conv_5x5", "sep_conv_7x7",
            "dil_conv_3x3", "dil_conv_5x5", "dil_sep_conv_3x3",
            "conv_3x1_1x3", "conv_7x1_1x7");

    private CellOps() {
    }

    public static boolean known(String op) {
        return ALL.contains(op);
    }
}
