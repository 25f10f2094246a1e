#!/usr/bin/env bash
# The whole project — core, glossa-cli, the desktop app and every test suite, its offscreen UI
# tests included — built with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/,
# then run through CTest. Any sanitizer report fails the test that caused it.
#
# One build serves two purposes, to keep CI time down: it is a clang build with libFuzzer's
# coverage instrumentation (-DGLOSSA_FUZZ=ON), so scripts/fuzz.sh runs its targets from it
# (FUZZ_BUILD_DIR=build-asan) instead of a third build. -O1 -g1: the optimisation level the
# ASan documentation advises for speed, and line tables, which are all a report needs. lld links
# the sixty-odd instrumented executables much faster than ld.bfd.
#   scripts/sanitize.sh                     build, then every suite
#   scripts/sanitize.sh -R tst_hostile      build, then only the matching suites (ctest args)
# The robustness suites see GLOSSA_SANITIZED_BUILD and scale their largest cases down (each
# says how); everything else runs as in the normal build.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
dir="${SANITIZE_BUILD_DIR:-build-asan}"

start=$SECONDS
CC=clang-14 CXX=clang++-14 cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DCMAKE_EXE_LINKER_FLAGS="--ld-path=/usr/lib/llvm-14/bin/ld.lld" \
    -DGLOSSA_SANITIZE=ON -DGLOSSA_FUZZ=ON -DGLOSSA_BUILD_APP=ON -DGLOSSA_BUILD_TESTS=ON >/dev/null
cmake --build "$dir" --parallel "$(nproc)"
echo "sanitize: build took $((SECONDS - start))s"

# Any error report fails the run; leaks from Qt/SQLite static init are suppressed (third-party
# frames only, see tests/sanitizers/lsan.supp).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
# The long-line test reads 50 MB through an instrumented parser: a smaller line keeps it in time.
export GLOSSA_LONG_LINE_MB="${GLOSSA_LONG_LINE_MB:-8}"
# QtTest's per-function watchdog (5 min by default) is sized for the normal build.
export QTEST_FUNCTION_TIMEOUT="${QTEST_FUNCTION_TIMEOUT:-900000}"
start=$SECONDS
status=0
ctest --test-dir "$dir" --output-on-failure --parallel "$(nproc)" --timeout 900 "$@" || status=$?
echo "sanitize: tests took $((SECONDS - start))s"
exit $status
