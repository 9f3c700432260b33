#!/usr/bin/env bash
# `make run`: opens the GUI on the demo study; with no display, says so and runs the
# headless pipeline that exists so far (study info, decoded frames, an offscreen
# screenshot of the main window) and writes a report.
set -euo pipefail
BUILD_DIR=${1:-build/release}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GUI="$ROOT/$BUILD_DIR/app/nervescope"
CLI="$ROOT/$BUILD_DIR/app/nervescope-cli"

# The demo study until the synthetic generator provides one: a real ultrasound file with
# three calibration regions, else a real video shipped by a Debian package.
DEMO=""
for candidate in "$ROOT/../shared/testdata/gdcm-US-ALOKA-16.dcm" \
                 /usr/share/doc/opencv-doc/examples/data/vtest.avi; do
  if [ -e "$candidate" ]; then DEMO="$candidate"; break; fi
done

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$GUI" ${DEMO:+"$DEMO"}
fi

OUT="$ROOT/out/headless"
echo "make run: no display found (DISPLAY and WAYLAND_DISPLAY are unset)."
echo "make run: running the headless pipeline instead; report in $OUT/report.md"
rm -rf "$OUT"; mkdir -p "$OUT/frames"
if [ -z "$DEMO" ]; then
  echo "make run: no demo study found (expected ../shared/testdata or opencv-doc)" >&2; exit 1
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
