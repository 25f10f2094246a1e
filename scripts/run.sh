#!/usr/bin/env bash
# Launches the desktop app on the default library (or $GLOSSA_DB).
set -euo pipefail
cd "$(dirname "$0")/.."
exec build/app/desktop/glossa "$@"
