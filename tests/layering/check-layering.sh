#!/usr/bin/env bash
# The dependency rule of DESIGN.md, checked on every include and on what the CLI links.
# Usage: check-layering.sh SOURCE_ROOT CLI_EXECUTABLE
set -u
root=$1; cli=$2
cd "$root" || exit 2
fail=0
report() { echo "layering: $*"; fail=1; }

widgets_dir=$(ls -d /usr/include/*/qt6/QtWidgets 2>/dev/null | head -1)
[ -n "$widgets_dir" ] || { echo "layering: QtWidgets headers not found"; exit 2; }
# Every public QtWidgets header name (QWidget, QLabel, qwidget.h, ...), as an include pattern.
widget_names=$(ls "$widgets_dir" | grep -v '^qtwidgets' | sed 's/[.]/[.]/g' | paste -sd'|')

includes() { grep -rnE '^\s*#\s*include' "$@" 2>/dev/null; }

# core/ and inference/: no widgets; app/cli: no widgets (it links no widget library).
for d in core inference app/cli; do
  [ -d "$d" ] || continue
  bad=$(includes "$d" | grep -E "[<\"](QtWidgets/)?($widget_names)[>\"]")
  [ -z "$bad" ] || report "$d includes QtWidgets: $bad"
  bad=$(includes "$d" | grep -E '[<"]ui/')
  [ -z "$bad" ] || report "$d includes ui/: $bad"
done
# core/: no LibTorch, nothing from inference/.
bad=$(includes core | grep -E '[<"](torch|ATen|c10)/|[<"]inference/')
[ -z "$bad" ] || report "core includes LibTorch or inference: $bad"
# inference/models/: LibTorch, the standard library and its own headers only.
bad=$(includes inference/models | grep -vE '<(torch|ATen|c10)/|<[a-z_]+>|"inference/models/')
[ -z "$bad" ] || report "inference/models includes more than LibTorch: $bad"
# The CLI executable must not pull in any Qt widget library.
if ldd "$cli" | grep -qE 'libQt6(Widgets|OpenGLWidgets|PrintSupport)'; then
  report "nervescope-cli links a widget library: $(ldd "$cli" | grep -E 'libQt6(Widgets|OpenGLWidgets|PrintSupport)')"
fi
[ $fail = 0 ] && echo "layering: dependency rule holds"
exit $fail
