"""Reference values of every registered proxy on the NB201 golden networks, for ProxyReferenceTest.

Computes each proxy with PyTorch on the NASWOT reference code's own TinyNetwork (xautodl), the golden weights
(src/test/reference/golden/arch_<i>.npz) and the golden batch (128 images; zen: the first 8), running or following
the authors' released code:
  zico: SLDGroup/ZiCo ZeroShotProxy/compute_zico.py (two half-batches, zero_grad between them), followed here;
  meco: HamsterMimi/MeCo correlation/NAS_Bench_201.py (one image, a hook on every module), followed here;
  synflow, snip, grad_norm, fisher, plain, l2_norm, jacov, epe_nas, zen, nwot: NASLib's own measure files
    (automl/NASLib naslib/predictors/utils/pruners/measures/*.py; those of synflow, snip, grad_norm, fisher, plain
    and l2_norm are mohsaied/zero-cost-nas's, reformatted; zen.py is Zen-NAS's compute_zen_score with the
    network's own input shape) imported and run unchanged, with predictive.py's copynet (bn=False bypasses
    BatchNorm) and find_measures' per-layer float32 sums; "<id>_naslib" is the value after NASLib's ZeroCost
    predictor (NaN/inf -> -1e8, synflow -> log);
  flops: D-X-Y/AutoDL-Projects xautodl/utils/flop_benchmark.py get_model_infos (NAS-Bench-201's count), imported;
  flops_naslib: tensorwatch's torchstat compute_flops per leaf module, as NASLib's model_stats sums it, imported;
  params: NAS-Bench-201's count_parameters_in_MB (every parameter, / 1e6).
The golden networks have one output; a 10-class classifier (torch.manual_seed(0), nn.Linear's default init) is
written to classifier.npz and used in place of theirs.
zen draws its weights and two Gaussian batches at random. Its two batches are drawn here (torch.manual_seed(1),
float32, [2, 8, 3, 32, 32]) and written to zen_x.npy and zen_e.npy, read by both sides; its N(0, 1) weight draw is the one
random part a libtorch seed cannot share with our generator, so both sides keep the golden conv/linear weights
(nn.init.normal_ is a no-op while zen runs here; its BatchNorm and bias resets run as written).

usage: python3 src/tools/proxy_reference.py <nas-without-training> <golden dir> <out dir> <NASLib> <AutoDL-Projects>
       <tensorwatch>   (checkouts; e.g. git archive HEAD | tar -x)
"""
import json
import math
import shutil
import types
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


def load_naslib_measures(naslib):
    """NASLib's measures package, importable without the rest of NASLib: p_utils' two metric helpers (its module
    imports NASLib's models) and predictive.py's copynet are taken from their sources by name."""
    import ast
    import importlib
    import tempfile
    pruners = f"{naslib}/naslib/predictors/utils/pruners"
    root = tempfile.mkdtemp()
    pkg = f"{root}/naslib_pruners"
    shutil.copytree(f"{pruners}/measures", f"{pkg}/measures")
    open(f"{pkg}/__init__.py", "w").close()

    def functions(path, names):
        tree = ast.parse(open(path).read())
        return "\n\n".join(ast.get_source_segment(open(path).read(), n) for n in tree.body
                           if isinstance(n, ast.FunctionDef) and n.name in names)

    header = "import copy\nimport types\nimport torch\nimport torch.nn as nn\n\n"
    open(f"{pkg}/p_utils.py", "w").write(header + functions(f"{pruners}/p_utils.py",
                                                            {"get_layer_metric_array", "reshape_elements"}))
    open(f"{pkg}/predictive.py", "w").write(header + functions(f"{pruners}/predictive.py", {"no_op", "copynet"}))
    sys.path.insert(0, root)
    measures = importlib.import_module("naslib_pruners.measures")
    predictive = importlib.import_module("naslib_pruners.predictive")
    return measures, predictive


class Logits(nn.Module):
    """This TinyNetwork returns (logits, pooled features); NASLib's measures expect the logits alone, and zen the
    features entering global average pooling."""

    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, x):
        return self.net(x)[0]

    def forward_before_global_avg_pool(self, x):
        seen = []
        handle = self.net.global_pooling.register_forward_hook(lambda m, i, o: seen.append(i[0]))
        self.net(x)
        handle.remove()
        return seen[0]


def naslib_value(measures, name, net, x, y):
    """find_measures' value: the measure's per-layer arrays summed as its sum_arr does (a float32 running sum)."""
    v = measures.calc_measure(name, net, torch.device("cpu"), x, y, loss_fn=nn.functional.cross_entropy,
                              split_data=1)
    if name in ("jacov", "epe_nas", "nwot", "zen"):
        return float(v)
    total = 0.0
    for a in v:
        total += torch.sum(a)
    return float(total.item() if torch.is_tensor(total) else total)


