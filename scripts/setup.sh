#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Glossa needs to build, test and run.
# Idempotent: packages already installed are skipped; uses sudo when not root.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev libzstd-dev
    libquazip1-qt6-dev libxml2-dev libxml2-utils libstemmer-dev
    libpq-dev libqt6sql6-psql postgresql
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus
    xvfb xauth
    # the installed layout's validators (tests/install) and the Debian package (scripts/package.sh)
    desktop-file-utils appstream shared-mime-info file dpkg-dev
    clang-14 libclang-rt-14-dev lld-14
    libpango1.0-dev libcairo2-dev fonts-dejavu-core fonts-symbola
    cmark cmark-gfm poppler-utils
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages already installed"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "setup: need root or sudo to install: ${missing[*]}" >&2
    exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
