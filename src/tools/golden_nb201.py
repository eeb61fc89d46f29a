"""Rebuilds the NB201 golden files (src/test/reference/golden) from the NASWOT repository's own code:
models.get_cell_based_tiny_net (TinyNetwork, InferCell, cell_operations) with the config nasspace.Nasbench201 gets
from the NB201 API ({'name': 'infer.tiny', 'C': 16, 'N': 5, 'arch_str': ..., 'num_classes': 1}), and
score_networks.py's hook_logdet (golden_common.hook_logdet).

usage: python3 src/tools/golden_nb201.py <nas-without-training checkout at b3a82a6> <out dir>
       (see src/test/reference/golden/README.md, "Regenerating")

bench_archs.txt and bench_reference.txt are timings of one machine, not outputs of this script.
"""
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import golden_common as gc  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CIFAR = os.path.join(REPO, "src/main/resources/org/naswot/data/builtin/cifar10/data_batch_1_first4000.bin.gz")

# (NAS-Bench-201 index, arch string, torch.manual_seed before construction)
ARCHS = [
    (0, "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|", 1),
    (9930, "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|", 2),
    (1651, "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|", 3),
    (6111, "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_1x1~2|", 4),
    (4680, "|skip_connect~0|+|skip_connect~0|none~1|+|nor_conv_3x3~0|none~1|skip_connect~2|", 5),
    (15480, "|nor_conv_1x1~0|+|avg_pool_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_1x1~1|skip_connect~2|", 6),
]


def build(arch, classes):
    from models import get_cell_based_tiny_net
    return get_cell_based_tiny_net({"name": "infer.tiny", "C": 16, "N": 5, "arch_str": arch, "num_classes": classes})


def main(checkout, out):
    gc.import_reference(checkout)
    gc.configure_torch()
    os.makedirs(out, exist_ok=True)
    x, labels = gc.cifar_batch(CIFAR, 0, 128)
    gc.write_npy(os.path.join(out, "batch.npy"), x)
    gc.write_npy(os.path.join(out, "batch_labels.npy"), labels)
    expected, hooked = [], {}
    for i, (index, arch, seed) in enumerate(ARCHS):
        torch.manual_seed(seed)
        net = build(arch, 1)
        net.train()
        entries = {}
        for k, v in net.state_dict().items():
            entries[k] = v.detach().cpu().numpy().astype(np.float32)  # num_batches_tracked too: float32, shape ()
        gc.write_npz(os.path.join(out, f"arch_{i}.npz"), entries)
        r = gc.hook_logdet(net, x)
        gc.write_npy(os.path.join(out, f"logits_{i}.npy"), r["logits"])
        gc.write_npy(os.path.join(out, f"K_repo_{i}.npy"), r["K_repo"])
        gc.write_npy(os.path.join(out, f"K_relu_{i}.npy"), r["K_relu"])
        hooked[f"arch_{i}"] = [{"module": m, "type": t, "units_per_sample": u} for m, t, u in r["fired"]]
        sign_repo, logdet_repo = gc.slogdet(r["K_repo"])
        sign_relu, logdet_relu = gc.slogdet(r["K_relu"])
        relu_conv_bn = sum(1 for _, t, _ in r["fired"] if t == "ReLUConvBN")
        expected.append({
            "index": index, "arch": arch, "seed": seed, "weights": f"arch_{i}.npz",
            "params_10_classes": gc.trainable(build(arch, 10)),
            "params_1_class": gc.trainable(net),
            "diag_repo": int(round(r["K_repo"][0, 0])), "diag_relu": int(round(r["K_relu"][0, 0])),
            "logdet_repo": gc.logdet_json(sign_repo, logdet_repo), "logdet_relu": gc.logdet_json(sign_relu, logdet_relu),
            "sign_repo": sign_repo, "sign_relu": sign_relu,
            "relu_modules": len(r["relus"]), "relu_like_modules": len(r["fired"]),
            "relu_conv_bn_modules": relu_conv_bn,
            "K_repo": f"K_repo_{i}.npy", "K_relu": f"K_relu_{i}.npy", "logits": f"logits_{i}.npy",
            "state_dict_entries": len(entries),
        })
        print(f"arch_{i} (NB201 {index}): logdet_repo {logdet_repo} logdet_relu {logdet_relu}", flush=True)
    gc.write_json(os.path.join(out, "expected.json"), expected, indent=1)
    gc.write_json(os.path.join(out, "hooked_modules.json"), hooked, indent=0)
    n = len(ARCHS)
    gc.write_sha256sums(out, [f"K_relu_{i}.npy" for i in range(n)] + [f"K_repo_{i}.npy" for i in range(n)]
                        + ["batch.npy", "batch_labels.npy"] + [f"logits_{i}.npy" for i in range(n)]
                        + [f"arch_{i}.npz" for i in range(n)] + ["expected.json", "hooked_modules.json"])


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
