#!/usr/bin/env bash
# Configures and builds Glossa into build/ (Release with debug info). -g1 keeps what backtraces
# and perf need (functions and line tables) and compiles a TU some 25 % faster than -g, which
# keeps CI's two builds inside its time (build step 644 s with -g).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null
cmake --build build --parallel "$(nproc)"
