"""Shared code of the golden generators (golden_nb201.py, golden_nds.py): the reference's hook_logdet procedure,
file writers that give byte-reproducible files, and the import of the NASWOT repository's own model code.

The NASWOT code (BayesWatch/nas-without-training @ b3a82a6) is imported from a checkout given on the command line;
nothing of it is copied here. Its vendored pycls imports `yacs` (only for `CfgNode`, a dict with attribute access)
and `simplejson` (only for logging). Where those packages are not installed, minimal stand-ins with exactly that
behaviour are put on sys.path: they decide no value that reaches a golden file (pycls' defaults in
pycls/core/config.py are plain assignments, read back as attributes). nasspace.py imports the NAS-Bench-101
TensorFlow API (`nasbench.api`) at module level; an empty module stands in for it (NB101 is not built here).
"""
import io
import json
import os
import sys
import tempfile
import zipfile

import numpy as np
import torch

REFERENCE_COMMIT = "b3a82a6"
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

_YACS_STANDIN = '''class CfgNode(dict):
    """Stand-in for yacs.config.CfgNode as pycls/core/config.py uses it at import: attribute access."""
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)

    def __setattr__(self, k, v):
        self[k] = v

    def register_deprecated_key(self, key):
        pass
'''


def import_reference(checkout):
    """Puts the NASWOT checkout (and, if needed, the yacs/simplejson stand-ins) on sys.path; checks the commit."""
    head = os.path.join(checkout, ".git")
    if os.path.isdir(head):
        import subprocess
        rev = subprocess.run(["git", "-C", checkout, "rev-parse", "HEAD"], capture_output=True, text=True).stdout
        if not rev.startswith(REFERENCE_COMMIT):
            sys.exit(f"{checkout} is at {rev.strip()}, expected {REFERENCE_COMMIT} (git checkout {REFERENCE_COMMIT})")
    standins = []
    try:
        import yacs.config  # noqa: F401
    except ImportError:
        standins.append(("yacs/__init__.py", "")); standins.append(("yacs/config.py", _YACS_STANDIN))
    try:
        import simplejson  # noqa: F401
    except ImportError:
        standins.append(("simplejson.py", "from json import *  # noqa: F401,F403\n"))
    # nasspace.py imports the NAS-Bench-101 TensorFlow API at module level; NDS and NB201 networks never use it
    if "nasbench" not in sys.modules:
        import types
        nasbench = types.ModuleType("nasbench")
        nasbench.api = types.ModuleType("nasbench.api")
        sys.modules["nasbench"] = nasbench
        sys.modules["nasbench.api"] = nasbench.api
    if standins:
        d = tempfile.mkdtemp(prefix="naswot-golden-standins-")
        for name, text in standins:
            os.makedirs(os.path.dirname(os.path.join(d, name)), exist_ok=True)
            with open(os.path.join(d, name), "w") as f:
                f.write(text)
        sys.path.insert(0, d)
    sys.path.insert(0, os.path.abspath(checkout))


def configure_torch():
    """The settings the shipped goldens were made with (CPU, one intra-op thread; 2 gives the same files)."""
    torch.set_num_threads(1)
    torch.backends.cudnn.deterministic = True
    torch.backends.cudnn.benchmark = False


def cifar_batch(gz_path, first, count):
    """Records first..first+count-1 of the CIFAR-10 binary (1 label byte, 3x1024 bytes), normalised as torchvision
    ToTensor + Normalize with NB201's mean/std (see golden/README.md section 2). Returns (float32 NCHW, int64 labels)."""
    import gzip
    raw = gzip.open(gz_path, "rb").read()
    rec = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3073)[first:first + count]
    labels = rec[:, 0].astype(np.int64)
    pixels = rec[:, 1:].reshape(count, 3, 32, 32)
    x = torch.from_numpy(pixels.copy()).float().div(255)
    mean = torch.tensor([m / 255.0 for m in (125.3, 123.0, 113.9)], dtype=torch.float32).view(1, 3, 1, 1)
    std = torch.tensor([s / 255.0 for s in (63.0, 62.1, 66.7)], dtype=torch.float32).view(1, 3, 1, 1)
    return ((x - mean) / std).contiguous().numpy(), labels


