#!/usr/bin/env bash
# SA-UNet training throughput (images/s, batch 8, 256x256 greyscale): NerveScope's trainer
# step (bench/train_throughput) against the identical model, loss, optimiser and
# augmentation trained by PyTorch from Python (bench/python/train_throughput.py), in one
# run, and a markdown table with the ratios NerveScope / PyTorch (target: at least 1.0).
# Usage: bench/run-training-throughput.sh [BUILD_DIR] [iters] [out.md]
#   ROUNDS=2 (groups per thread count), THREADS="1 2", MODES=full,step,
#   FORMATS=contiguous,channels-last, WARMUP=2, PYTHON=/usr/bin/python3, DATA=dataset folder
#   (NerveScope's trainer trains channels-last: full-channels-last is its path, and
#   full-channels-last-nocache the same without the TensorCacheScope)
# Both sides train on the same dataset folder (train_throughput --make-data, written once
# into a temporary folder). Per thread count and round, the two sides run back to back,
# alternating which goes first, so a change in the machine's load (it is shared) hits both
# about equally; the load average around every group goes into the table.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
BUILD_DIR=${1:-build/release}; ITERS=${2:-7}; OUT_MD=${3:-$here/results/training_throughput_cpu.md}
PYTHON=${PYTHON:-/usr/bin/python3}
ROUNDS=${ROUNDS:-2}; THREADS=${THREADS:-1 2}; MODES=${MODES:-full,step}
FORMATS=${FORMATS:-contiguous,channels-last}; WARMUP=${WARMUP:-2}
cpp=$BUILD_DIR/bench/train_throughput
[ -x "$cpp" ] || { echo "no $cpp: cmake --build $BUILD_DIR --target train_throughput" >&2; exit 2; }
"$PYTHON" -c 'import torch, PIL' 2>/dev/null || { echo "$PYTHON lacks torch or Pillow (apt install python3-torch python3-pil)" >&2; exit 2; }

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
tsv=$work/results.tsv; notes=$work/notes.md
data=${DATA:-$work/data}
[ -f "$data/manifest.json" ] || "$cpp" --make-data "$data" >/dev/null

load() { cut -d' ' -f1-3 /proc/loadavg; }
common() { echo --data "$data" --iters "$ITERS" --warmup "$WARMUP" --threads "$1" --modes "$MODES" --formats "$FORMATS"; }
run_cpp() { "$cpp" $(common "$1") --caches cache,nocache | sed "s/^RESULT/RESULT\t$2/" | tee -a "$tsv"; }
run_py() { "$PYTHON" "$here/python/train_throughput.py" $(common "$1") | sed "s/^RESULT/RESULT\t$2/" | tee -a "$tsv"; }

{
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //');" \
       "LibTorch $("$PYTHON" -c 'import torch; print(torch.__version__)') (Debian, shared by both sides);" \
       "$ITERS timed iterations per variant per group after $WARMUP warm-up; $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo
} >"$notes"

first=cpp; group=0
for round in $(seq "$ROUNDS"); do
  for threads in $THREADS; do
    group=$((group + 1)); before=$(load)
    if [ $first = cpp ]; then run_cpp "$threads" "$group"; run_py "$threads" "$group"; order="NerveScope first"; first=py
    else run_py "$threads" "$group"; run_cpp "$threads" "$group"; order="PyTorch first"; first=cpp; fi
    echo "- group $group ($threads thread(s), $order): load average $before before, $(load) after" >>"$notes"
  done
done
mkdir -p "$(dirname "$OUT_MD")"
"$PYTHON" "$here/python/throughput_table.py" "$tsv" "$notes" >"$OUT_MD"
echo "== written $OUT_MD"
