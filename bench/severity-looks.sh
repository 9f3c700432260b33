#!/usr/bin/env bash
# Does speckle limit per-frame severity accuracy? Generates the same held-out patients K
# times with different speckle (`dataset synth --speckle-seed`), grades every look with a
# severity model (`evaluate --frames`), and compares one look with the average of K
# (bench/python/severity_looks.py). Results: bench/results/severity_looks.txt.
# Usage: bench/severity-looks.sh [BUILD_DIR] [MODEL] [WORK_DIR]
#   PATIENTS=150 LOOKS=4 SEED=707 PROFILES=hm70a,minisono THREADS=2 PYTHON=/usr/bin/python3
# 150 patients and 4 looks take about 8 minutes on 2 cores.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
BUILD_DIR=${1:-build/release}; MODEL=${2:-severity-transverse}; WORK=${3:-out/severity-looks}
PATIENTS=${PATIENTS:-150}; LOOKS=${LOOKS:-4}; SEED=${SEED:-707}; PROFILES=${PROFILES:-hm70a,minisono}
THREADS=${THREADS:-2}; PYTHON=${PYTHON:-/usr/bin/python3}
cli=$BUILD_DIR/app/nervescope-cli
[ -x "$cli" ] || { echo "no $cli: make build first" >&2; exit 2; }
mkdir -p "$WORK"
files=()
for ((k = 0; k < LOOKS; k++)); do
  data=$WORK/look$k
  [ -f "$data/manifest.json" ] || "$cli" dataset synth --task cts-severity --seed "$SEED" --speckle-seed "$k" \
      --patients "$PATIENTS" --frames-per-wrist 4 --profile "$PROFILES" --threads "$THREADS" --out "$data" > /dev/null
  "$cli" evaluate --model "$MODEL" --data "$data" --split all --resamples 0 --threads "$THREADS" \
      --frames "$WORK/frames$k.csv" > /dev/null
  files+=("$WORK/frames$k.csv")
done
echo "$MODEL on $PATIENTS patients (seed $SEED, $PROFILES), $(date -u '+%Y-%m-%d')"
"$PYTHON" "$here/python/severity_looks.py" "${files[@]}"
