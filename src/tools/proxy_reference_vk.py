"""Reference values of vkdnw, swap, reg_swap, ntk_cond and linear_regions on the NB201 golden networks, for
VkSwapTenasReferenceTest.

Follows each author's released code with PyTorch on the NASWOT reference code's own TinyNetwork (xautodl), the
golden weights (src/test/reference/golden/arch_<i>.npz) with the 10-class classifier of
src/test/reference/proxies/classifier.npz, and the first 16 images of the golden batch:
  vkdnw: ondratybl/VKDNW NB201/ZeroShotProxy/compute_vkdnw_score.py (eval mode; torch.func jacrev under vmap, one
         image at a time, w.r.t. the first element of the first 128 parameter tensors; cholesky_covariance; Fisher;
         SVD; deciles; entropy), without its init_model call (the golden weights are the weights under test);
  swap, reg_swap: pym1024/SWAP src/metrics/swap.py (ReLU forward hooks, torch.unique over neurons;
         cal_regular_factor with mu=1532, sigma=1e6: the constants of SwapProxy, the authors give none for CNNs);
  ntk_cond: the NB201 TE-NAS code of AZ-NAS/VKDNW (compute_te_nas_score.py get_ntk_n: train mode, one backward per
         image on the retained graph, 'weight' parameters, einsum Gram matrix, eigh, nan_to_num(nan=100000)), negated;
  linear_regions: the same file's Linear_Region_Collector/LinearRegionCount on Gaussian noise, the noise drawn with
         java.util.Random(0).nextGaussian() (re-implemented below) as LinearRegionsProxy draws it for seed 0.
Each proxy gets a freshly loaded network (BatchNorm running statistics as saved: mean 0, variance 1).

usage: python3 src/tools/proxy_reference_vk.py <nas-without-training checkout> <golden dir> <proxies dir>
"""
import json
import math
import sys

import numpy as np
import torch
from torch import nn
from torch.func import functional_call, jacrev, vmap

IMAGES = 16
MU, SIGMA = 1532.0, 1e6


# ---------------------------------------------------------------- VKDNW
def cholesky_covariance(output):
    alpha = torch.tensor(0.05, dtype=torch.float16)
    prob = torch.nn.functional.softmax(output, dim=1) * (1 - alpha) + alpha / output.shape[1]
    q = torch.ones_like(prob) - torch.cumsum(prob, dim=1)
    q[:, -1] = torch.zeros_like(q[:, -1])
    q_shift = torch.roll(q, shifts=1, dims=1)
    q_shift[:, 0] = torch.ones_like(q_shift[:, 0])
    d = torch.sqrt(prob * q / q_shift)
    L = -torch.matmul(torch.unsqueeze(prob, dim=2), 1 / torch.transpose(torch.unsqueeze(q, dim=2), dim0=1, dim1=2))
    L = torch.nan_to_num(L, neginf=0.)
    eye = torch.eye(L.shape[1], dtype=output.dtype).repeat(L.shape[0], 1, 1)
    L = L * (1 - eye) + eye
    L = L * (1 - torch.triu(torch.ones(L.shape[1], L.shape[2], dtype=output.dtype), diagonal=1).repeat(L.shape[0], 1, 1))
    return torch.matmul(L, torch.diag_embed(d)).detach()


def vkdnw(net, x, p_count=1, params_grad_len=128):
    net.eval()
    indices = [torch.linspace(0, len(v.flatten()) - 1, steps=int(p_count)).long().tolist()
               for _, v in net.named_parameters()]
    params_grad = {k: v.flatten()[idx].detach() for idx, (k, v) in zip(indices, net.named_parameters())}
    buffers = {k: v.detach() for k, v in net.named_buffers()}
    params_grad = dict(list(params_grad.items())[0:params_grad_len])

    def jacobian_sample(sample):
        def prediction(tmp):
            params = {k: v.detach() for k, v in net.named_parameters()}
            for idx, (k, v) in zip(indices, tmp.items()):
                # theirs writes into params[k].flatten() in place, which torch 2.13's functorch refuses on a captured
                # tensor: a copy gives the same function of v
                flat = params[k].flatten().clone()
                flat[idx] = v
                params[k] = flat.reshape(params[k].shape)
            return functional_call(net, (params, buffers), (sample.unsqueeze(0),))[0].squeeze(0)  # nwt: (logits, out)
        return jacrev(prediction)(params_grad)

    jac = vmap(jacobian_sample)(x)
    jac = torch.cat([torch.flatten(v, start_dim=2, end_dim=-1) for v in jac.values()], dim=2).detach()
    jac = torch.matmul(cholesky_covariance(net(x)[0]), jac).detach()
    fisher = torch.mean(torch.matmul(torch.transpose(jac, dim0=1, dim1=2), jac), dim=0).detach()
    lambdas = torch.svd(fisher).S.detach()
    quantiles = torch.quantile(lambdas, torch.arange(0.1, 1., 0.1))
    temp = quantiles / (torch.linalg.norm(quantiles, ord=1, keepdim=False).item() + 1e-10)
    # the deciles and the largest singular value too: float32 SVD turns zero eigenvalues into ~1e-7 x the largest
    return (float(-(temp * torch.log(temp + 1e-10)).sum().item()), list(params_grad.keys()),
            [float(v) for v in quantiles], float(lambdas.max()))


