#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Refreshes translations/*.ts from the sources (core, forms, app/gui) and tidies them:
#   1. lupdate through the CMake target (the build dir must be configured with the GUI on);
#   2. core strings moved to the context they are looked up in (see tools/ts_tool.py);
#   3. English filled from the source texts (English is the source language), numerus messages
#      with a singular and a plural form ("%n file(s) are" -> "%n file is" / "%n files are");
#   4. a check that fails while any Japanese translation or English plural form is missing.
# Then translate what the check lists (Qt Linguist: linguist translations/hoshi_ja.ts) and
# run this again until it passes. Usage: tools/update-translations.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target update_translations
python3 tools/ts_tool.py fix-contexts translations/hoshi_ja.ts translations/hoshi_en.ts
python3 tools/ts_tool.py fill-english translations/hoshi_en.ts
for mapping in translations/pending/*.json; do
  if [ -e "$mapping" ]; then python3 tools/ts_tool.py apply translations/hoshi_ja.ts "$mapping"; fi
done
python3 tools/ts_tool.py check translations/hoshi_ja.ts translations/hoshi_en.ts
