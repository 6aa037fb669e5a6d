#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: the demo's in-progress declaration as the checklist
# (with its blocking panel), an item page with a PDF preview, the evidence editor, the
# product editor, the export dialog after a signed export of the complete declaration, and the
# auditor mode on an archive exported from the demo (intact, and with one evidence file changed
# after the export), the guided start of an empty workspace, each in Japanese and English, at
# 1280x800 under Xvfb.
#
#   tools/screenshots.sh [build-dir]        (default build dir: build)
#
# Uses the hidden options `hoshi --demo --screenshot FILE --page PAGE --lang LANG`. Needs
# xvfb-run and fonts-noto-cjk (packaging/install-deps.sh installs both). Settings go to a
# throw-away folder so that a saved window layout does not change the pictures.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
hoshi="$build/app/gui/hoshi"
if [ ! -x "$hoshi" ]; then
  echo "screenshots: $hoshi not found; build it first: cmake --build $build --target hoshi" >&2
  exit 1
fi
out=docs/screenshots
mkdir -p "$out"
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
for lang in ja en; do
  for page in checklist item-pdf evidence-editor product-editor export auditor auditor-tampered start; do
    XDG_CONFIG_HOME="$config" LC_ALL=C.UTF-8 \
      xvfb-run -a -s "-screen 0 1280x800x24" \
      "$hoshi" --demo --lang "$lang" --page "$page" --screenshot "$out/$page-$lang.png"
  done
done
ls -l "$out"/*.png
