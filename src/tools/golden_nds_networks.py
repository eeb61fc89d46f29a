"""The networks of the NDS golden sets (inputs of golden_nds.py): space, the NDS json `net` entry, seed."""

# golden/nds: published genotypes (pycls genotypes.py DARTS_V2, NASNet, AmoebaNet, PNASNet), two random cells of
# the PNAS and Amoeba spaces, four AnyNets; network i built after torch.manual_seed(700 + i)
PUBLIC = [
    {'space': 'DARTS', 'seed': 700,
     'net': {'genotype': {'normal': [['sep_conv_3x3', 0], ['sep_conv_3x3', 1], ['sep_conv_3x3', 0], ['sep_conv_3x3', 1], ['sep_conv_3x3', 1], ['skip_connect', 0], ['skip_connect', 0], ['dil_conv_3x3', 2]], 'normal_concat': [2, 3, 4, 5], 'reduce': [['max_pool_3x3', 0], ['max_pool_3x3', 1], ['skip_connect', 2], ['max_pool_3x3', 1], ['max_pool_3x3', 0], ['skip_connect', 2], ['skip_connect', 2], ['max_pool_3x3', 1]], 'reduce_concat': [2, 3, 4, 5]}, 'width': 16, 'depth': 5, 'aux': False, 'drop_prob': 0.0}},
    {'space': 'NASNet', 'seed': 701,
     'net': {'genotype': {'normal': [['sep_conv_5x5', 1], ['sep_conv_3x3', 0], ['sep_conv_5x5', 0], ['sep_conv_3x3', 0], ['avg_pool_3x3', 1], ['skip_connect', 0], ['avg_pool_3x3', 0], ['avg_pool_3x3', 0], ['sep_conv_3x3', 1], ['skip_connect', 1]], 'normal_concat': [2, 3, 4, 5, 6], 'reduce': [['sep_conv_5x5', 1], ['sep_conv_7x7', 0], ['max_pool_3x3', 1], ['sep_conv_7x7', 0], ['avg_pool_3x3', 1], ['sep_conv_5x5', 0], ['skip_connect', 3], ['avg_pool_3x3', 2], ['sep_conv_3x3', 2], ['max_pool_3x3', 1]], 'reduce_concat': [4, 5, 6]}, 'width': 12, 'depth': 5, 'aux': False, 'drop_prob': 0.0}},
    {'space': 'Amoeba', 'seed': 702,
     'net': {'genotype': {'normal': [['avg_pool_3x3', 0], ['max_pool_3x3', 1], ['sep_conv_3x3', 0], ['sep_conv_5x5', 2], ['sep_conv_3x3', 0], ['avg_pool_3x3', 3], ['sep_conv_3x3', 1], ['skip_connect', 1], ['skip_connect', 0], ['avg_pool_3x3', 1]], 'normal_concat': [4, 5, 6], 'reduce': [['avg_pool_3x3', 0], ['sep_conv_3x3', 1], ['max_pool_3x3', 0], ['sep_conv_7x7', 2], ['sep_conv_7x7', 0], ['avg_pool_3x3', 1], ['max_pool_3x3', 0], ['max_pool_3x3', 1], ['conv_7x1_1x7', 0], ['sep_conv_3x3', 5]], 'reduce_concat': [3, 4, 6]}, 'width': 12, 'depth': 5, 'aux': False, 'drop_prob': 0.0}},
    {'space': 'PNAS', 'seed': 703,
     'net': {'genotype': {'normal': [['sep_conv_5x5', 0], ['max_pool_3x3', 0], ['sep_conv_7x7', 1], ['max_pool_3x3', 1], ['sep_conv_5x5', 1], ['sep_conv_3x3', 1], ['sep_conv_3x3', 4], ['max_pool_3x3', 1], ['sep_conv_3x3', 0], ['skip_connect', 1]], 'normal_concat': [2, 3, 4, 5, 6], 'reduce': [['sep_conv_5x5', 0], ['max_pool_3x3', 0], ['sep_conv_7x7', 1], ['max_pool_3x3', 1], ['sep_conv_5x5', 1], ['sep_conv_3x3', 1], ['sep_conv_3x3', 4], ['max_pool_3x3', 1], ['sep_conv_3x3', 0], ['skip_connect', 1]], 'reduce_concat': [2, 3, 4, 5, 6]}, 'width': 12, 'depth': 4, 'aux': False, 'drop_prob': 0.0}},
    {'space': 'PNAS', 'seed': 704,
     'net': {'genotype': {'normal': [['avg_pool_3x3', 0], ['max_pool_3x3', 0], ['sep_conv_5x5', 2], ['sep_conv_5x5', 1], ['sep_conv_3x3', 1], ['sep_conv_3x3', 0], ['max_pool_3x3', 3], ['sep_conv_5x5', 1], ['sep_conv_5x5', 4], ['max_pool_3x3', 0]], 'normal_concat': [5, 6], 'reduce': [['sep_conv_5x5', 0], ['sep_conv_3x3', 1], ['sep_conv_3x3', 0], ['sep_conv_3x3', 2], ['sep_conv_7x7', 2], ['max_pool_3x3', 1], ['sep_conv_5x5', 4], ['skip_connect', 4], ['sep_conv_7x7', 0], ['conv_7x1_1x7', 2]], 'reduce_concat': [3, 5, 6]}, 'width': 8, 'depth': 6, 'aux': False, 'drop_prob': 0.0}},
    {'space': 'Amoeba', 'seed': 705,
     'net': {'genotype': {'normal': [['sep_conv_3x3', 0], ['sep_conv_7x7', 1], ['dil_sep_conv_3x3', 1], ['conv_7x1_1x7', 2], ['conv_7x1_1x7', 2], ['avg_pool_3x3', 1], ['sep_conv_5x5', 1], ['sep_conv_3x3', 4], ['avg_pool_3x3', 4], ['conv_7x1_1x7', 2]], 'normal_concat': [3, 5, 6], 'reduce': [['conv_7x1_1x7', 1], ['sep_conv_3x3', 0], ['dil_sep_conv_3x3', 0], ['max_pool_3x3', 0], ['conv_7x1_1x7', 3], ['skip_connect', 0], ['max_pool_3x3', 2], ['max_pool_3x3', 4], ['conv_7x1_1x7', 4], ['conv_7x1_1x7', 0]], 'reduce_concat': [5, 6]}, 'width': 8, 'depth': 5, 'aux': False, 'drop_prob': 0.0}},
    {'space': 'ResNet', 'seed': 706,
     'net': {'block_type': 'res_basic_block', 'ds': [1, 2, 1], 'ws': [16, 32, 64], 'ss': [1, 2, 2], 'bot_muls': None, 'num_gs': None}},
    {'space': 'ResNeXt-A', 'seed': 707,
     'net': {'block_type': 'res_bottleneck_block', 'ds': [1, 1, 2], 'ws': [32, 64, 128], 'ss': [1, 2, 2], 'bot_muls': [0.5, 0.5, 0.25], 'num_gs': [2, 4, 8]}},
    {'space': 'ResNeXt-B', 'seed': 708,
     'net': {'block_type': 'res_bottleneck_block', 'ds': [2, 1, 1], 'ws': [24, 48, 96], 'ss': [1, 2, 2], 'bot_muls': [1.0, 0.5, 0.5], 'num_gs': [4, 4, 2]}},
    {'space': 'Vanilla', 'seed': 709,
     'net': {'block_type': 'double_plain_block', 'ds': [2, 1, 1], 'ws': [16, 32, 48], 'ss': [1, 2, 2], 'bot_muls': None, 'num_gs': None}},
]

