#!/usr/bin/env bash
# Builds the Debian package from build/ (cpack -G DEB: Depends from dpkg-shlibdeps), installs it
# with apt-get as a desk would, runs the programs from PATH, checks the file list is FHS, and
# removes it again, leaving the machine as it was. Needs root or sudo (CI is root).
#   scripts/package.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "package: need root or sudo to install the package" >&2
    exit 1
fi
if dpkg-query -W -f='${Status}' glossa 2>/dev/null | grep -q "install ok installed"; then
    echo "package: a glossa package is already installed; not touching it" >&2
    exit 1
fi

(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/glossa_*.deb | head -n1)
echo "package: $deb, $(du -k "$deb" | cut -f1) KiB"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends

status=0
removed=0
remove() {
    [ $removed = 1 ] && return
    removed=1
    "${as_root[@]}" dpkg -r glossa >/dev/null
}
trap remove EXIT
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "$PWD/$deb" >/dev/null

files=$(dpkg -L glossa)
# FHS: programs in /usr/bin, everything else under /usr/share.
outside=$(grep -vE '^/(\.|usr|usr/bin(/glossa|/glossa-cli)?|usr/share(/.*)?)$' <<<"$files" || true)
if [ -n "$outside" ]; then
    echo "package: files outside /usr/bin and /usr/share:" >&2
    echo "$outside" >&2
    status=1
fi
for file in /usr/bin/glossa /usr/bin/glossa-cli /usr/share/applications/io.glossa.Glossa.desktop \
    /usr/share/metainfo/io.glossa.Glossa.metainfo.xml /usr/share/mime/packages/io.glossa.Glossa.xml \
    /usr/share/icons/hicolor/scalable/apps/io.glossa.Glossa.svg /usr/share/man/man1/glossa-cli.1.gz \
    /usr/share/bash-completion/completions/glossa-cli; do
    grep -qx "$file" <<<"$files" || { echo "package: $file is missing" >&2; status=1; }
done

# From PATH, in a folder far from the build, on a library of its own.
scratch=$(mktemp -d)
(
    cd "$scratch"
    export HOME=$scratch XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config QT_QPA_PLATFORM=offscreen
    [ "$(command -v glossa-cli)" = /usr/bin/glossa-cli ]
    glossa-cli --help | grep -q '^Usage: glossa-cli'
    glossa-cli --db desk.glossa import "$OLDPWD/tests/data/cli/pont-sebou.txt" 2>/dev/null
    glossa-cli --db desk.glossa list --json | grep -q '"source": "Le Courrier du Nord"'
    glossa --version | grep -q 'glossa'
) || { echo "package: the installed programs did not run from PATH" >&2; status=1; }
rm -rf "$scratch"

remove
trap - EXIT
left=$(while read -r file; do if [ -f "$file" ]; then echo "$file"; fi; done <<<"$files")
if [ -n "$left" ] || dpkg-query -W -f='${Status}' glossa 2>/dev/null | grep -q "install ok installed"; then
    echo "package: dpkg -r left files behind: $left" >&2
    status=1
fi
[ $status = 0 ] && echo "package: built, installed with apt-get, run from PATH and removed cleanly"
exit $status
