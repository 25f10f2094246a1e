#!/usr/bin/env bash
# The installed Glossa, as a packager or a desk gets it: `cmake --install` into an empty prefix
# gives the Freedesktop/FHS layout and nothing else; the desktop entry, the AppStream metainfo
# and the MIME type pass their validators; then, with the source and build trees hidden (a
# private mount namespace lays an empty tmpfs over them), the installed programs start, import
# with their layout profiles, and speak French and Arabic from their own resources.
#   check-install.sh BUILD_DIR SOURCE_DIR VERSION
# GLOSSA_INSTALL_SHOTS=DIR keeps the installed window's screenshots (English and Arabic) there.
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
version=$3
work=$(mktemp -d /tmp/glossa-install.XXXXXX)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
failures=0
fail() {
    echo "check-install: FAIL: $*" >&2
    failures=$((failures + 1))
}

cmake --install "$build" --prefix "$prefix" >/dev/null

# 1. Exactly these files, nothing from the build's internals.
id=io.glossa.Glossa
expected=(
    bin/glossa bin/glossa-cli
    share/applications/$id.desktop
    share/metainfo/$id.metainfo.xml
    share/mime/packages/$id.xml
    share/icons/hicolor/scalable/apps/$id.svg
    share/man/man1/glossa.1.gz share/man/man1/glossa-cli.1.gz
    share/bash-completion/completions/glossa-cli
    share/doc/glossa/copyright
)
sizes=(16 22 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
actual=$(cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | sort)
wanted=$(printf '%s\n' "${expected[@]}" | sort)
if [ "$actual" != "$wanted" ]; then
    fail "installed files differ from the layout:"
    diff <(echo "$wanted") <(echo "$actual") >&2 || true
fi
for program in glossa glossa-cli; do
    [ -x "$prefix/bin/$program" ] || fail "bin/$program is not executable"
    # The build's RUNPATH must not travel: the installed programs use the system's Qt only.
    if readelf -d "$prefix/bin/$program" | grep -E 'R(UN)?PATH' | grep -qE "$build|$source"; then
        fail "bin/$program keeps a RUNPATH into the build tree"
    fi
done
for size in "${sizes[@]}"; do
    file -b "$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png" | grep -q "PNG image data, $size x $size" ||
        fail "the ${size}x${size} icon is not a ${size}x${size} PNG"
done
for page in glossa glossa-cli; do
    zcat "$prefix/share/man/man1/$page.1.gz" | grep -q '^\.TH ' || fail "man page $page.1 has no .TH"
done
bash -n "$prefix/share/bash-completion/completions/glossa-cli" || fail "the bash completion does not parse"

# 2. The validators, and what they do not check: the .desktop offers the library's type, the
# metainfo's newest release is this version and lists screenshots.
desktop-file-validate "$prefix/share/applications/$id.desktop" || fail "desktop-file-validate"
grep -q '^MimeType=.*application/x-glossa-library;' "$prefix/share/applications/$id.desktop" ||
    fail "the .desktop file does not list application/x-glossa-library"
grep -q '^Exec=glossa %F$' "$prefix/share/applications/$id.desktop" || fail "Exec is not 'glossa %F'"
appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$prefix/share/metainfo/$id.metainfo.xml" ||
    fail "the metainfo has no release entry for $version"
[ "$(grep -c '<screenshot' "$prefix/share/metainfo/$id.metainfo.xml")" -ge 2 ] || fail "the metainfo lists no screenshots"
# The MIME package compiles, and *.glossa is the library's type.
cp -r "$prefix/share/mime" "$work/mime"
update-mime-database "$work/mime" >/dev/null || fail "update-mime-database"
[ -f "$work/mime/application/x-glossa-library.xml" ] || fail "no application/x-glossa-library after update-mime-database"
grep -q 'application/x-glossa-library:\*\.glossa' "$work/mime/globs" || fail "*.glossa is not application/x-glossa-library"

# 3. The installed programs with the source and build trees out of reach.
mkdir -p "$work/dumps" "$work/home" "$work/shots"
cp "$source/tests/data/cli/pont-sebou.txt" "$source/tests/data/cli/tlqih.txt" "$work/dumps/"
cat >"$work/installed.sh" <<'INNER'
set -euo pipefail
prefix=$1 work=$2
shift 2
for hidden in "$@"; do mount -t tmpfs -o size=1m glossa-hidden "$hidden"; done
cd "$work/home"
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
export XDG_RUNTIME_DIR=$work/home/runtime QT_QPA_PLATFORM=offscreen
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
status=0
for hidden in "$@"; do
    [ -z "$(ls -A "$hidden")" ] || { echo "installed: $hidden is still visible" >&2; status=1; }
done
"$prefix/bin/glossa-cli" --help | grep -q '^Usage: glossa-cli' || { echo "installed: glossa-cli --help" >&2; status=1; }
"$prefix/bin/glossa-cli" --db desk.glossa import "$work/dumps/pont-sebou.txt" "$work/dumps/tlqih.txt" 2>/dev/null ||
    { echo "installed: the import failed" >&2; status=1; }
# The outlets come from the provenance lines, read by the layout profiles built into the program.
list=$("$prefix/bin/glossa-cli" --db desk.glossa list --json)
for outlet in 'Le Courrier du Nord' 'الصباح اليومي'; do
    grep -q "\"source\": \"$outlet\"" <<<"$list" || { echo "installed: no article from $outlet (profiles not found)" >&2; status=1; }
done
# The window's translations are in its resources.
LC_ALL=fr_FR.UTF-8 "$prefix/bin/glossa" --help 2>/dev/null | grep -q 'Thème de couleurs pour cette session' ||
    { echo "installed: glossa --help is not in French" >&2; status=1; }
LC_ALL=ar_MA.UTF-8 "$prefix/bin/glossa" --help 2>/dev/null | grep -q 'سمة الألوان لهذا التشغيل' ||
    { echo "installed: glossa --help is not in Arabic" >&2; status=1; }
for language in en_GB ar_MA; do
    LC_ALL=$language.UTF-8 "$prefix/bin/glossa" --db desk.glossa --screenshot "$work/shots/window-$language.png" 2>/dev/null ||
        { echo "installed: the window did not start ($language)" >&2; status=1; }
    file -b "$work/shots/window-$language.png" | grep -q 'PNG image data' ||
        { echo "installed: no screenshot of the window ($language)" >&2; status=1; }
done
exit $status
INNER
hide=("$source")
case "$build/" in "$source"/*) ;; *) hide+=("$build") ;; esac
if [ "$(id -u)" -eq 0 ]; then
    namespace=(unshare --mount --propagation private)
else
    namespace=(unshare --mount --map-root-user --propagation private)
fi
if (cd /tmp && "${namespace[@]}" true) 2>/dev/null; then
    (cd /tmp && "${namespace[@]}" bash "$work/installed.sh" "$prefix" "$work" "${hide[@]}") ||
        fail "the installed programs, with the source and build trees hidden"
else
    # A container without mount namespaces: the trees stay visible, the programs still run from
    # the prefix in another folder, which catches a path relative to the build folder (nothing
    # is given to hide).
    echo "check-install: cannot hide the source and build trees here (unshare refused); running the installed programs from $work" >&2
    (cd /tmp && bash "$work/installed.sh" "$prefix" "$work") || fail "the installed programs"
fi
if [ -n "${GLOSSA_INSTALL_SHOTS:-}" ]; then
    mkdir -p "$GLOSSA_INSTALL_SHOTS" && cp "$work"/shots/*.png "$GLOSSA_INSTALL_SHOTS/"
fi

if [ $failures -gt 0 ]; then
    echo "check-install: $failures check(s) failed" >&2
    exit 1
fi
echo "check-install: the layout, the validators and the installed programs are right"
