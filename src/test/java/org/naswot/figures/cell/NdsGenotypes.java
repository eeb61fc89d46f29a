package org.naswot.figures.cell;

import org.naswot.space.nds.NdsArchitecture;

/** Networks of the NDS golden set (their 'net' objects), for the figure tests. */
public final class NdsGenotypes {
    private NdsGenotypes() {
    }

    public static final String DARTS_V2 = org.naswot.app.ComponentGallery.DARTS_V2;

    /** Five nodes; the reduction cell concatenates only its loose ends 4, 5, 6 (2 and 3 feed later nodes). */
    public static final String NASNET = "{\"genotype\": {\"normal\": [[\"sep_conv_5x5\", 1], [\"sep_conv_3x3\", 0], "
            + "[\"sep_conv_5x5\", 0], [\"sep_conv_3x3\", 0], [\"avg_pool_3x3\", 1], [\"skip_connect\", 0], "
            + "[\"avg_pool_3x3\", 0], [\"avg_pool_3x3\", 0], [\"sep_conv_3x3\", 1], [\"skip_connect\", 1]], "
            + "\"normal_concat\": [2, 3, 4, 5, 6], \"reduce\": [[\"sep_conv_5x5\", 1], [\"sep_conv_7x7\", 0], "
            + "[\"max_pool_3x3\", 1], [\"sep_conv_7x7\", 0], [\"avg_pool_3x3\", 1], [\"sep_conv_5x5\", 0], "
            + "[\"skip_connect\", 3], [\"avg_pool_3x3\", 2], [\"sep_conv_3x3\", 2], [\"max_pool_3x3\", 1]], "
            + "\"reduce_concat\": [4, 5, 6]}, \"width\": 12, \"depth\": 5, \"aux\": false, \"drop_prob\": 0.0}";

    public static final String AMOEBA = org.naswot.app.ComponentGallery.AMOEBA;

    /** Node 2 of both cells applies two ops to state 0. */
    public static final String PNAS = "{\"genotype\": {\"normal\": [[\"sep_conv_5x5\", 0], [\"max_pool_3x3\", 0], "
            + "[\"sep_conv_7x7\", 1], [\"max_pool_3x3\", 1], [\"sep_conv_5x5\", 1], [\"sep_conv_3x3\", 1], "
            + "[\"sep_conv_3x3\", 4], [\"max_pool_3x3\", 1], [\"sep_conv_3x3\", 0], [\"skip_connect\", 1]], "
            + "\"normal_concat\": [2, 3, 4, 5, 6], \"reduce\": [[\"sep_conv_5x5\", 0], [\"max_pool_3x3\", 0], "
            + "[\"sep_conv_7x7\", 1], [\"max_pool_3x3\", 1], [\"sep_conv_5x5\", 1], [\"sep_conv_3x3\", 1], "
            + "[\"sep_conv_3x3\", 4], [\"max_pool_3x3\", 1], [\"sep_conv_3x3\", 0], [\"skip_connect\", 1]], "
            + "\"reduce_concat\": [2, 3, 4, 5, 6]}, \"width\": 12, \"depth\": 4, \"aux\": false, \"drop_prob\": 0.0}";

    public static final String AMOEBA_FACTORISED = "{\"genotype\": {\"normal\": [[\"sep_conv_3x3\", 0], [\"sep_conv_7x7\", 1], "
            + "[\"dil_sep_conv_3x3\", 1], [\"conv_7x1_1x7\", 2], [\"conv_7x1_1x7\", 2], [\"avg_pool_3x3\", 1], "
            + "[\"sep_conv_5x5\", 1], [\"sep_conv_3x3\", 4], [\"avg_pool_3x3\", 4], [\"conv_7x1_1x7\", 2]], "
            + "\"normal_concat\": [3, 5, 6], \"reduce\": [[\"conv_7x1_1x7\", 1], [\"sep_conv_3x3\", 0], "
            + "[\"dil_sep_conv_3x3\", 0], [\"max_pool_3x3\", 0], [\"conv_7x1_1x7\", 3], [\"skip_connect\", 0], "
            + "[\"max_pool_3x3\", 2], [\"max_pool_3x3\", 4], [\"conv_7x1_1x7\", 4], [\"conv_7x1_1x7\", 0]], "
            + "\"reduce_concat\": [5, 6]}, \"width\": 8, \"depth\": 5, \"aux\": false, \"drop_prob\": 0.0}";

    public static final String RESNET = "{\"block_type\": \"res_basic_block\", \"ds\": [1, 2, 1], \"ws\": [16, 32, 64], "
            + "\"ss\": [1, 2, 2], \"bot_muls\": null, \"num_gs\": null}";
    public static final String RESNEXT_A = org.naswot.app.ComponentGallery.RESNEXT_A;
    public static final String VANILLA = "{\"block_type\": \"double_plain_block\", \"ds\": [2, 1, 1], \"ws\": [16, 32, 48], "
            + "\"ss\": [1, 2, 2], \"bot_muls\": null, \"num_gs\": null}";

    public static final String[] CELL_NETWORKS = {DARTS_V2, NASNET, AMOEBA, PNAS, AMOEBA_FACTORISED};

    public static NdsArchitecture parse(String space, String net) {
        return NdsArchitecture.parse(space, net, -1);
    }
}
