#!/usr/bin/env bash
# Where S3's 0.92 comes from: S3 split its 1,360 transverse frames 75/25 stratified by grade,
# frame by frame, so frames of one wrist (a video at 5 fps) sat on both sides of the split.
# This trains S3's transverse CNN (the shipped 1.1.0 recipe) on S3-sized phantom sets (48
# patients, 96 wrists, 14 transverse frames per wrist over a 20 mm sweep: 1,344 frames) twice:
# split by frame as S3, and by patient as our model cards, and tests each on its own 25%.
# The frame-split model is then also tested on 600 patients it never saw (seed 505, the
# trained profiles; docs/training.md's `sevcal600`). Results: bench/results/severity_s3_protocol.txt.
# Usage: bench/severity-s3-protocol.sh [BUILD_DIR] [WORK_DIR]
#   SEEDS="1303 1304 1305" HELDOUT=DIR (made when missing) THREADS=2 PYTHON=/usr/bin/python3
# About 10 minutes a seed on 2 cores, and 4 for the held-out set.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
BUILD_DIR=${1:-build/release}; WORK=${2:-out/severity-s3-protocol}
SEEDS=${SEEDS:-1303 1304 1305}; HELDOUT=${HELDOUT:-$WORK/heldout600}
THREADS=${THREADS:-2}; PYTHON=${PYTHON:-/usr/bin/python3}
cli=$BUILD_DIR/app/nervescope-cli
[ -x "$cli" ] || { echo "no $cli: make build first" >&2; exit 2; }
mkdir -p "$WORK/models"
[ -f "$HELDOUT/manifest.json" ] || "$cli" dataset synth --task cts-severity --seed 505 --patients 600 --frames-per-wrist 4 \
    --profile hm70a,minisono --threads "$THREADS" --out "$HELDOUT" > /dev/null
accuracy() { # evaluate.json -> "frames F (hm70a H, minisono M), wrists W"
  "$PYTHON" -c '
import json, sys
d = json.load(open(sys.argv[1]))
p = {k: v["frames"]["accuracy"] for k, v in d["byProfile"].items()}
print("frames %.3f (%s), wrists %.3f of %d" % (d["frames"]["accuracy"],
      ", ".join("%s %.3f" % (k, p[k]) for k in sorted(p) if k != "handheld"), d["wrists"]["accuracy"], d["wrists"]["cases"]))' "$1"
}
echo "S3's transverse CNN (1.1.0 recipe, 80 epochs) on 48 phantom patients per seed, $(date -u '+%Y-%m-%d')"
for seed in $SEEDS; do
  data=$WORK/data$seed
  [ -f "$data/manifest.json" ] || "$cli" dataset synth --task cts-severity --seed "$seed" --patients 48 --frames-per-wrist 28 \
      --profile hm70a,minisono --threads "$THREADS" --out "$data" > /dev/null
  for protocol in frames patients; do
    set_=$WORK/$protocol-$seed; name=sev-$protocol-$seed
    "$PYTHON" "$here/python/resplit_dataset.py" "$data" "$set_" "$protocol" > /dev/null
    [ -f "$WORK/models/$name.json" ] || "$cli" train --task cts-severity --arch severity-transverse --data "$set_" \
        --out "$WORK/models" --name "$name" --epochs 80 --patience 80 --seed 7 --threads "$THREADS" --input 128x128 \
        --batch 30 --dropout 0.2 --crop-mm 8 --lr-schedule cosine > "$WORK/train-$name.log" 2>&1
    "$cli" evaluate --model "$WORK/models/$name.json" --data "$set_" --split test --resamples 0 --threads "$THREADS" \
        --json > "$WORK/eval-$name.json" 2> /dev/null
    echo "seed $seed, split by ${protocol%s}, its own test 25%: $(accuracy "$WORK/eval-$name.json")"
  done
  for protocol in frames patients; do
    "$cli" evaluate --model "$WORK/models/sev-$protocol-$seed.json" --data "$HELDOUT" --split all --resamples 0 \
        --threads "$THREADS" --json > "$WORK/heldout-$protocol-$seed.json" 2> /dev/null
    echo "seed $seed, split by ${protocol%s}, on 600 patients never seen: $(accuracy "$WORK/heldout-$protocol-$seed.json")"
  done
done
