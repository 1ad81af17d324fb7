#!/usr/bin/env bash
# A PostgreSQL 15 cluster of its own in a folder, on loopback, for tests and the cluster script:
#   Scripts/postgres.sh start DIR [PORT]   initdb (when DIR has no cluster yet) and start; prints
#                                          postgres://postgres@127.0.0.1:PORT (the superuser's
#                                          password is in DIR/password)
#   Scripts/postgres.sh stop DIR [MODE]    stop it (pg_ctl's mode: fast, or immediate for a crash)
#   Scripts/postgres.sh restart DIR        start it again on its port after a stop
#   Scripts/postgres.sh run COMMAND…        COMMAND with a new cluster in a temporary folder, named
#                                          by ATTEST_TEST_POSTGRES and ATTEST_TEST_POSTGRES_PASSWORD_FILE;
#                                          the cluster is removed after
# Debian's server binaries refuse to run as root: as root, they run as the `postgres` user (the
# package makes it), which then owns DIR.
set -euo pipefail
BIN=/usr/lib/postgresql/15/bin
command=${1:?start, stop, restart or run}
if [ "$command" = run ]; then
    shift
    dir=$(mktemp -d /tmp/attest-postgres.XXXXXX)
    trap '"$0" stop "$dir" immediate 2> /dev/null || true; rm -rf "$dir"' EXIT
    ATTEST_TEST_POSTGRES=$("$0" start "$dir")
    export ATTEST_TEST_POSTGRES ATTEST_TEST_POSTGRES_PASSWORD_FILE="$dir/password"
    "$@"
    exit
fi
dir=${2:?the cluster folder}

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
    local port=$1
    as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
        "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=128MB" start > /dev/null
    echo "$port" > "$dir/port"
}

case "$command" in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$(dirname "$dir")"; then
        echo "postgres.sh: the postgres user cannot reach $(dirname "$dir"): let it (chmod o+x) or choose another folder" >&2
        exit 1
    fi
    if [ ! -d "$dir/data" ]; then
        [ "$(id -u)" = 0 ] && chown postgres "$dir"
        (umask 077; head -c 18 /dev/urandom | base64 | tr '+/' '-_' > "$dir/password")
        [ "$(id -u)" = 0 ] && chown postgres "$dir/password"
        as_owner "$BIN/initdb" -D "$dir/data" -U postgres --pwfile="$dir/password" \
            --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log"
    fi
    port=${3:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
    start "$port"
    echo "postgres://postgres@127.0.0.1:$port"
    ;;
restart)
    start "$(cat "$dir/port")"
    ;;
stop)
    as_owner "$BIN/pg_ctl" -D "$dir/data" -m "${3:-fast}" -w stop > /dev/null
    ;;
*)
    echo "usage: $0 start DIR [PORT] | stop DIR [fast|immediate] | restart DIR" >&2
    exit 64
    ;;
esac
