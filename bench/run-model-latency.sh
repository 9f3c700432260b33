#!/usr/bin/env bash
# SA-UNet and U-Net latency per 256x256 frame, NerveScope (C++, bench/models/model_latency)
# against the identical model in PyTorch from Python (bench/python/model_latency.py), in
# one run, and a markdown table with the ratios.
# Usage: bench/run-model-latency.sh [BUILD_DIR] [runs] [out.md]
#   THREADS="1 2" (default), MODELS="sa-unet unet", BATCHES="1 16", PYTHON=/usr/bin/python3
# The two sides run back to back per model and batch, alternating which goes first, so
# a change in the machine's load (it is shared) hits both about equally; the load average
# around every group goes into the table.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
BUILD_DIR=${1:-build/release}; RUNS=${2:-7}; OUT_MD=${3:-$here/results/model_latency_cpu.md}
PYTHON=${PYTHON:-/usr/bin/python3}
THREADS=${THREADS:-1 2}; MODELS=${MODELS:-sa-unet unet}; BATCHES=${BATCHES:-1 16}
cpp=$BUILD_DIR/bench/model_latency
[ -x "$cpp" ] || { echo "no $cpp: cmake --build $BUILD_DIR --target model_latency" >&2; exit 2; }
"$PYTHON" -c 'import torch' 2>/dev/null || { echo "$PYTHON has no torch (apt install python3-torch)" >&2; exit 2; }

threads_csv=$(echo $THREADS | tr ' ' ',')
tsv=$(mktemp); notes=$(mktemp); trap 'rm -f "$tsv" "$notes"' EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
run_cpp() { "$cpp" --model "$1" --batch "$2" --runs "$RUNS" --threads "$threads_csv" | tee -a "$tsv"; }
run_py() { "$PYTHON" "$here/python/model_latency.py" --model "$1" --batch "$2" --runs "$RUNS" \
             --threads "$threads_csv" | tee -a "$tsv"; }

{
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //');" \
       "LibTorch $("$PYTHON" -c 'import torch; print(torch.__version__)') (Debian, shared by both sides);" \
       "$RUNS timed runs per variant; $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo
  echo "The machine is shared (other people compile on it): load average (1, 5, 15 min) per group below."
  echo "Absolute times move with that load; the ratios come from runs minutes apart."
  echo
} >"$notes"

first=cpp
for model in $MODELS; do
  for batch in $BATCHES; do
    before=$(load)
    if [ $first = cpp ]; then run_cpp "$model" "$batch"; run_py "$model" "$batch"; first=py
    else run_py "$model" "$batch"; run_cpp "$model" "$batch"; first=cpp; fi
    echo "- $model batch $batch: load average $before before, $(load) after" >>"$notes"
  done
done
mkdir -p "$(dirname "$OUT_MD")"
"$PYTHON" "$here/python/latency_table.py" "$tsv" "$notes" >"$OUT_MD"
echo "== written $OUT_MD"
