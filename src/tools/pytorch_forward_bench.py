"""Plain PyTorch's best form of the NASWOT score on NB201, timed like `naswot bench` (issue 13's yardstick).

Per architecture: build the network (NB201's TinyNetwork, C=16, N=5, one output, written here from the NB201 paper's
definition), default PyTorch initialisation after torch.manual_seed(index), then ONE forward under torch.no_grad() in
train mode (batch-statistics BatchNorm) with forward hooks on every module whose type name contains "ReLU" (the
reference's counting: each nn.ReLU and each ReLUConvBN container), K accumulated on the torch side in float32 from the
hooked inputs' codes (c c^T + (1-c)(1-c)^T, summed in float64), slogdet in float64. This is mode (b) of
src/test/reference/golden/bench_reference.txt. Protocol: 2 warm-up architectures, 2 rounds, per-architecture time =
minimum over rounds, reported = median over architectures (as `naswot bench`).

usage: python3 src/tools/pytorch_forward_bench.py BATCH.npy ARCHS.txt [THREADS]
"""
import json
import statistics
import sys
import time

import numpy as np
import torch
from torch import nn


class ReLUConvBN(nn.Module):
    def __init__(self, c_in, c_out, kernel, stride, padding):
        super().__init__()
        self.op = nn.Sequential(nn.ReLU(inplace=False),
                                nn.Conv2d(c_in, c_out, kernel, stride=stride, padding=padding, bias=False),
                                nn.BatchNorm2d(c_out))

    def forward(self, x):
        return self.op(x)


class Zero(nn.Module):
    def forward(self, x):
        return x.mul(0.)


def operation(name, c):
    if name == "none":
        return Zero()
    if name == "skip_connect":
        return nn.Identity()
    if name == "nor_conv_1x1":
        return ReLUConvBN(c, c, 1, 1, 0)
    if name == "nor_conv_3x3":
        return ReLUConvBN(c, c, 3, 1, 1)
    if name == "avg_pool_3x3":
        return nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False)
    raise ValueError(f"unknown op {name}")


class Cell(nn.Module):
    def __init__(self, arch, c):
        super().__init__()
        # |op~0|+|op~0|op~1|+|op~0|op~1|op~2| : node i sums op(node j) over j < i
        self.edges = [[(int(e.split("~")[1]), e.split("~")[0]) for e in node.strip("|").split("|")]
                      for node in arch.split("+")]
        self.layers = nn.ModuleList(operation(op, c) for node in self.edges for _, op in node)

    def forward(self, x):
        nodes, k = [x], 0
        for node in self.edges:
            total = None
            for source, _ in node:
                y = self.layers[k](nodes[source])
                k += 1
                total = y if total is None else total + y
            nodes.append(total)
        return nodes[-1]


class ResidualBlock(nn.Module):
    def __init__(self, c_in, c_out):
        super().__init__()
        self.conv_a = ReLUConvBN(c_in, c_out, 3, 2, 1)
        self.conv_b = ReLUConvBN(c_out, c_out, 3, 1, 1)
        self.downsample = nn.Sequential(nn.AvgPool2d(2, stride=2, padding=0),
                                        nn.Conv2d(c_in, c_out, 1, 1, 0, bias=False))

    def forward(self, x):
        return self.downsample(x) + self.conv_b(self.conv_a(x))


class TinyNetwork(nn.Module):
    def __init__(self, arch, c=16, n=5):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, c, 3, padding=1, bias=False), nn.BatchNorm2d(c))
        cells = []
        for stage, width in enumerate((c, 2 * c, 4 * c)):
            if stage > 0:
                cells.append(ResidualBlock(width // 2, width))
            cells += [Cell(arch, width) for _ in range(n)]
        self.cells = nn.Sequential(*cells)
        self.lastact = nn.Sequential(nn.BatchNorm2d(4 * c), nn.ReLU(inplace=True))
        self.classifier = nn.Linear(4 * c, 1)

    def forward(self, x):
        x = self.lastact(self.cells(self.stem(x)))
        return self.classifier(x.mean((2, 3)))


def score(arch, index, x):
    torch.manual_seed(index)
    net = TinyNetwork(arch).train()
    k = torch.zeros(x.shape[0], x.shape[0], dtype=torch.float64)

    def hook(module, inputs, output):
        c = (inputs[0].reshape(x.shape[0], -1) > 0).float()
        k.add_((c @ c.t() + (1 - c) @ (1 - c).t()).double())

    for m in net.modules():
        if "ReLU" in type(m).__name__:
            m.register_forward_hook(hook)
    with torch.no_grad():
        net(x)
    return torch.linalg.slogdet(k)[1].item()


def main(batch_file, archs_file, threads=2):
    torch.set_num_threads(int(threads))
    x = torch.from_numpy(np.load(batch_file))
    archs = [line.rstrip("\n").split("\t") for line in open(archs_file) if line.strip() and not line.startswith("#")]
    for index, arch in archs[:2]:
        score(arch, int(index), x)
    best = {}
    for _ in range(2):
        for index, arch in archs:
            t0 = time.perf_counter()
            score(arch, int(index), x)
            best[index] = min(best.get(index, float("inf")), (time.perf_counter() - t0) * 1000)
    print(json.dumps({"median_ms": statistics.median(best.values()), "n": len(best), "threads": int(threads),
                      "torch": torch.__version__, "per_arch_ms": best}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
