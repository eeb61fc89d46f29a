#!/usr/bin/env bash
# naswot bench beside plain PyTorch's no-grad forward (src/tools/pytorch_forward_bench.py) on the same 20 NB201 cells,
# batch and threads, one after the other, and the ratio of the medians (issue 13's target: at most 0.4). PyTorch runs
# twice, as installed and with the glibc allocator settings the naswot launcher uses, and the faster one counts.
# usage: src/tools/bench_side_by_side.sh [THREADS]   (needs python3 with torch and numpy; run from the project folder)
set -euo pipefail
THREADS="${1:-2}"
GOLDEN=src/test/reference/golden
torch_json=$(OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}" python3 src/tools/pytorch_forward_bench.py \
  "$GOLDEN/batch.npy" "$GOLDEN/bench_archs.txt" "$THREADS" 2>/dev/null)
torch_heap_json=$(OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}" MALLOC_MMAP_THRESHOLD_=33554432 \
  MALLOC_TRIM_THRESHOLD_=1073741824 MALLOC_TOP_PAD_=67108864 GLIBC_TUNABLES=glibc.malloc.hugetlb=1 \
  python3 src/tools/pytorch_forward_bench.py "$GOLDEN/batch.npy" "$GOLDEN/bench_archs.txt" "$THREADS" 2>/dev/null)
ours_json=$(target/naswot bench --space nb201 --archs "$GOLDEN/bench_archs.txt" --batch "$GOLDEN/batch.npy" \
  --threads "$THREADS" --json 2>/dev/null | tail -1)
python3 - "$torch_json" "$torch_heap_json" "$ours_json" <<'PY'
import json, sys
plain_ms = json.loads(sys.argv[1])["median_ms"]
heap_ms = json.loads(sys.argv[2])["median_ms"]
torch_ms = min(plain_ms, heap_ms)
ours_ms = json.loads(sys.argv[3])["median_ms"]
print(f"PyTorch no-grad forward: median {plain_ms:.1f} ms as installed, {heap_ms:.1f} ms with naswot's allocator settings")
print(f"PyTorch no-grad forward: median {torch_ms:.1f} ms; naswot bench: median {ours_ms:.1f} ms; "
      f"ratio {ours_ms / torch_ms:.2f} (target <= 0.4)")
PY
