#!/usr/bin/env bash
# GPU check for a machine with no package registry: run from the repository root with the built jars carried over
# (target/naswot-explorer.jar and target/lib, about 52 MB; no libtorch can be carried, so it uses the machine's: a pip
# torch 2.7.1 with CUDA 12, NASWOT_LIBTORCH, or --libtorch DIR given as the second argument). Finishes in under 8
# minutes; writes its files and a Markdown table of results to OUT (default $OUT or /tmp/gpu_check).
#
#   src/tools/gpu_check.sh [OUT] [LIBTORCH_DIR]
#
# Steps: doctor; the six NB201 goldens (reference weights and batch) scored on the GPU against expected.json; bench on
# the golden list; score-space --sample 1000 on the GPU; the whole NB201 space when time allows; peak GPU memory.
set -uo pipefail
OUT="${1:-${OUT:-/tmp/gpu_check}}"
LIBTORCH="${2:-${NASWOT_LIBTORCH:-}}"
mkdir -p "$OUT"
START=$(date +%s)
CP="target/naswot-explorer.jar:target/lib/*"
JAVA=(java -Dai.djl.offline=true -XX:+UseParallelGC -cp "$CP" org.naswot.cli.Main)
[ -n "$LIBTORCH" ] && JAVA+=(--libtorch "$LIBTORCH")
export XDG_DATA_HOME="$OUT/data" XDG_CACHE_HOME="$OUT/cache" XDG_CONFIG_HOME="$OUT/config"
G=src/test/reference/golden
TABLE="$OUT/results.md"
row() { printf '| %s | %s |\n' "$1" "$2" | tee -a "$TABLE"; }
left() { echo $(( 470 - ($(date +%s) - START) )); }

printf '| check | result |\n|---|---|\n' > "$TABLE"
row "machine" "$(nproc) cores, $(nvidia-smi --query-gpu=name,memory.total --format=csv,noheader 2>/dev/null | head -1)"
row "java" "$(java -version 2>&1 | head -1)"
[ -f target/naswot-explorer.jar ] || { row "jars" "target/naswot-explorer.jar missing: carry target/naswot-explorer.jar and target/lib"; exit 1; }

# peak GPU memory, sampled every 200 ms in the background
(nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -lms 200 > "$OUT/gpu_mem.csv" 2>/dev/null &
 echo $! > "$OUT/smi.pid")

timeout 120 "${JAVA[@]}" doctor --json > "$OUT/doctor.json" 2> "$OUT/doctor.err"
row "doctor" "$(python3 -c "import json;d=json.load(open('$OUT/doctor.json'));print('gpus', d['gpus'], '|', d['gpu_reason'] or 'ok', '|', d['libtorch_in_use'])" 2>/dev/null || tail -1 "$OUT/doctor.err")"

# goldens: the reference's own weights and batch, scored on the GPU; NB201 tolerance as GoldenReferenceTest's
python3 - "$G" > "$OUT/golden_args.txt" <<'PY'
import json, sys
for e in json.load(open(sys.argv[1] + '/expected.json')):
    print(e['index'], e['arch'], e['weights'], e['logdet_repo'])
PY
ok=0; n=0; worst=0
while read -r idx arch weights expected; do
  n=$((n + 1))
  got=$(timeout 120 "${JAVA[@]}" score --space nb201 --arch "$arch" --weights "$G/$weights" --batch "$G/batch.npy" \
        --device gpu --json 2>> "$OUT/golden.err" | python3 -c "import json,sys;print(json.loads(sys.stdin.read())['score'])" 2>/dev/null)
  echo "$idx $expected $got" >> "$OUT/golden.txt"
  d=$(python3 -c "g, e = float('$got'), float('$expected'); print(0.0 if g == e else abs(g - e) / abs(e))" 2>/dev/null || echo 1)
  worst=$(python3 -c "print(max($worst, $d))")
  python3 -c "import sys; sys.exit(0 if $d < 1e-4 else 1)" && ok=$((ok + 1))
done < "$OUT/golden_args.txt"
row "goldens on the GPU" "$ok of $n within 1e-4 relative (worst $(printf '%.2e' "$worst"))"

timeout 150 "${JAVA[@]}" bench --space nb201 --archs "$G/bench_archs.txt" --device gpu --json > "$OUT/bench.json" 2> "$OUT/bench.err"
row "bench, golden list" "$(tail -1 "$OUT/bench.json" | head -c 300)"

# one worker: score-space keeps one GPU busy with one worker (--workers above 1 is CPU-only today)
SAMPLE="${GPU_CHECK_SAMPLE:-1000}"
for workers in 1; do
  [ "$(left)" -gt 120 ] || break
  s=$(date +%s.%N)
  timeout $(( $(left) - 60 )) "${JAVA[@]}" score-space --space nb201 --sample "$SAMPLE" --seed 1 --device gpu \
      --workers "$workers" --db "$OUT/sample_w$workers.sqlite" --json > "$OUT/sample_w$workers.json" 2> "$OUT/sample_w$workers.err"
  e=$(date +%s.%N)
  cells=$(grep -c '"index"' "$OUT/sample_w$workers.json")
  row "score-space --sample $SAMPLE, $workers worker(s)" "$cells cells in $(python3 -c "print(round($e - $s, 1))") s ($(python3 -c "print(round($cells / ($e - $s), 1))") per s incl. start); $(tail -1 "$OUT/sample_w$workers.json" | python3 -c "import json,sys;d=json.loads(sys.stdin.read());print('tau', d.get('kendall_tau'))" 2>/dev/null)"
done

if [ "$(left)" -gt 200 ] && [ -z "${GPU_CHECK_SAMPLE:-}" ]; then
  s=$(date +%s.%N)
  timeout $(( $(left) - 20 )) "${JAVA[@]}" score-space --space nb201 --all --device gpu \
      --db "$OUT/all.sqlite" --json > "$OUT/all.json" 2> "$OUT/all.err"
  e=$(date +%s.%N)
  row "score-space --all (15,625)" "$(grep -c '"index"' "$OUT/all.json") cells in $(python3 -c "print(round($e - $s, 1))") s"
fi

kill "$(cat "$OUT/smi.pid")" 2>/dev/null
row "peak GPU memory" "$(sort -n "$OUT/gpu_mem.csv" 2>/dev/null | tail -1) MiB"
row "wall" "$(( $(date +%s) - START )) s"
cat "$TABLE"
