#!/usr/bin/env bash
# Runs every benchmark and prints its report. Usage: bench/run-all.sh BUILD_DIR [runs]
# bench_media, bench_viewer, bench_synth, bench_models, bench_annotated_playback (cine with a
# contour on every frame vs without; results in bench/results/): every bench_* built.
set -euo pipefail
BUILD_DIR=${1:-build/release}; RUNS=${2:-7}
for b in "$BUILD_DIR"/bench/bench_*; do
  [ -f "$b" ] && [ -x "$b" ] || continue
  echo "== $(basename "$b")"
  QT_QPA_PLATFORM=offscreen "$b" "$RUNS"
done
# NerveScope against the identical model in PyTorch (writes bench/results/model_latency_cpu.md).
echo "== run-model-latency.sh"
"$(dirname "$0")/run-model-latency.sh" "$BUILD_DIR" "$RUNS"
# SA-UNet training throughput against PyTorch (writes bench/results/training_throughput_cpu.md).
echo "== run-training-throughput.sh"
"$(dirname "$0")/run-training-throughput.sh" "$BUILD_DIR" "$RUNS"
