"""Per-layer mean and standard deviation of the initial weights of real networks of every space, as PyTorch and the
reference code initialise them, for WeightInitializationTest (src/test/reference/init/init_stats.json).

Each network is built with the NASWOT repository's own code (BayesWatch/nas-without-training @ b3a82a6):
  nb201      models.get_cell_based_tiny_net infer.tiny (C 16, N 5): PyTorch's defaults (Conv2d and Linear:
             kaiming_uniform(a=sqrt 5) = U(+-1/sqrt(fan_in)), fan_in = in/groups * kh * kw; Linear bias likewise;
             BatchNorm weight 1, bias 0, running stats 0/1)
  nats-sss   infer.shape.tiny (DynamicShapeTinyNet), the NATS size-space cell: PyTorch's defaults
  nb101      nas_101_api.model.Network (128-channel stem, 3x3 stacks): its _initialize_weights, conv N(0, 2/(k*k*out)),
             Linear N(0, 0.01^2), biases 0
  nb301      pycls NetworkCIFAR, 32 channels, 8 cells (NB301's network; PyTorch's defaults: depthwise, dilated convs)
  nds:*      nasspace.NDS.get_network: cell networks (PyTorch's defaults, CIFAR and ImageNet skeletons, every op) and
             AnyNets (pycls init_weights: conv N(0, 2/(k*k*out)) whatever the groups, Linear N(0, 0.01^2))
Each network is initialised SEEDS times (torch.manual_seed(s) before construction); per state_dict entry the file
gives its number of values n and the mean and standard deviation of all SEEDS * n values (population std, float64,
7 significant digits); BatchNorm's num_batches_tracked (a counter) is left out.

usage: python3 src/tools/init_reference.py <nas-without-training checkout at b3a82a6> <out.json>
"""
import copy
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import golden_common as gc  # noqa: E402
from golden_nds_networks import _ALL_OPS_NORMAL, _ALL_OPS_REDUCE, _cells  # noqa: E402

SEEDS = 16
NATS_CELL = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|"
DARTS_V2 = {"normal": [["sep_conv_3x3", 0], ["sep_conv_3x3", 1], ["sep_conv_3x3", 0], ["sep_conv_3x3", 1],
                       ["sep_conv_3x3", 1], ["skip_connect", 0], ["skip_connect", 0], ["dil_conv_3x3", 2]],
            "normal_concat": [2, 3, 4, 5],
            "reduce": [["max_pool_3x3", 0], ["max_pool_3x3", 1], ["skip_connect", 2], ["max_pool_3x3", 1],
                       ["max_pool_3x3", 0], ["skip_connect", 2], ["skip_connect", 2], ["max_pool_3x3", 1]],
            "reduce_concat": [2, 3, 4, 5]}
NB301_CELL = {"normal": [["sep_conv_5x5", 0], ["dil_conv_5x5", 1], ["sep_conv_3x3", 1], ["skip_connect", 0],
                         ["dil_conv_3x3", 2], ["avg_pool_3x3", 0], ["sep_conv_5x5", 3], ["max_pool_3x3", 1]],
              "normal_concat": [2, 3, 4, 5],
              "reduce": [["max_pool_3x3", 0], ["dil_conv_5x5", 1], ["sep_conv_3x3", 2], ["sep_conv_5x5", 0],
                         ["skip_connect", 1], ["dil_conv_3x3", 3], ["avg_pool_3x3", 2], ["sep_conv_3x3", 4]],
              "reduce_concat": [2, 3, 4, 5]}

