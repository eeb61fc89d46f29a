"""Reference values of AZ-NAS's four parts and VKDNW's layer count on the NB201 golden networks, for
AzNasReferenceTest.

Follows cvlab-yonsei/AZ-NAS's NB201 code, NB201/ZeroShotProxy/compute_az_nas_score.py (expressivity, progressivity,
trainability on custom/tss_model.py's extract_cell_features: the stem's and every cell's output), and its notebook
tss_general.ipynb (complexity: the NB201 API's FLOPs, i.e. xautodl's get_model_infos, here run on the network
itself); ondratybl/VKDNW's compute_vkdnw_score.py for the layer count (info['vkdnw_dim'] =
len(list(model.named_parameters()))). The network is the NASWOT reference's TinyNetwork (xautodl, same modules as
AZ-NAS's custom copy) with the golden weights, a 10-class classifier (proxy_reference.py's classifier.npz) and the
golden batch, in training mode.

Two deliberate differences from a plain run of the authors' code, so that the Java values can be compared value for
value: init_model is not applied (the golden weights are the network's), the golden batch replaces torch.randn, and
the random +-1 output gradients of trainability come from the SplitMix64 stream AzNasParts.signs defines (seed 1)
instead of torch.bernoulli. Everything else (float32 eigvalsh/svdvals, the +1e-8 and +1e-6, PixelUnshuffle, NaN to
-inf) is the authors'.

usage: python3 src/tools/proxy_reference_az.py <nas-without-training checkout> <golden dir> <proxies dir>
"""
import json
import sys

import numpy as np
import torch
from torch import nn

SIGN_SEED = 1
GAMMA = np.uint64(0x9E3779B97F4A7C15)


def mix64(z):
    z = np.asarray(z, dtype=np.uint64)
    with np.errstate(over="ignore"):
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def signs(shape, seed, stage):
    """AzNasParts.signs: element k is -1 where mix64(state + (k + 1) * gamma) has its top bit set."""
    n = int(np.prod(shape))
    state = mix64(np.uint64(seed) ^ mix64(np.uint64(stage)))
    with np.errstate(over="ignore"):
        z = state + np.arange(1, n + 1, dtype=np.uint64) * GAMMA
    bits = mix64(z) >> np.uint64(63)
    return torch.from_numpy(np.where(bits == 1, -1.0, 1.0).astype(np.float32).reshape(shape))


def extract_cell_features(net, inputs):
    """custom/tss_model.py's TinyNetwork.extract_cell_features."""
    cell_features = []
    feature = net.stem(inputs)
    if feature.requires_grad:
        feature.retain_grad()
    cell_features.append(feature)
    for cell in net.cells:
        feature = cell(feature)
        if feature.requires_grad:
            feature.retain_grad()
        cell_features.append(feature)
    return cell_features


def az_nas(net, input_):
    """compute_az_nas_score.compute_nas_score after init_model and the input draw, with our +-1 gradients."""
    layer_features = extract_cell_features(net, input_)

    expressivity_scores = []
    for i in range(len(layer_features)):
        feat = layer_features[i].detach().clone()
        b, c, h, w = feat.size()
        feat = feat.permute(0, 2, 3, 1).contiguous().view(b * h * w, c)
        m = feat.mean(dim=0, keepdim=True)
        feat = feat - m
        sigma = torch.mm(feat.transpose(1, 0), feat) / (feat.size(0))
        s = torch.linalg.eigvalsh(sigma)
        prob_s = s / s.sum()
        score = (-prob_s) * torch.log(prob_s + 1e-8)
        score = score.sum().item()
        expressivity_scores.append(score)
    expressivity_scores = np.array(expressivity_scores)
    progressivity = np.min(expressivity_scores[1:] - expressivity_scores[:-1])
    expressivity = np.sum(expressivity_scores)

    scores = []
    for i in reversed(range(1, len(layer_features))):
        f_out = layer_features[i]
        f_in = layer_features[i - 1]
        if f_out.grad is not None:
            f_out.grad.zero_()
        if f_in.grad is not None:
            f_in.grad.zero_()
        g_out = signs(tuple(f_out.shape), SIGN_SEED, i)  # in place of (bernoulli(0.5) - 0.5) * 2
        g_in = torch.autograd.grad(outputs=f_out, inputs=f_in, grad_outputs=g_out, retain_graph=True)[0]
        if g_out.size() == g_in.size() and torch.all(g_in == g_out):
            scores.append(-np.inf)
        else:
            if g_out.size(2) != g_in.size(2) or g_out.size(3) != g_in.size(3):
                bo, co, ho, wo = g_out.size()
                bi, ci, hi, wi = g_in.size()
                stride = int(hi / ho)
                g_in = nn.PixelUnshuffle(stride)(g_in)
            bo, co, ho, wo = g_out.size()
            bi, ci, hi, wi = g_in.size()
            g_out = g_out.permute(0, 2, 3, 1).contiguous().view(bo * ho * wo, co)
            g_in = g_in.permute(0, 2, 3, 1).contiguous().view(bi * hi * wi, ci)
            mat = torch.mm(g_in.transpose(1, 0), g_out) / (bo * ho * wo)
            if mat.size(0) < mat.size(1):
                mat = mat.transpose(0, 1)
            s = torch.linalg.svdvals(mat)
            scores.append(-s.max().item() - 1 / (s.max().item() + 1e-6) + 2)
    trainability = np.mean(scores)

    return {"az_expressivity": float(expressivity) if not np.isnan(expressivity) else -np.inf,
            "az_progressivity": float(progressivity) if not np.isnan(progressivity) else -np.inf,
            "az_trainability": float(trainability) if not np.isnan(trainability) else -np.inf}


def nb201_flops(net, add_flops_counting_methods, compute_average_flops_cost):
    """get_model_infos(net, [1, 3, 32, 32])'s FLOPs in millions (its parameter count fails on numpy 2)."""
    model = add_flops_counting_methods(net)
    model.eval()
    with torch.no_grad():
        model(torch.rand(1, 3, 32, 32))
    return float(compute_average_flops_cost(model) / 1e6)


def main(reference, golden, out):
    sys.path.insert(0, reference)
    sys.path.insert(0, f"{reference}/autodl")
    from models import get_cell_based_tiny_net
    from utils.flop_benchmark import add_flops_counting_methods, compute_average_flops_cost
    expected = json.load(open(f"{golden}/expected.json"))
    x = torch.from_numpy(np.load(f"{golden}/batch.npy"))
    classifier = dict(np.load(f"{out}/classifier.npz"))
    rows = []
    for e in expected:
        state = dict(np.load(f"{golden}/{e['weights']}"))
        state.update(classifier)
        net = get_cell_based_tiny_net({"name": "infer.tiny", "C": 16, "N": 5, "arch_str": e["arch"],
                                       "num_classes": 10})
        net.load_state_dict({k: torch.from_numpy(v) for k, v in state.items()})
        net.train()
        row = {"index": e["index"], "arch": e["arch"], "weights": e["weights"], "sign_seed": SIGN_SEED}
        row.update(az_nas(net, x))
        row["az_complexity"] = nb201_flops(net, add_flops_counting_methods, compute_average_flops_cost)
        row["layers"] = len(list(net.named_parameters()))
        rows.append(row)
        print(row)
    with open(f"{out}/expected_az.json", "w") as f:
        json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main(*sys.argv[1:4])
