#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Marks every tracked source file with the project's licence, as its first line (after a "#!"
# line in scripts): "// SPDX-License-Identifier: Apache-2.0" in C++ (.cpp, .h), "# …" in shell,
# Python and CMake files. Idempotent: a file that already names an SPDX licence identifier in its
# first lines is left alone, so running it again changes nothing.
#   tools/spdx.sh           add the line where it is missing; prints what it changed
#   tools/spdx.sh --check   change nothing; exit 1 listing the files without it
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
[ "${1:-}" = "--check" ] && check=1
tag="SPDX-License-Identifier: Apache-2.0"
missing=0
while IFS= read -r -d '' file; do
  case "$file" in
    *.cpp | *.h) line="// $tag" ;;
    *.sh | *.py | CMakeLists.txt | */CMakeLists.txt | *.cmake) line="# $tag" ;;
    *) continue ;;
  esac
  [ -f "$file" ] || continue
  if head -n 3 "$file" | grep -q 'SPDX-License-Identifier:'; then continue; fi
  missing=$((missing + 1))
  if [ "$check" = 1 ]; then echo "no SPDX line: $file"; continue; fi
  tmp=$(mktemp)
  if head -n 1 "$file" | grep -q '^#!'; then
    { head -n 1 "$file"; echo "$line"; tail -n +2 "$file"; } >"$tmp"
  else
    { echo "$line"; cat "$file"; } >"$tmp"
  fi
  # Keep the file's mode (scripts stay executable).
  cat "$tmp" >"$file"
  rm -f "$tmp"
  echo "spdx: $file"
done < <(git ls-files -z)
if [ "$check" = 1 ] && [ "$missing" -gt 0 ]; then
  echo "spdx: $missing file(s) without the SPDX line (run tools/spdx.sh)"
  exit 1
fi
exit 0
