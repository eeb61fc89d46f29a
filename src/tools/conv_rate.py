"""The rate one large convolution reaches in plain PyTorch on this CPU: a practical ceiling for `naswot bench
--profile`'s GFLOP/s (its peak estimate uses /proc/cpuinfo's clock, often a VM's nominal one).

usage: python3 src/tools/conv_rate.py [THREADS]   (run it with the launcher's allocator settings, see README
*Performance*: without them fresh 4 KB page faults dominate and the rates drop several-fold)
"""
import sys
import time

import torch

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
torch.set_num_threads(threads)
for layout in (torch.contiguous_format, torch.channels_last):
    for c in (16, 64, 128):
        x = torch.randn(128, c, 32, 32).contiguous(memory_format=layout)
        w = torch.randn(c, c, 3, 3)
        with torch.no_grad():
            for _ in range(3):
                torch.nn.functional.conv2d(x, w, padding=1)
            n = 10
            start = time.perf_counter()
            for _ in range(n):
                torch.nn.functional.conv2d(x, w, padding=1)
            seconds = (time.perf_counter() - start) / n
        flop = 2 * 128 * c * 32 * 32 * c * 9
        name = "NCHW" if layout is torch.contiguous_format else "channels-last"
        print(f"{name:13s} {c:3d}-channel 3x3 convolution, batch 128, 32x32, {threads} threads: "
              f"{seconds * 1e3:6.1f} ms, {flop / seconds / 1e9:4.0f} GFLOP/s")
