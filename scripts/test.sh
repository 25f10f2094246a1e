#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test through CTest. On request it also runs
# the sanitizer build and a short fuzzing pass (each a build of its own, so they cost CI time;
# off until their time on CI is measured):
#   GLOSSA_SANITIZE=1   scripts/sanitize.sh: ASan/UBSan build of core, CLI and tests, then CTest
#   GLOSSA_FUZZ=1       scripts/fuzz.sh: every libFuzzer target for FUZZ_SECONDS (30) each
# The normal CTest run comes last, so its summary closes the output.
set -euo pipefail
cd "$(dirname "$0")/.."

timings=()
step() {
    local name="$1"
    shift
    local start=$SECONDS
    "$@"
    timings+=("$(printf '%-10s %4ds' "$name" $((SECONDS - start)))")
}

step setup scripts/setup.sh
step build scripts/build.sh
if [ "${GLOSSA_SANITIZE:-0}" != 0 ]; then
    step sanitize scripts/sanitize.sh
fi
if [ "${GLOSSA_FUZZ:-0}" != 0 ]; then
    step fuzz env FUZZ_SECONDS="${FUZZ_SECONDS:-30}" scripts/fuzz.sh
fi
echo "test.sh: steps so far:"
printf '  %s\n' "${timings[@]}"
echo "test.sh: running the test suites (build/)"
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600
