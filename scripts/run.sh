#!/usr/bin/env bash
# `make run`: opens the GUI on the demo study; with no display, says so and runs the
# headless pipeline that exists so far (study info, decoded frames, an offscreen
# screenshot of the main window) and writes a report.
set -euo pipefail
BUILD_DIR=${1:-build/release}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GUI="$ROOT/$BUILD_DIR/app/nervescope"
CLI="$ROOT/$BUILD_DIR/app/nervescope-cli"

# The demo study: a synthetic wrist cine (calibrated DICOM, mild CTS) made by the CLI the
# first time; delete out/demo/ to remake it. Same seed, same file. Should generation fail,
# fall back to a real ultrasound file with three calibration regions, else a real video
# shipped by a Debian package.
DEMO="$ROOT/out/demo/demo-wrist.dcm"
if [ ! -e "$DEMO" ]; then
  mkdir -p "$(dirname "$DEMO")"
  if ! "$CLI" synth --view wrist --grade mild --profile hm70a --frames 120 --seed 7 --out "$DEMO"; then
    echo "make run: could not generate the synthetic demo study; using a real file instead" >&2
    rm -f "$DEMO"; DEMO=""
  fi
fi
if [ -z "$DEMO" ]; then
  for candidate in "$ROOT/../shared/testdata/gdcm-US-ALOKA-16.dcm" \
                   /usr/share/doc/opencv-doc/examples/data/vtest.avi; do
    if [ -e "$candidate" ]; then DEMO="$candidate"; break; fi
  done
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$GUI" ${DEMO:+"$DEMO"}
fi

OUT="$ROOT/out/headless"
echo "make run: no display found (DISPLAY and WAYLAND_DISPLAY are unset)."
echo "make run: running the headless pipeline instead; report in $OUT/report.md"
rm -rf "$OUT"; mkdir -p "$OUT/frames"
if [ -z "$DEMO" ]; then
  echo "make run: no demo study (synthesis failed; no ../shared/testdata or opencv-doc either)" >&2; exit 1
fi
"$CLI" info "$DEMO" > "$OUT/info.txt"
"$CLI" info --json "$DEMO" > "$OUT/info.json"
"$CLI" frames "$DEMO" --out "$OUT/frames" --first 1 --last 1 > /dev/null
QT_QPA_PLATFORM=offscreen "$GUI" --screenshot "$OUT/main-window.png" "$DEMO" > /dev/null
{
  echo "# NerveScope headless run"
  echo
  echo "Study: \`$DEMO\`"
  echo
  echo '```'
  cat "$OUT/info.txt"
  echo '```'
  echo
  echo "- First frame as displayed: frames/$(ls "$OUT/frames" | head -1)"
  echo "- Main window rendered offscreen: main-window.png"
} > "$OUT/report.md"
cat "$OUT/info.txt"
echo "make run: wrote $OUT/report.md"