# (space, how Java addresses it, classes): the Java test builds the same network from "arch"
NETWORKS = [
    {"space": "nb201", "classes": 10,
     "arch": "|nor_conv_3x3~0|+|nor_conv_1x1~0|avg_pool_3x3~1|+|skip_connect~0|none~1|nor_conv_3x3~2|"},
    {"space": "nats-sss", "classes": 10, "arch": "8:24:40:56:64"},
    {"space": "nb101", "classes": 10,
     "arch": "0111000000010000001100000001000000100000010000000:"
             "input|conv3x3-bn-relu|conv1x1-bn-relu|maxpool3x3|conv3x3-bn-relu|conv1x1-bn-relu|output"},
    {"space": "nb301", "classes": 1, "arch": {"genotype": NB301_CELL, "width": 32, "depth": 8, "aux": False,
                                               "drop_prob": 0.0}},
    {"space": "nds:DARTS", "classes": 1, "arch": {"genotype": DARTS_V2, "width": 16, "depth": 8, "aux": False,
                                                  "drop_prob": 0.0}},
    {"space": "nds:NASNet", "classes": 1,
     "arch": _cells(_ALL_OPS_NORMAL, list(range(2, 11)), _ALL_OPS_REDUCE, list(range(2, 12)), 16, 5)},
    {"space": "nds:PNAS_in", "classes": 1,
     "arch": _cells(_ALL_OPS_NORMAL, [10], _ALL_OPS_REDUCE, list(range(2, 12)), 16, 4)},
    {"space": "nds:ResNeXt-A", "classes": 1,
     "arch": {"block_type": "res_bottleneck_block", "ds": [1, 2, 2], "ws": [64, 128, 256], "ss": [1, 2, 2],
              "bot_muls": [0.25, 0.5, 1.0], "num_gs": [1, 8, 16]}},
    {"space": "nds:ResNet_in", "classes": 1,
     "arch": {"block_type": "res_basic_block", "ds": [2, 2, 2], "ws": [32, 64, 128], "ss": [1, 2, 2],
              "bot_muls": None, "num_gs": None}},
    {"space": "nds:Vanilla", "classes": 1,
     "arch": {"block_type": "double_plain_block", "ds": [1, 2, 1], "ws": [32, 64, 96], "ss": [1, 2, 2],
              "bot_muls": None, "num_gs": None}},
]


def build(n):
    space, arch, classes = n["space"], n["arch"], n["classes"]
    if space == "nb201":
        from models import get_cell_based_tiny_net
        return get_cell_based_tiny_net({"name": "infer.tiny", "C": 16, "N": 5, "arch_str": arch,
                                        "num_classes": classes})
    if space == "nats-sss":
        from models import get_cell_based_tiny_net
        return get_cell_based_tiny_net({"name": "infer.shape.tiny", "channels": arch, "genotype": NATS_CELL,
                                        "num_classes": classes})
    if space == "nb101":
        from types import SimpleNamespace
        from nas_101_api.model import Network
        from nas_101_api.model_spec import ModelSpec
        bits, ops = arch.split(":")
        ops = ops.split("|")
        v = len(ops)
        matrix = np.array([int(b) for b in bits]).reshape(v, v)
        spec = ModelSpec(matrix=matrix, ops=ops)
        return Network(spec, SimpleNamespace(stem_out_channels=128, num_stacks=3, num_modules_per_stack=3,
                                             num_labels=classes))
    import nasspace
    nds = nasspace.NDS.__new__(nasspace.NDS)
    nds.searchspace = "DARTS" if space == "nb301" else space[len("nds:"):]
    nds.data = [{"net": copy.deepcopy(arch)}]
    return nds.get_network(0)


def main(checkout, out):
    gc.import_reference(checkout)
    gc.configure_torch()
    result = {"generator": "src/tools/init_reference.py", "reference": "BayesWatch/nas-without-training @ "
              + gc.REFERENCE_COMMIT, "torch": torch.__version__, "seeds": SEEDS, "networks": []}
    for n in NETWORKS:
        values = {}
        for s in range(SEEDS):
            torch.manual_seed(s)
            net = build(n)
            for k, v in net.state_dict().items():
                values.setdefault(k, []).append(v.detach().double().reshape(-1).numpy())
        entries = []
        for k, vs in values.items():
            a = np.concatenate(vs)
            if a.size == 0 or k.endswith("num_batches_tracked"):  # a counter, 0; NB101's empty arch_parameters
                continue
            entries.append([k, int(vs[0].size), float(f"{np.mean(a):.7g}"), float(f"{np.std(a):.7g}")])
        result["networks"].append({"space": n["space"], "arch": n["arch"], "classes": n["classes"],
                                   "entries": entries})
        print(f"{n['space']}: {len(entries)} entries", flush=True)
    # one line per network header and per entry, so that a regenerated file diffs line by line
    with open(out, "w") as f:
        head = {k: v for k, v in result.items() if k != "networks"}
        f.write(json.dumps(head)[:-1] + ', "networks": [\n')
        for i, n in enumerate(result["networks"]):
            meta = {k: v for k, v in n.items() if k != "entries"}
            f.write(json.dumps(meta)[:-1] + ', "entries": [\n')
            f.write(",\n".join(json.dumps(e) for e in n["entries"]))
            f.write("\n]}" + ("," if i + 1 < len(result["networks"]) else "") + "\n")
        f.write("]}\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
