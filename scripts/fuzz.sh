#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, -fsanitize=fuzzer,address,undefined; glossa-core only)
# into build-fuzz/ and runs each for FUZZ_SECONDS (default 30), seeded from tests/fuzz/corpus/.
# Fails on any crash, leak, timeout or out-of-memory; the input that did it is copied to
# tests/data/fuzz-regressions/<target>/ so that tst_fuzz_regressions replays it from then on.
#   FUZZ_SECONDS=300 scripts/fuzz.sh              every target, five minutes each
#   scripts/fuzz.sh fts_query reanchor            only these targets
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
seconds="${FUZZ_SECONDS:-30}"
all_targets=(document_reader jsonl_reader html_reader fts_query reanchor w3c_import)
targets=("${@:-${all_targets[@]}}")

CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DGLOSSA_FUZZ=ON >/dev/null
cmake --build build-fuzz --parallel "$(nproc)"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failed=()
summary=()
for target in "${targets[@]}"; do
    work="build-fuzz/run/$target"
    rm -rf "$work" && mkdir -p "$work/corpus" "$work/artifacts"
    cp tests/fuzz/corpus/"$target"/* "$work/corpus/" 2>/dev/null || true
    if [ -d "tests/data/fuzz-regressions/$target" ]; then
        cp tests/data/fuzz-regressions/"$target"/* "$work/corpus/" 2>/dev/null || true
    fi
    log="$work/fuzz.log"
    # -max_len keeps inputs page-sized; -timeout (s per input) and -rss_limit_mb turn hangs and
    # memory blow-ups into failures; -max_total_time bounds the run.
    if "build-fuzz/tests/fuzz/fuzz_$target" "$work/corpus" -max_total_time="$seconds" -max_len=16384 \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
        >"$log" 2>&1; then
        status=ok
    else
        status=FAILED
        failed+=("$target")
        mkdir -p "tests/data/fuzz-regressions/$target"
        for artifact in "$work"/artifacts/*; do
            [ -e "$artifact" ] || continue
            cp "$artifact" "tests/data/fuzz-regressions/$target/"
            echo "fuzz: $target: new regression case tests/data/fuzz-regressions/$target/$(basename "$artifact")"
        done
        tail -n 60 "$log"
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    summary+=("$(printf '%-16s %-7s %10s executions in %ss' "$target" "$status" "$runs" "$seconds")")
done

echo "fuzz summary:"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: FAILED: ${failed[*]} (inputs saved under tests/data/fuzz-regressions/)" >&2
    exit 1
fi
