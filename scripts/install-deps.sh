#!/usr/bin/env bash
# Installs every Debian 12 package that NerveScope's build, app, tests and benchmarks need.
# Idempotent: packages already present are skipped, so `make run`/`make test` can call it
# every time at almost no cost. Runs as root or through sudo.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # Qt 6: widgets, SQL (SQLite driver), OpenGL widgets, print support, Linguist, platform
  # plugins (xcb for real windows, offscreen for tests), image formats (TIFF), SVG icons and
  # Qt's own translations (dialog buttons in the user's language)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6opengl6-dev qt6-qpa-plugins qt6-image-formats-plugins
  qt6-svg-dev libqt6svg6 libgl-dev libxkbcommon-dev qt6-translations-l10n
  # imaging and inference
  libdcmtk-dev libopenjp2-7-dev libopencv-dev libopencv-contrib-dev
  libtorch-dev libopenblas0-pthread
  libvtk9-dev libqcustomplot-dev
  # running the GUI without a display, fonts for readable offscreen rendering
  xvfb xauth fonts-dejavu-core
  # tests: independent decoders (GDCM, pydicom) and real third-party sample files
  libgdcm-tools python3-pydicom python3-numpy opencv-doc ffmpeg dicom3tools
  # metrics checked against independent libraries; the Python peer of the model benchmark
  python3-sklearn python3-skimage python3-scipy python3-torch
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
