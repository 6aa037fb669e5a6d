#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# How long `hoshi` takes from launch to the first paint of its window, under Xvfb:
#   - with no workspace (the welcome page),
#   - `hoshi --demo` (creates the demo workspace with its generated PDFs, then opens it),
#   - opening an existing workspace file (a copy of the demo made with hoshi-cli).
# The window opens its workspace before it is shown, so the first paint already shows the
# checklist. Prints each run and the median; measures, never asserts.
#
# With HOSHI_BENCH_SERVER_URL set (a postgresql:// address of an empty database the user owns),
# also a copy of the demo on that server (made with hoshi-cli demo), opened by its address. Each
# run prints the statements the window ran before its first paint and their round trips.
#
#   bench/bench_gui_startup.sh [build-dir] [runs]       (defaults: build, 7)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-7}
hoshi="$(pwd)/$build/app/gui/hoshi"
cli="$(pwd)/$build/app/cli/hoshi-cli"
for tool in "$hoshi" "$cli"; do
  [ -x "$tool" ] || { echo "bench: $tool not found; build hoshi and hoshi-cli first" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" demo "$work/demo.hoshi" >/dev/null
server_url=${HOSHI_BENCH_SERVER_URL:-}
if [ -n "$server_url" ]; then "$cli" demo "$server_url" >/dev/null; fi

cat > "$work/run.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
hoshi=$1; runs=$2; work=$3
measure() { # label, arguments...
  local label=$1; shift
  local results=()
  for ((i = 0; i < runs; i++)); do
    local start end line since
    start=$(date +%s%3N)
    line=$(HOSHI_PRINT_STARTUP=1 HOSHI_EXIT_AFTER_FIRST_PAINT=1 XDG_CONFIG_HOME="$work/config" \
           "$hoshi" --lang en "$@" 2>/dev/null | grep hoshi-startup)
    end=$(echo "$line" | sed 's/.*first-paint-epoch-ms=\([0-9]*\).*/\1/')
    since=$(echo "$line" | sed 's/.*since-main-ms=\([0-9]*\).*/\1/')
    queries=$(echo "$line" | sed 's/.*queries=\([0-9]*\) round-trips=\([0-9]*\).*/\1 queries, \2 round trips/')
    results+=($((end - start)))
    printf '  %-22s run %d: %4d ms launch to first paint (%4d ms after main(); %s)\n' "$label" $((i + 1)) $((end - start)) "$since" "$queries"
  done
  local median
  median=$(printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-24s median %4d ms launch to first paint (%d runs)\n' "$label" "$median" "$runs"
}
measure "welcome page"
measure "hoshi --demo" --demo
measure "open workspace file" "$work/demo.hoshi"
if [ -n "${4:-}" ]; then measure "open server workspace" "$4"; fi
INNER
chmod +x "$work/run.sh"
echo "hoshi startup, $(nproc) CPU(s), Xvfb 1280x800, Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6)"
xvfb-run -a -s "-screen 0 1280x800x24" "$work/run.sh" "$hoshi" "$runs" "$work" "$server_url"