# Every op of pycls' OPS (operations.py) that keeps the spatial size at stride 1, in a normal cell: 17 ops on 9 nodes
# (the 18th edge repeats skip_connect), reading the cell inputs and earlier nodes.
_ALL_OPS_NORMAL = [
    ["none", 0], ["avg_pool_3x3", 1], ["avg_pool_5x5", 0], ["max_pool_3x3", 2], ["max_pool_5x5", 1],
    ["max_pool_7x7", 3], ["skip_connect", 0], ["conv_1x1", 4], ["conv_3x3", 1], ["sep_conv_3x3", 5],
    ["sep_conv_5x5", 2], ["sep_conv_7x7", 6], ["dil_conv_3x3", 0], ["dil_conv_5x5", 7], ["dil_sep_conv_3x3", 3],
    ["conv_3x1_1x3", 8], ["conv_7x1_1x7", 1], ["skip_connect", 9]]
# Every op of OPS at stride 2 in a reduction cell (inputs 0 and 1 only): the 17 above plus the 2x2 pools, which at
# stride 1 (padding 0) shrink the map by one pixel and so cannot sit in a normal cell; skip_connect is then a
# FactorizedReduce; the 20th edge repeats conv_3x3.
_ALL_OPS_REDUCE = [
    ["none", 0], ["avg_pool_2x2", 1], ["avg_pool_3x3", 0], ["avg_pool_5x5", 1], ["max_pool_2x2", 0],
    ["max_pool_3x3", 1], ["max_pool_5x5", 0], ["max_pool_7x7", 1], ["skip_connect", 0], ["conv_1x1", 1],
    ["conv_3x3", 0], ["sep_conv_3x3", 1], ["sep_conv_5x5", 0], ["sep_conv_7x7", 1], ["dil_conv_3x3", 0],
    ["dil_conv_5x5", 1], ["dil_sep_conv_3x3", 0], ["conv_3x1_1x3", 1], ["conv_7x1_1x7", 0], ["conv_3x3", 1]]


