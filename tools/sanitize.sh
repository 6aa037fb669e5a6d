#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Builds the core and CLI tests with AddressSanitizer and UndefinedBehaviorSanitizer
# (HOSHI_SANITIZE=ON, no GUI, no benchmarks) in their own build folder and runs them with ctest.
# Any report stops the test that made it (halt_on_error) with a stack trace.
#
#   tools/sanitize.sh [extra ctest arguments, e.g. -R testziparchive]
#
# BUILD_DIR (default build-asan) and JOBS (default 2) can be set; TARGETS (space-separated) builds
# only those targets instead of everything (then pass a matching -R to ctest). Leak checking is on, with the
# few leaks at exit that belong to the system libraries Qt loads suppressed (tools/lsan.supp).
# testlargeimport (2 GiB through ASan's allocator, and a peak-memory assertion that ASan's own
# bookkeeping breaks) is skipped unless HOSHI_SANITIZE_ALL=1.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-asan}
jobs=${JOBS:-2}
launcher=()
if command -v ccache > /dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi

start=$(date +%s)
cmake -S "$root" -B "$build" -G Ninja -DHOSHI_SANITIZE=ON -DHOSHI_BUILD_GUI=OFF -DHOSHI_BUILD_BENCH=OFF \
    -DHOSHI_BUILD_TESTS=ON "${launcher[@]}" > /dev/null
target_args=()
for target in ${TARGETS:-}; do
    target_args+=(--target "$target")
done
cmake --build "$build" -j "$jobs" "${target_args[@]}"
built=$(date +%s)
echo "sanitize.sh: build took $((built - start)) s"

export ASAN_OPTIONS="halt_on_error=1:print_stacktrace=1:detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/tools/lsan.supp:print_suppressions=0"
exclude='^testlargeimport$'
if [ "${HOSHI_SANITIZE_ALL:-0}" = 1 ]; then
    exclude='^$'
fi
status=0
ctest --test-dir "$build" --output-on-failure -E "$exclude" "$@" || status=$?
echo "sanitize.sh: tests took $(($(date +%s) - built)) s (exit $status)"
exit $status
