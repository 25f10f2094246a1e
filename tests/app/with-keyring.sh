#!/bin/sh
# Runs a test with a system keyring of its own: a private D-Bus session bus and a GNOME keyring
# (the Secret Service), its login keyring made and unlocked with a throwaway password, in a
# throwaway home folder gone when the test ends. The test sees GLOSSA_TEST_KEYRING=1. Nothing of
# the user's own keyring or session is touched.
set -eu
home=$(mktemp -d "${TMPDIR:-/tmp}/glossa-keyring.XXXXXX")
# The keyring daemon leaves when its bus does, a moment after the test: its files with it.
trap 'rm -rf "$home" 2>/dev/null || { sleep 1; rm -rf "$home"; }' EXIT
mkdir -m 700 "$home/run"
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/share" XDG_CONFIG_HOME="$home/config"
command -v dbus-run-session >/dev/null || { echo "with-keyring: dbus-run-session missing (Debian dbus)" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring: gnome-keyring-daemon missing (Debian gnome-keyring)" >&2; exit 1; }
# The bus daemon may say it cannot raise its file limit in a container: harmless.
dbus-run-session -- sh -c '
    printf "glossa-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    GLOSSA_TEST_KEYRING=1 exec "$@"' with-keyring "$@"
