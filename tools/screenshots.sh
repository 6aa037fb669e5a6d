#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates docs/screenshots/*.png: the demo's in-progress declaration as the checklist
# (with its blocking panel), an item page with a PDF preview, the evidence editor, the
# product editor, the export dialog after a signed export of the complete declaration, and the
# auditor mode on an archive exported from the demo (intact, and with one evidence file changed
# after the export), the guided start of an empty workspace, each in Japanese and English, at
# 1280x800 under Xvfb; and a new user's walkthrough (welcome page, checklist and item page at
# 1024x700, a PDF on a dark desktop).
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
  for page in checklist item-pdf evidence-editor product-editor export auditor auditor-findings item-comments review label-record label-changes label-preview label-markets item-points criteria-library auditor-tampered start capture-findings capture-rerun sync cra-readiness cra-fields; do
    XDG_CONFIG_HOME="$config" LC_ALL=C.UTF-8 \
      xvfb-run -a -s "-screen 0 1280x800x24" \
      "$hoshi" --demo --lang "$lang" --page "$page" --screenshot "$out/$page-$lang.png"
  done
done
# The form dialog (IPA's checklist workbook): the workbook is the user's file and not shipped, so
# the test generator (python3-openpyxl) makes one from the ★1 criteria, once complete and once
# without two items.
forms=$(mktemp -d)
for variant in complete unresolved; do
  /usr/bin/python3 - "$forms/$variant.json" "$variant" <<'PY'
import json, sys
data = json.load(open("criteria/JST-CR-01-01-2024R1.data-3.json", encoding="utf-8"))
skip = {"S1.1-05", "S1.1-12"} if sys.argv[2] == "unresolved" else set()
items = [{"id": i["id"], "title": i["title"], "requirement": i["requirement"],
          "evaluationPoints": {"points": [{"text": p["text"]} for p in i.get("evaluationPoints", {}).get("points", [])]}}
         for i in data["items"] if i["id"] not in skip]
json.dump({"id": data["id"], "items": items}, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY
  /usr/bin/python3 tests/core/data/officialform/makeforms.py "$forms/$variant" "$forms/$variant.json" >/dev/null
done
for lang in ja en; do
  for variant in complete unresolved; do
    page=form-mapping; [ "$variant" = unresolved ] && page=form-mapping-unresolved
    XDG_CONFIG_HOME="$config" LC_ALL=C.UTF-8 HOSHI_SCREENSHOT_FORM="$forms/$variant/form-b.xlsm" \
      xvfb-run -a -s "-screen 0 1280x800x24" \
      "$hoshi" --demo --lang "$lang" --page "$page" --screenshot "$out/$page-$lang.png"
  done
done
rm -rf "$forms"
# The walkthrough of a new user: the welcome page (no workspace yet), and at 1024x700 the
# welcome page, the checklist with its problem panel and an item page with a PDF; a PDF page on
# a dark desktop (drawn on white paper).
for lang in ja en; do
  XDG_CONFIG_HOME="$config" LC_ALL=C.UTF-8 xvfb-run -a -s "-screen 0 1280x800x24" \
    "$hoshi" --lang "$lang" --page welcome --screenshot "$out/welcome-$lang.png"
  XDG_CONFIG_HOME="$config" LC_ALL=C.UTF-8 xvfb-run -a -s "-screen 0 1024x700x24" \
    "$hoshi" --lang "$lang" --page welcome --screenshot "$out/welcome-1024-$lang.png"
  for page in checklist item-pdf; do
    XDG_CONFIG_HOME="$config" LC_ALL=C.UTF-8 xvfb-run -a -s "-screen 0 1024x700x24" \
      "$hoshi" --demo --lang "$lang" --page "$page" --screenshot "$out/$page-1024-$lang.png"
  done
  XDG_CONFIG_HOME="$config" LC_ALL=C.UTF-8 HOSHI_PALETTE=dark xvfb-run -a -s "-screen 0 1280x800x24" \
    "$hoshi" --demo --lang "$lang" --page item-pdf --screenshot "$out/item-pdf-dark-$lang.png"
done
# A dark desktop, 200 % scaling, and page 1 of the checklist PDF as printed.
XDG_CONFIG_HOME="$config" LC_ALL=C.UTF-8 HOSHI_PALETTE=dark xvfb-run -a -s "-screen 0 1280x800x24" \
  "$hoshi" --demo --lang ja --page checklist --screenshot "$out/checklist-dark-ja.png"
XDG_CONFIG_HOME="$config" LC_ALL=C.UTF-8 QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2560x1600x24" \
  "$hoshi" --demo --lang en --page item-pdf --screenshot "$out/item-pdf-200-en.png"
pdf=$(mktemp -d)
"$build/app/cli/hoshi-cli" demo "$pdf/demo.hoshi" >/dev/null
"$build/app/cli/hoshi-cli" export "$pdf/demo.hoshi" --declaration 1 --out "$pdf" --no-archive >/dev/null
pdftoppm -r 96 -png -f 1 -l 1 -singlefile "$pdf"/*-application/checklist.pdf "$out/checklist-pdf-page1"
rm -rf "$pdf"
ls -l "$out"/*.png
