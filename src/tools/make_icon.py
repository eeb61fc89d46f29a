"""Draws assets/icon.png, the app's icon: a Hamming kernel K as NASWOT computes it, on 12 binary codes of 24 units.

Codes are drawn with a fixed seed from three groups (images of one class activate similar units), so K shows the
block structure the kernel heatmap shows in the app; the colour runs from the theme's surface to its accent (#0072b2).
Pure numpy + zlib: no imaging library needed.   usage: python3 src/tools/make_icon.py assets/icon.png
"""
import struct
import sys
import zlib

import numpy as np

SIZE, MARGIN, RADIUS = 256, 16, 40
LOW, HIGH, FRAME = np.array([246, 248, 250]), np.array([0, 114, 178]), np.array([31, 35, 40])


def kernel():
    rng = np.random.default_rng(2021)
    prototypes = rng.random((3, 24)) < 0.5
    codes = np.array([p ^ (rng.random(24) < 0.12) for p in prototypes for _ in range(4)], dtype=float)
    k = codes @ codes.T + (1 - codes) @ (1 - codes).T
    return (k - k.min()) / (k.max() - k.min())


def rounded_mask(size, radius):
    y, x = np.mgrid[0:size, 0:size] + 0.5
    cx = np.clip(x, radius, size - radius)
    cy = np.clip(y, radius, size - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def main(out):
    k = kernel()
    n = len(k)
    rgba = np.zeros((SIZE, SIZE, 4), dtype=np.uint8)
    mask = rounded_mask(SIZE, RADIUS)
    rgba[mask, :3] = FRAME
    rgba[mask, 3] = 255
    cell = (SIZE - 2 * MARGIN) // n
    start = (SIZE - cell * n) // 2
    for i in range(n):
        for j in range(n):
            colour = LOW + (HIGH - LOW) * k[i, j]
            y0, x0 = start + i * cell, start + j * cell
            rgba[y0 + 1:y0 + cell - 1, x0 + 1:x0 + cell - 1, :3] = colour.astype(np.uint8)
    raw = b"".join(b"\x00" + rgba[y].tobytes() for y in range(SIZE))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    with open(out, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    main(sys.argv[1])