# ---------------------------------------------------------------- ReLU patterns (SWAP, linear regions)
def relu_outputs(net, x):
    features = []

    def hook(module, inputs, output):
        if isinstance(inputs, tuple) and len(inputs[0].size()) == 4:
            features.append(output.detach())

    handles = [m.register_forward_hook(hook) for m in net.modules() if isinstance(m, nn.ReLU)]
    with torch.no_grad():
        net(x)
    for h in handles:
        h.remove()
    return torch.cat([f.view(x.size(0), -1) for f in features], 1)


def swap(net, x, regular):
    net.train()
    activations = torch.sign(relu_outputs(net, x)).T
    count = torch.unique(activations, dim=0).size(0)
    if not regular:
        return float(count)
    params = torch.as_tensor(np.sum([np.prod(v.size()) for _, v in net.named_parameters()]) / 1e3)
    return float(count * torch.exp(-(torch.pow(params - MU, 2) / SIGMA)).item())


def linear_regions(net, noise):
    net.train()
    activations = torch.sign(relu_outputs(net, noise))
    res = torch.matmul(activations.half(), (1 - activations).T.half())
    res += res.clone().T
    res = 1 - torch.sign(res)
    res = res.sum(1)
    res = 1. / res.float()
    return float(res.sum().item())


# ---------------------------------------------------------------- NTK condition number
def ntk_cond(net, x):
    net.train()
    net.zero_grad()
    logit = net(x)[0]
    grads = []
    for i in range(len(x)):
        logit[i:i + 1].backward(torch.ones_like(logit[i:i + 1]), retain_graph=True)
        grads.append(torch.cat([w.grad.view(-1).detach() for name, w in net.named_parameters()
                                if 'weight' in name and w.grad is not None], -1))
        net.zero_grad()
    g = torch.stack(grads, 0)
    ntk = torch.einsum('nc,mc->nm', [g, g])
    eigenvalues, _ = torch.linalg.eigh(ntk)
    return -float(np.nan_to_num((eigenvalues[-1] / eigenvalues[0]).item(), copy=True, nan=100000.0))


# ---------------------------------------------------------------- java.util.Random
class JavaRandom:
    MASK = (1 << 48) - 1

    def __init__(self, seed):
        self.seed = (seed ^ 0x5DEECE66D) & self.MASK
        self.saved = None

    def next(self, bits):
        self.seed = (self.seed * 0x5DEECE66D + 0xB) & self.MASK
        return self.seed >> (48 - bits)

    def next_double(self):
        return ((self.next(26) << 27) + self.next(27)) * 2.0 ** -53

    def next_gaussian(self):
        if self.saved is not None:
            v, self.saved = self.saved, None
            return v
        while True:
            v1 = 2 * self.next_double() - 1
            v2 = 2 * self.next_double() - 1
            s = v1 * v1 + v2 * v2
            if 0 < s < 1:
                break
        multiplier = math.sqrt(-2 * math.log(s) / s)
        self.saved = v2 * multiplier
        return v1 * multiplier


def java_gaussian(seed, shape):
    r = JavaRandom(seed)
    return torch.tensor(np.array([r.next_gaussian() for _ in range(int(np.prod(shape)))], dtype=np.float32)
                        .reshape(shape))


def main(reference, golden, proxies):
    sys.path.insert(0, reference)
    from models import get_cell_based_tiny_net
    expected = json.load(open(f"{golden}/expected.json"))
    x = torch.from_numpy(np.load(f"{golden}/batch.npy"))[:IMAGES]
    noise = java_gaussian(0, tuple(x.shape))
    classifier = dict(np.load(f"{proxies}/classifier.npz"))
    rows = []
    for e in expected:
        state = dict(np.load(f"{golden}/{e['weights']}"))
        state.update(classifier)

        def fresh():
            net = get_cell_based_tiny_net({"name": "infer.tiny", "C": 16, "N": 5, "arch_str": e["arch"],
                                           "num_classes": 10})
            net.load_state_dict({k: torch.from_numpy(v) for k, v in state.items()})
            return net

        row = {"index": e["index"], "arch": e["arch"], "weights": e["weights"]}
        row["vkdnw"], names, row["vkdnw_deciles"], row["vkdnw_largest"] = vkdnw(fresh(), x)
        row["vkdnw_parameters"] = names
        row["swap"] = swap(fresh(), x, False)
        row["reg_swap"] = swap(fresh(), x, True)
        row["ntk_cond"] = ntk_cond(fresh(), x)
        row["linear_regions"] = linear_regions(fresh(), noise)
        rows.append(row)
        print({k: v for k, v in row.items() if k != "vkdnw_parameters"}, flush=True)
        json.dump(rows, open(f"{proxies}/expected_vk.json", "w"), indent=1)


if __name__ == "__main__":
    main(*sys.argv[1:4])
