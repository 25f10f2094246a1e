#!/usr/bin/env bash
# Runs each libFuzzer target (clang-14, -fsanitize=fuzzer,address,undefined) for FUZZ_SECONDS
# (default 30), seeded from tests/fuzz/corpus/ and the regressions found so far, as many at a
# time as there are cores. Fails on any crash, leak, timeout or out-of-memory; the input that did
# it is copied to tests/data/fuzz-regressions/<target>/ so that tst_fuzz_regressions replays it
# from then on.
#   FUZZ_SECONDS=300 scripts/fuzz.sh              every target, five minutes each
#   scripts/fuzz.sh fts_query reanchor            only these targets
#   FUZZ_BUILD_DIR=build-asan scripts/fuzz.sh     the targets of the sanitized build that
#                                                 scripts/sanitize.sh made (CI: no third build)
# Without FUZZ_BUILD_DIR it builds glossa-core and the targets alone into build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
seconds="${FUZZ_SECONDS:-30}"
dir="${FUZZ_BUILD_DIR:-build-fuzz}"
all_targets=(document_reader jsonl_reader html_reader fts_query reanchor w3c_import refiqda_project qdpx_archive claimreview)
targets=("${@:-${all_targets[@]}}")

start=$SECONDS
if [ -z "${FUZZ_BUILD_DIR:-}" ]; then
    CC=clang-14 CXX=clang++-14 cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DGLOSSA_FUZZ=ON -DGLOSSA_BUILD_APP=OFF -DGLOSSA_BUILD_TESTS=OFF >/dev/null
elif ! grep -q '^GLOSSA_FUZZ:BOOL=ON' "$dir/CMakeCache.txt" 2>/dev/null; then
    echo "fuzz: $dir is not a GLOSSA_FUZZ build (run scripts/sanitize.sh first)" >&2
    exit 2
fi
cmake --build "$dir" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"
echo "fuzz: build took $((SECONDS - start))s"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

# One target: fuzz it, then leave "ok" or "FAILED" in its status file.
fuzz_one() {
    local target="$1"
    local work="$dir/run/$target"
    rm -rf "$work" && mkdir -p "$work/corpus" "$work/artifacts"
    cp tests/fuzz/corpus/"$target"/* "$work/corpus/" 2>/dev/null || true
    if [ -d "tests/data/fuzz-regressions/$target" ]; then
        cp tests/data/fuzz-regressions/"$target"/* "$work/corpus/" 2>/dev/null || true
    fi
    # -max_len keeps inputs page-sized; -timeout (s per input) and -rss_limit_mb turn hangs and
    # memory blow-ups into failures; -max_total_time bounds the run.
    if "$dir/tests/fuzz/fuzz_$target" "$work/corpus" -max_total_time="$seconds" -max_len=16384 \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
        >"$work/fuzz.log" 2>&1; then
        echo ok >"$work/status"
    else
        echo FAILED >"$work/status"
    fi
}

start=$SECONDS
running=0
for target in "${targets[@]}"; do
    fuzz_one "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$(nproc)" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

failed=()
summary=()
for target in "${targets[@]}"; do
    work="$dir/run/$target"
    status=$(cat "$work/status" 2>/dev/null || echo FAILED)
    if [ "$status" != ok ]; then
        failed+=("$target")
        mkdir -p "tests/data/fuzz-regressions/$target"
        for artifact in "$work"/artifacts/*; do
            [ -e "$artifact" ] || continue
            cp "$artifact" "tests/data/fuzz-regressions/$target/"
            echo "fuzz: $target: new regression case tests/data/fuzz-regressions/$target/$(basename "$artifact")"
        done
        tail -n 60 "$work/fuzz.log"
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/fuzz.log" | grep -o '[0-9]*$' || echo "?")
    summary+=("$(printf '%-16s %-7s %10s executions in %ss' "$target" "$status" "$runs" "$seconds")")
done

echo "fuzz summary ($(nproc) at a time, $((SECONDS - start))s in all):"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: FAILED: ${failed[*]} (inputs saved under tests/data/fuzz-regressions/)" >&2
    exit 1
fi
