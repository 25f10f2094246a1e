#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test:
#   1. the normal build (build/, as scripts/build.sh makes it for scripts/run.sh);
#   2. scripts/sanitize.sh: the whole project and every suite, desktop UI tests included, under
#      AddressSanitizer + UBSan (build-asan/, clang; skip with GLOSSA_SANITIZE=0);
#   3. scripts/fuzz.sh: every libFuzzer target for FUZZ_SECONDS (30) each, from the same
#      sanitized build (skip with GLOSSA_FUZZ=0; needs step 2's build);
#   4. the normal CTest run, last, so that its summary closes the output.
# Right after the build, scripts/package.sh makes the Debian package from build/, installs it
# with apt-get, runs the programs from PATH and removes it (skip with GLOSSA_PACKAGE=0).
# Steps 2 and 4 include the team library's suites, on a PostgreSQL cluster started here
# (scripts/pg-cluster.sh) and stopped at the end.
# Every step prints its time. CI (.ci/run) runs this script as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

timings=()
total_start=$SECONDS
step() {
    local name="$1"
    shift
    local start=$SECONDS
    local status=0
    "$@" || status=$?
    timings+=("$(printf '%-10s %4ds%s' "$name" $((SECONDS - start)) "$([ $status = 0 ] || echo "  FAILED ($status)")")")
    echo "test.sh: $name took $((SECONDS - start))s"
    return $status
}

step setup scripts/setup.sh
step build scripts/build.sh
# A failing step does not stop the others: every result is seen in one run, and the script
# fails at the end if any step did.
failed=()
if [ "${GLOSSA_PACKAGE:-1}" != 0 ]; then
    step package scripts/package.sh build || failed+=(package)
fi
# The team library's suites run against a throwaway PostgreSQL cluster (Unix socket only, gone
# at the end); with GLOSSA_REQUIRE_PG=1 they fail, rather than skip, when it is not there.
pg_dir=$(mktemp -d /tmp/glossa-pg.XXXXXX)
trap 'scripts/pg-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true' EXIT
step postgres scripts/pg-cluster.sh start "$pg_dir" || failed+=(postgres)
export GLOSSA_TEST_PGHOST="$pg_dir" GLOSSA_REQUIRE_PG=1
if [ "${GLOSSA_SANITIZE:-1}" != 0 ]; then
    step sanitize scripts/sanitize.sh || failed+=(sanitize)
    if [ "${GLOSSA_FUZZ:-1}" != 0 ]; then
        step fuzz env FUZZ_SECONDS="${FUZZ_SECONDS:-30}" FUZZ_BUILD_DIR=build-asan scripts/fuzz.sh || failed+=(fuzz)
    fi
elif [ "${GLOSSA_FUZZ:-1}" != 0 ]; then
    step fuzz env FUZZ_SECONDS="${FUZZ_SECONDS:-30}" scripts/fuzz.sh || failed+=(fuzz)
fi
echo "test.sh: running the test suites (build/)"
step tests ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600 || failed+=(tests)
echo "test.sh: steps:"
printf '  %s\n' "${timings[@]}"
echo "test.sh: total $((SECONDS - total_start))s"
if [ ${#failed[@]} -gt 0 ]; then
    echo "test.sh: FAILED: ${failed[*]}" >&2
    exit 1
fi
