#!/usr/bin/env python3
"""Writes spaces/nds-*.json, one search-space descriptor per Network Design Spaces file.

The names are those of NDS's data.zip that the NASWOT reference code scores (nasspace.py, get_search_space).
Run from the repository root after changing this script; the JSON files are committed (SpaceCatalogTest checks
that spaces/index.txt lists them).
"""
import json
import pathlib

CELL = ["Amoeba", "DARTS", "DARTS_fix-w-d", "DARTS_lr-wd", "ENAS", "ENAS_fix-w-d", "NASNet", "PNAS", "PNAS_fix-w-d",
        "Amoeba_in", "DARTS_in", "ENAS_in", "NASNet_in", "PNAS_in"]
ANYNET = ["ResNet", "ResNeXt-A", "ResNeXt-B", "Vanilla", "Vanilla_lr-wd", "ResNeXt-A_in", "ResNeXt-B_in",
          "Vanilla_lr-wd_in"]
CELL_OPS = ["none", "avg_pool_2x2", "avg_pool_3x3", "avg_pool_5x5", "max_pool_2x2", "max_pool_3x3", "max_pool_5x5",
            "max_pool_7x7", "skip_connect", "conv_1x1", "conv_3x3", "sep_conv_3x3", "sep_conv_5x5", "sep_conv_7x7",
            "dil_conv_3x3", "dil_conv_5x5", "dil_sep_conv_3x3", "conv_3x1_1x3", "conv_7x1_1x7"]
CIFAR10 = {
    "id": "cifar10",
    "name": "CIFAR-10",
    # the reference builds every NDS network with one output (nc = 1); the score does not depend on it, the
    # parameter count does
    "classes": 1,
    "imageSize": 32,
    "mean": [125.3, 123.0, 113.9],
    "std": [63.0, 62.1, 66.7],
    "layout": "cifar10/*.bin",
    "trainSplit": {"file": "nb201/cifar10-valid-split.json", "key": "train"},
    "source": {"url": "https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz",
               "md5": "c32a1d4ab5d03f1284b67883e8d87530", "bytes": 170052171},
}
DATA_ZIP = "https://dl.fbaipublicfiles.com/nds/data.zip"


def descriptor(name):
    imagenet = name.endswith("_in")
    cell = name in CELL
    d = {
        "id": "nds:" + name,
        "aliases": ["nds_" + name.lower()],
        "name": "NDS " + name + (" (trained on ImageNet)" if imagenet else ""),
        "paper": "Radosavovic, Johnson, Xie, Lo & Dollar, On Network Design Spaces for Visual Recognition, ICCV 2019",
        "encoding": "nds-json",
        "ops": CELL_OPS if cell else [],
        "cell": {"format": ('the NDS json "net" object: {"genotype": {"normal": [["op", input], ...], "normal_concat": '
                            '[...], "reduce": [...], "reduce_concat": [...]}, "width": W, "depth": D, "aux": false, '
                            '"drop_prob": 0.0}') if cell else
                           ('the NDS json "net" object: {"block_type": "...", "ds": [...], "ws": [...], "ss": [...], '
                            '"bot_muls": [...] or null, "num_gs": [...] or null}')},
        "skeleton": {"builder": ("nds-network-imagenet" if imagenet else "nds-network-cifar") if cell else
                     ("nds-anynet-res-stem" if "ResN" in name else "nds-anynet-simple-stem"),
                     "inputSize": 32},
        "datasets": [CIFAR10],
        "benchmark": {
            "file": "benchmarks.sqlite",
            "indexColumn": "index",
            "archColumn": "net",
            "defaultAccuracy": "test_accuracy",
            "accuracies": [{
                "column": "test_accuracy",
                "dataset": "imagenet" if imagenet else "cifar10",
                "split": "test",
                "label": ("ImageNet" if imagenet else "CIFAR-10") + " test top-1 accuracy after the last epoch "
                         "(100 - last test_ep_top1 of the NDS record)",
            }],
            "sources": [{"name": name + ".json",
                         "what": "NDS " + name + " records from data.zip (unzip it, then `naswot data import "
                                 + name + ".json`)",
                         "url": DATA_ZIP}],
        },
    }
    if imagenet:
        d["note"] = ("Trained on ImageNet, scored (as in the reference code) on the chosen dataset's images: here "
                     "CIFAR-10 at 32x32, fed through the ImageNet stem" + ("s of NetworkImageNet." if cell else "."))
    if cell:
        d["note"] = d.get("note", "") + (" " if imagenet else "") + (
            "Entries with an auxiliary head (\"aux\": true) cannot be scored as the reference does (its forward "
            "fails on them); score-space skips them and counts them as \"skipped\".")
    return d


def main():
    folder = pathlib.Path("spaces")
    names = []
    for name in CELL + ANYNET:
        file = "nds-" + name.lower() + ".json"
        (folder / file).write_text(json.dumps(descriptor(name), indent=2) + "\n")
        names.append(file)
    print("\n".join(names))


if __name__ == "__main__":
    main()
