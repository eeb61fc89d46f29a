"""Reference values of zico and meco on the NB201 golden networks, for ProxyReferenceTest.

Computes both proxies with PyTorch on the NASWOT reference code's own TinyNetwork (xautodl), the golden weights
(src/test/reference/golden/arch_<i>.npz) and the golden batch, following the authors' code:
  zico: SLDGroup/ZiCo ZeroShotProxy/compute_zico.py (two half-batches, zero_grad between them),
  meco: HamsterMimi/MeCo correlation/NAS_Bench_201.py (one image, a hook on every module).
The golden networks have one output; a 10-class classifier (torch.manual_seed(0), nn.Linear's default init) is
written to proxy_classifier.npz and used in place of theirs.

usage: python3 src/tools/proxy_reference.py <nas-without-training checkout> <golden dir> <out dir>
"""
import json
import sys

import numpy as np
import torch
from torch import nn


def zico(net, x, y):
    grads = []
    for half in (slice(0, len(x) // 2), slice(len(x) // 2, len(x))):
        net.zero_grad()
        logits, _ = net(x[half])  # TinyNetwork returns (logits, pooled features)
        nn.functional.cross_entropy(logits, y[half]).backward()
        # a layer off the loss's path has no gradient: skipped, as MeCo's copy of the code does
        grads.append([m.weight.grad.detach().reshape(-1).numpy().copy()
                      for m in net.modules() if isinstance(m, (nn.Conv2d, nn.Linear)) and m.weight.grad is not None])
    score = 0.0
    for layer in zip(*grads):
        g = np.array(layer)
        std = np.std(g, axis=0)
        nz = np.nonzero(std)[0]
        total = np.sum(np.mean(np.abs(g), axis=0)[nz] / std[nz])
        if total != 0:
            score += np.log(total)
    return float(score)


def meco(net, x):
    values = []

    def hook(module, inputs, output):
        if not torch.is_tensor(output) or output.dim() != 4:
            return
        fea = output[0].detach()
        fea = fea.reshape(fea.shape[0], -1)
        corr = torch.corrcoef(fea)
        corr[torch.isnan(corr)] = 0
        corr[torch.isinf(corr)] = 0
        values.append(torch.min(torch.real(torch.linalg.eig(corr)[0])).item())

    handles = [m.register_forward_hook(hook) for m in net.modules()]
    with torch.no_grad():
        net(x[0:1])
    for h in handles:
        h.remove()
    return float(sum(v for v in values if np.isfinite(v)))


def main(reference, golden, out):
    sys.path.insert(0, reference)
    from models import get_cell_based_tiny_net
    expected = json.load(open(f"{golden}/expected.json"))
    x = torch.from_numpy(np.load(f"{golden}/batch.npy"))
    y = torch.from_numpy(np.load(f"{golden}/batch_labels.npy"))
    torch.manual_seed(0)
    classifier = nn.Linear(64, 10)
    np.savez(f"{out}/classifier.npz", **{"classifier.weight": classifier.weight.detach().numpy(),
                                                "classifier.bias": classifier.bias.detach().numpy()})
    rows = []
    for i, e in enumerate(expected):
        state = dict(np.load(f"{golden}/{e['weights']}"))
        state["classifier.weight"] = classifier.weight.detach().numpy()
        state["classifier.bias"] = classifier.bias.detach().numpy()
        row = {"index": e["index"], "arch": e["arch"], "weights": e["weights"]}
        for proxy in ("zico", "meco"):
            net = get_cell_based_tiny_net({"name": "infer.tiny", "C": 16, "N": 5, "arch_str": e["arch"],
                                           "num_classes": 10})
            net.load_state_dict({k: torch.from_numpy(v) for k, v in state.items()})
            net.train()
            row[proxy] = zico(net, x, y) if proxy == "zico" else meco(net, x)
        rows.append(row)
        print(row)
    json.dump(rows, open(f"{out}/expected.json", "w"), indent=1)


if __name__ == "__main__":
    main(*sys.argv[1:4])
