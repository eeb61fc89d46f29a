"""Rebuilds the NDS golden files (src/test/reference/golden/nds, and its coverage/ subset) from the NASWOT
repository's own code: nasspace.py NDS.get_network (pycls NetworkCIFAR / NetworkImageNet / AnyNet, the Linear
wrapped by ReturnFeatureLayer) and score_networks.py's hook_logdet (golden_common.hook_logdet).

usage: python3 src/tools/golden_nds.py <nas-without-training checkout at b3a82a6> <public|coverage> <out dir>
       (see src/test/reference/golden/nds/README.md, "Regenerating")

The input batch is the NB201 golden batch (records 0..127 of the built-in CIFAR-10 file), its first `batch` images.
Network i is built right after torch.manual_seed(seed_i); its state_dict is saved before any forward pass.
"""
import copy
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import golden_common as gc  # noqa: E402
from golden_nds_networks import COVERAGE, PUBLIC  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CIFAR = os.path.join(REPO, "src/main/resources/org/naswot/data/builtin/cifar10/data_batch_1_first4000.bin.gz")


def build(space, net_config):
    """The reference's own NDS.get_network on a one-entry data list (its __init__ only loads the json file)."""
    import nasspace
    nds = nasspace.NDS.__new__(nasspace.NDS)
    nds.searchspace = space
    nds.data = [{"net": copy.deepcopy(net_config)}]
    return nds.get_network(0)


def state_entries(net, int_counter):
    out = {}
    for k, v in net.state_dict().items():
        a = v.detach().cpu().numpy()
        if k.endswith("num_batches_tracked") and not int_counter:
            a = a.astype(np.float32)
        out[k] = a
    return out


def main(checkout, which, out):
    gc.import_reference(checkout)
    gc.configure_torch()
    networks = PUBLIC if which == "public" else COVERAGE
    os.makedirs(out, exist_ok=True)
    expected = []
    for i, n in enumerate(networks):
        x, _ = gc.cifar_batch(CIFAR, 0, n.get("batch", 128))
        torch.manual_seed(n["seed"])
        net = build(n["space"], n["net"])
        net.train()
        entries = state_entries(net, int_counter=True)
        gc.write_npz(os.path.join(out, f"nds_{i}.npz"), entries)
        r = gc.hook_logdet(net, x)
        gc.write_npy(os.path.join(out, f"logits_{i}.npy"), r["logits"])
        gc.write_npy(os.path.join(out, f"K_repo_{i}.npy"), r["K_repo"])
        gc.write_npy(os.path.join(out, f"K_relu_{i}.npy"), r["K_relu"])
        fired = {name for name, _, _ in r["fired"]}
        order = [name for name, _ in net.named_modules()]
        entry = {"name": f"nds_{i}", "space": n["space"], "net": n["net"]}
        if which != "public":
            entry["seed"] = n["seed"]
            entry["batch"] = n.get("batch", 128)
            entry["covers"] = n["covers"]
        _, logdet_repo = gc.slogdet(r["K_repo"])
        _, logdet_relu = gc.slogdet(r["K_relu"])
        entry.update({
            "weights": f"nds_{i}.npz",
            "logdet_repo": gc.logdet_json(None, logdet_repo),
            "logdet_relu": gc.logdet_json(None, logdet_relu),
            "diag_repo": int(round(r["K_repo"][0, 0])),
            "diag_relu": int(round(r["K_relu"][0, 0])),
            "hooked_modules": len(r["fired"]),
            "hooked_module_names": [m for m in order if m in fired],
            "params_nc1": gc.trainable(net),
            "state_dict_keys": len(entries),
        })
        if which != "public":
            entry["relu_modules"] = len(r["relus"])
            relu_names = {name for name, _ in r["relus"]}
            entry["unhooked_relus"] = [m for m in order if m in relu_names and m not in fired]
        expected.append(entry)
        print(f"nds_{i} {n['space']}: logdet_repo {logdet_repo} logdet_relu {logdet_relu} "
              f"diag {entry['diag_repo']}/{entry['diag_relu']}", flush=True)
    gc.write_json(os.path.join(out, "expected.json"), expected, indent=1)
    n = len(networks)
    gc.write_sha256sums(out, [f"nds_{i}.npz" for i in range(n)] + [f"K_relu_{i}.npy" for i in range(n)]
                        + [f"K_repo_{i}.npy" for i in range(n)] + [f"logits_{i}.npy" for i in range(n)]
                        + ["expected.json"])


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[2] not in ("public", "coverage"):
        sys.exit(__doc__)
    main(*sys.argv[1:])
