#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fuzzes one untrusted-input parser with libFuzzer:  tools/fuzz.sh TARGET SECONDS
#   TARGET: criteria | zipverify | declarationjson | workspaceheader
# Builds build-fuzz/ with clang-14 (ASan + UBSan + libFuzzer; Debian: clang-14 libfuzzer-14-dev),
# seeds a corpus from the test data (criteria files; a demo workspace, its evidence archive and
# declaration.json made by hoshi-cli from build/), and runs for SECONDS. A crashing input is left
# in build-fuzz/artifacts/TARGET/: minimise it, fix the bug, and copy it into
# fuzz/regression/TARGET/ so that the ctest fuzzreplay_TARGET replays it from then on.
set -euo pipefail
target=${1:?usage: tools/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: tools/fuzz.sh TARGET SECONDS}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${HOSHI_FUZZ_BUILD:-$root/build-fuzz}
cli=${HOSHI_CLI:-$root/build/app/cli/hoshi-cli}

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DHOSHI_FUZZ=ON -DHOSHI_BUILD_GUI=OFF -DHOSHI_BUILD_TESTS=OFF -DHOSHI_BUILD_BENCH=OFF >/dev/null
fi
# HOSHI_FUZZ_SKIP_BUILD=1 runs what is built (several targets fuzzing at once must not all build).
[ -n "${HOSHI_FUZZ_SKIP_BUILD:-}" ] || cmake --build "$build" -j "${HOSHI_FUZZ_JOBS:-2}" --target "fuzz_$target"

corpus=$build/corpus/$target
seeds=$build/seeds/$target
artifacts=$build/artifacts/$target
mkdir -p "$corpus" "$seeds" "$artifacts"
if [ -z "$(ls -A "$seeds")" ]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  make_demo() {
    [ -f "$scratch/demo.hoshi" ] || "$cli" demo "$scratch/demo.hoshi" >"$scratch/demo.txt"
  }
  make_archive() {
    make_demo
    local id
    id=$(sed -n 's/^complete declaration: \([0-9]*\).*/\1/p' "$scratch/demo.txt")
    QT_QPA_PLATFORM=offscreen "$cli" export "$scratch/demo.hoshi" --declaration "$id" --out "$scratch/out" --no-package >/dev/null
    ls "$scratch"/out/*-evidence.zip
  }
  case "$target" in
    criteria)
      cp "$root"/criteria/*.json "$seeds"/
      find "$root/tests/data/criteria" -name '*.json' -exec cp {} "$seeds"/ \; ;;
    workspaceheader)
      make_demo
      cp "$scratch/demo.hoshi" "$seeds/demo.hoshi"
      printf 'SQLite format 3\0' >"$seeds/header-only" ;;
    zipverify)
      cp "$(make_archive)" "$seeds/demo-evidence.zip" ;;
    declarationjson)
      (cd "$scratch" && unzip -q -o "$(make_archive)" '*/data/declaration.json' && cp ./*/data/declaration.json "$seeds/") ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
  esac
  cp "$root"/fuzz/regression/"$target"/* "$seeds"/ 2>/dev/null || true
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
exec "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=${HOSHI_FUZZ_TIMEOUT:-120} -rss_limit_mb=4096 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" "$seeds"
