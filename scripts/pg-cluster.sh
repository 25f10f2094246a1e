#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests that need a server:
#   scripts/pg-cluster.sh start DIR   makes DIR/data with initdb and starts it, listening on a
#                                     Unix socket in DIR only (no TCP port); prints the socket dir
#   scripts/pg-cluster.sh stop DIR    stops it and deletes DIR
# initdb and pg_ctl refuse to run as root, so as root (CI) they run as the `postgres` system
# user, which owns DIR; anyone else runs them as themselves. The cluster's superuser is the user
# who ran initdb, and local connections are trusted: the tests log in as each analyst's role.
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-cluster: no PostgreSQL server found (Debian package postgresql; scripts/setup.sh installs it)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    mkdir -p "$dir"
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bindir/initdb" --pgdata="$dir/data" --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        --no-instructions >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # Every login is trusted, but the members of glossa_password_logins: they must give their
    # password, as at a desk whose server asks for one (the keyring's tests log in so).
    as_owner sh -c "{ echo 'local all +glossa_password_logins scram-sha-256'; cat '$dir/data/pg_hba.conf'; } \
        > '$dir/data/pg_hba.new' && mv '$dir/data/pg_hba.new' '$dir/data/pg_hba.conf'"
    # listen_addresses='' : no TCP at all; the socket lives in DIR, readable by the tests' user.
    as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --silent \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c unix_socket_permissions=0777 -c fsync=off -c max_connections=60" \
        start || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bindir/psql" -q -h "$dir" -d postgres -c "CREATE ROLE glossa_password_logins NOLOGIN" >/dev/null
    echo "$dir"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --wait --silent --mode=fast stop || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