def hook_logdet(net, x_np):
    """score_networks.py's hook_logdet, as it is at the pinned commit, plus the paper's Eq. 1 on the same pass.

    K_repo: every module whose str(type(module)) contains 'ReLU' gets the reference's forward hook (codes of its
    input, only once the module's `visited_backwards` flag is set; any exception, e.g. the missing attribute, skips
    it) and an old-style backward hook that sets the flag. Pass 1: x.requires_grad_, y = net(x), y.backward(ones).
    Pass 2: net(clone of x) accumulates K, in float64 on the host, as network.K + K + K2.
    K_relu: in pass 2, every torch.nn.ReLU that runs, ungated, counted once.
    Returns a dict with K_repo, K_relu, logits (float32, pass 2), and the hooked modules in firing order."""
    batch = x_np.shape[0]
    state = {"K": np.zeros((batch, batch)), "fired": [], "K_relu": np.zeros((batch, batch)), "relus": []}
    names = {m: n for n, m in net.named_modules()}

    def counting_forward_hook(module, inp, out):
        try:
            if not module.visited_backwards:
                return
            if isinstance(inp, tuple):
                inp = inp[0]
            inp = inp.view(inp.size(0), -1)
            x = (inp > 0).float()
            K = x @ x.t()
            K2 = (1. - x) @ (1. - x.t())
            state["K"] = state["K"] + K.cpu().numpy() + K2.cpu().numpy()
            state["fired"].append((names[module], type(module).__name__, int(inp.size(1))))
        except Exception:
            pass

    def counting_backward_hook(module, inp, out):
        module.visited_backwards = True

    relu_armed = [False]

    def relu_forward_hook(module, inp, out):
        if not relu_armed[0]:
            return
        c = (inp[0].detach().reshape(inp[0].size(0), -1) > 0).float()
        k = c @ c.t() + (1. - c) @ (1. - c.t())
        state["K_relu"] = state["K_relu"] + k.double().numpy()
        state["relus"].append((names[module], int(c.size(1))))

    for name, module in net.named_modules():
        if "ReLU" in str(type(module)):
            module.register_forward_hook(counting_forward_hook)
            module.register_backward_hook(counting_backward_hook)
        if isinstance(module, torch.nn.ReLU):
            module.register_forward_hook(relu_forward_hook)

    x = torch.from_numpy(x_np.copy())
    x2 = torch.clone(x)
    net.zero_grad()
    x.requires_grad_(True)
    y, _ = net(x)
    y.backward(torch.ones_like(y))
    relu_armed[0] = True
    y2, _ = net(x2)
    return {"K_repo": state["K"], "K_relu": state["K_relu"], "logits": y2.detach().numpy().astype(np.float32),
            "fired": state["fired"], "relus": state["relus"]}


def slogdet(k):
    sign, logdet = np.linalg.slogdet(k)
    return float(sign), float(logdet)


def write_npy(path, array):
    with open(path, "wb") as f:
        np.lib.format.write_array(f, np.ascontiguousarray(array), allow_pickle=False)


def write_npz(path, entries):
    """np.savez (uncompressed, zip64 forced, one <key>.npy member per entry in order) with a fixed member time, so
    the file is byte-reproducible."""
    with zipfile.ZipFile(path, mode="w", compression=zipfile.ZIP_STORED, allowZip64=True) as z:
        for key, value in entries.items():
            info = zipfile.ZipInfo(key + ".npy", date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o600 << 16
            with z.open(info, "w", force_zip64=True) as f:
                np.lib.format.write_array(f, np.asanyarray(value), allow_pickle=False)


def write_json(path, value, indent):
    with open(path, "w") as f:
        json.dump(value, f, indent=indent)


def write_sha256sums(folder, names):
    import hashlib
    lines = []
    for n in names:
        with open(os.path.join(folder, n), "rb") as f:
            lines.append(f"{hashlib.sha256(f.read()).hexdigest()}  {n}\n")
    with open(os.path.join(folder, "SHA256SUMS"), "w") as f:
        f.writelines(lines)


def trainable(net):
    return sum(p.numel() for p in net.parameters() if p.requires_grad)


def logdet_json(sign, logdet):
    return "-inf" if logdet == -np.inf else logdet