def zero_cost_predictor(name, score):
    """NASLib's ZeroCost.query after find_measures: undefined -> -1e8, synflow -> log."""
    if math.isnan(score) or math.isinf(score):
        score = -1e8
    if name == "synflow":
        if score == 0.0:
            return score
        score = math.log(score) if score > 0 else -math.log(-score)
    return score


def zen(measures, net, noise):
    """NASLib's compute_zen_score with its two torch.randn batches taken from noise and the golden weights kept."""
    zen_module = sys.modules["naslib_pruners.measures.zen"]
    draws = iter([torch.from_numpy(noise[0]), torch.from_numpy(noise[1])])

    class Torch:
        def __getattr__(self, attr):
            return (lambda **kw: next(draws)) if attr == "randn" else getattr(torch, attr)

    normal = nn.init.normal_
    zen_module.torch, nn.init.normal_ = Torch(), (lambda t, *a, **k: t)
    try:
        return naslib_value(measures, "zen", net, torch.zeros(noise.shape[1:]), torch.zeros(noise.shape[1], dtype=torch.long))
    finally:
        zen_module.torch, nn.init.normal_ = torch, normal


def flops_nb201(autodl, net):
    sys.path.insert(0, f"{autodl}/xautodl/utils")
    import flop_benchmark
    flops, _ = flop_benchmark.get_model_infos(net, (1, 3, 32, 32))
    return float(flops)


def flops_naslib(tensorwatch, net):
    """tensorwatch's analyzer: compute_flops on every leaf module's flattened inputs/outputs, summed."""
    sys.path.insert(0, f"{tensorwatch}/tensorwatch/model_graph/torchstat")
    import compute_flops
    total = [0]

    def hook(m, i, o):
        total[0] += int(compute_flops.compute_flops(m, list(i), [o]))

    handles = [m.register_forward_hook(hook) for m in net.modules() if len(list(m.children())) == 0]
    with torch.no_grad():
        net(torch.zeros(1, 3, 32, 32))
    for h in handles:
        h.remove()
    return total[0] / 1e6


NASLIB = ("synflow", "snip", "grad_norm", "fisher", "plain", "l2_norm", "jacov", "epe_nas", "nwot")


def main(reference, golden, out, naslib, autodl, tensorwatch):
    sys.path.insert(0, reference)
    from models import get_cell_based_tiny_net
    measures, predictive = load_naslib_measures(naslib)
    expected = json.load(open(f"{golden}/expected.json"))
    x = torch.from_numpy(np.load(f"{golden}/batch.npy"))
    y = torch.from_numpy(np.load(f"{golden}/batch_labels.npy"))
    torch.manual_seed(0)
    classifier = nn.Linear(64, 10)
    np.savez(f"{out}/classifier.npz", **{"classifier.weight": classifier.weight.detach().numpy(),
                                                "classifier.bias": classifier.bias.detach().numpy()})
    torch.manual_seed(1)
    noise = torch.randn(2, 8, 3, 32, 32).numpy()
    np.save(f"{out}/zen_x.npy", noise[0])
    np.save(f"{out}/zen_e.npy", noise[1])
    rows = []
    for i, e in enumerate(expected):
        state = dict(np.load(f"{golden}/{e['weights']}"))
        state["classifier.weight"] = classifier.weight.detach().numpy()
        state["classifier.bias"] = classifier.bias.detach().numpy()

        def network():
            net = get_cell_based_tiny_net({"name": "infer.tiny", "C": 16, "N": 5, "arch_str": e["arch"],
                                           "num_classes": 10})
            net.load_state_dict({k: torch.from_numpy(v) for k, v in state.items()})
            net.train()
            return net

        def naslib_network():
            wrapped = Logits(network()).train()
            wrapped.get_prunable_copy = types.MethodType(predictive.copynet, wrapped)
            return wrapped

        row = {"index": e["index"], "arch": e["arch"], "weights": e["weights"]}
        row["zico"] = zico(network(), x, y)
        row["meco"] = meco(network(), x)
        for name in NASLIB:
            value = naslib_value(measures, name, naslib_network(), x.clone(), y.clone())
            row[name] = value
            row[name + "_naslib"] = zero_cost_predictor(name, value)
        row["zen"] = zen(measures, naslib_network(), noise)
        row["params"] = sum(int(np.prod(p.size())) for p in network().parameters()) / 1e6
        row["flops"] = flops_nb201(autodl, network())
        row["flops_naslib"] = flops_naslib(tensorwatch, network())
        rows.append(row)
        print(row)
    json.dump(rows, open(f"{out}/expected.json", "w"), indent=1, allow_nan=True)


if __name__ == "__main__":
    main(*sys.argv[1:7])