def _cells(normal, normal_concat, reduce, reduce_concat, width, depth):
    return {"genotype": {"normal": normal, "normal_concat": normal_concat, "reduce": reduce,
                         "reduce_concat": reduce_concat}, "width": width, "depth": depth, "aux": False,
            "drop_prob": 0.0}


# golden/nds/coverage: what the public set does not cover, small (32 images, widths 4-8, 3-5 cells);
# network i built after torch.manual_seed(800 + i)
COVERAGE = [
    # partial concat in both cells (loose ends left out: states 2-5 of the normal cell and 3 of the reduction cell
    # lead nowhere), as in the Amoeba entries whose reference count differed
    {"space": "Amoeba", "seed": 800, "batch": 32, "covers": "partial concat, normal and reduction cells",
     "net": _cells([["sep_conv_3x3", 0], ["max_pool_3x3", 1], ["sep_conv_5x5", 1], ["conv_7x1_1x7", 0],
                    ["avg_pool_3x3", 2], ["sep_conv_3x3", 3], ["dil_sep_conv_3x3", 1], ["skip_connect", 0],
                    ["sep_conv_7x7", 0], ["conv_7x1_1x7", 1]], [6],
                   [["sep_conv_3x3", 0], ["max_pool_3x3", 1], ["conv_7x1_1x7", 1], ["sep_conv_5x5", 0],
                    ["avg_pool_3x3", 2], ["skip_connect", 1], ["sep_conv_3x3", 4], ["max_pool_3x3", 2],
                    ["dil_sep_conv_3x3", 0], ["sep_conv_7x7", 5]], [5, 6], 4, 5)},
    # partial concat where no kept node reads cell input 0 (normal) or 1 (reduction): those preprocessing
    # ReLUConvBNs lead nowhere, and with them a cell output that nothing else reads
    {"space": "DARTS", "seed": 801, "batch": 32, "covers": "partial concat, unread cell inputs",
     "net": _cells([["sep_conv_3x3", 1], ["skip_connect", 1], ["dil_conv_3x3", 0], ["sep_conv_5x5", 2],
                    ["max_pool_3x3", 2], ["sep_conv_3x3", 1], ["conv_3x3", 4], ["avg_pool_3x3", 1]], [5],
                   [["max_pool_3x3", 0], ["sep_conv_3x3", 0], ["skip_connect", 1], ["dil_conv_5x5", 2],
                    ["sep_conv_3x3", 2], ["max_pool_3x3", 0], ["avg_pool_3x3", 4], ["skip_connect", 2]], [4, 5],
                   4, 4)},
    # ImageNet skeleton with partial concats: cell 0 (normal) reads no input 1 and cell 1 (reduction) no input 0, so
    # stem1's output leads nowhere, yet its first ReLU, in-place on stem0's output, is on cell 0's input-0 path
    {"space": "DARTS_in", "seed": 802, "batch": 32, "covers": "ImageNet skeleton, partial concat, unread stem1",
     "net": _cells([["sep_conv_3x3", 0], ["dil_conv_3x3", 0], ["conv_3x3", 2], ["max_pool_3x3", 0],
                    ["sep_conv_5x5", 2], ["skip_connect", 0], ["avg_pool_3x3", 3], ["sep_conv_3x3", 2]], [4],
                   [["sep_conv_3x3", 1], ["max_pool_3x3", 1], ["skip_connect", 1], ["dil_conv_3x3", 2],
                    ["sep_conv_5x5", 3], ["avg_pool_3x3", 2], ["max_pool_3x3", 1], ["conv_1x1", 2]], [3, 4],
                   8, 3)},
    # every op in both positions, CIFAR and ImageNet skeletons
    {"space": "NASNet", "seed": 803, "batch": 32, "covers": "every op, normal (stride 1) and reduction (stride 2)",
     "net": _cells(_ALL_OPS_NORMAL, [2, 3, 4, 5, 6, 7, 8, 9, 10], _ALL_OPS_REDUCE, list(range(2, 12)), 4, 3)},
    {"space": "PNAS_in", "seed": 804, "batch": 32, "covers": "every op, ImageNet skeleton",
     "net": _cells(_ALL_OPS_NORMAL, [10], _ALL_OPS_REDUCE, list(range(2, 12)), 4, 3)},
    # published genotypes on the ImageNet skeleton (_in spaces), as pycls genotypes.py gives them
    {"space": "Amoeba_in", "seed": 805, "batch": 32, "covers": "ImageNet skeleton, AmoebaNet genotype",
     "net": _cells([["avg_pool_3x3", 0], ["max_pool_3x3", 1], ["sep_conv_3x3", 0], ["sep_conv_5x5", 2],
                    ["sep_conv_3x3", 0], ["avg_pool_3x3", 3], ["sep_conv_3x3", 1], ["skip_connect", 1],
                    ["skip_connect", 0], ["avg_pool_3x3", 1]], [4, 5, 6],
                   [["avg_pool_3x3", 0], ["sep_conv_3x3", 1], ["max_pool_3x3", 0], ["sep_conv_7x7", 2],
                    ["sep_conv_7x7", 0], ["avg_pool_3x3", 1], ["max_pool_3x3", 0], ["max_pool_3x3", 1],
                    ["conv_7x1_1x7", 0], ["sep_conv_3x3", 5]], [3, 4, 6], 4, 4)},
    # AnyNets: ResNeXt with groups > 1 and bottlenecks (NDS num_gs read as group width: groups = w_b // gw),
    # including depthwise (gw 1) and a bottleneck wider than the block (bm 2); the _in spaces build the same nets
    {"space": "ResNeXt-A", "seed": 806, "batch": 32, "covers": "ResNeXt, groups > 1, bottleneck 0.25-2",
     "net": {"block_type": "res_bottleneck_block", "ds": [1, 2, 1], "ws": [16, 32, 64], "ss": [1, 2, 2],
             "bot_muls": [0.25, 2.0, 0.5], "num_gs": [1, 8, 4]}},
    {"space": "ResNeXt-B_in", "seed": 807, "batch": 32, "covers": "ResNeXt _in, groups > 1",
     "net": {"block_type": "res_bottleneck_block", "ds": [2, 1, 1], "ws": [24, 48, 96], "ss": [1, 2, 2],
             "bot_muls": [0.5, 1.0, 0.25], "num_gs": [2, 3, 4]}},
    {"space": "ResNet_in", "seed": 808, "batch": 32, "covers": "ResNet _in (res_stem_in), basic blocks",
     "net": {"block_type": "res_basic_block", "ds": [2, 1, 1], "ws": [8, 16, 32], "ss": [1, 2, 2],
             "bot_muls": None, "num_gs": None}},
    {"space": "Vanilla_lr-wd_in", "seed": 809, "batch": 32, "covers": "Vanilla _in (simple_stem_in)",
     "net": {"block_type": "double_plain_block", "ds": [1, 2, 1], "ws": [8, 16, 24], "ss": [1, 2, 2],
             "bot_muls": None, "num_gs": None}},
]
