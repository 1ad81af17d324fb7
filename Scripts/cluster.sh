#!/usr/bin/env bash
# Attest as several instances over one PostgreSQL, behind nginx, all on this machine's loopback
# and in one folder, no system service touched:
#   Scripts/cluster.sh start DIR [N]   a PostgreSQL cluster (Scripts/postgres.sh), the database
#                                      `attest` owned by the role `attest`, the demo's keys, N
#                                      instances of `attest serve` (2 by default) and nginx in
#                                      front; writes DIR/cluster.env (URL, tokens, pids) and
#                                      prints the URL
#   Scripts/cluster.sh stop DIR        stops nginx, the instances and PostgreSQL
# ATTEST names the attest binary (default: the release build, else the debug one).
# On separate hosts the layout is the same: PostgreSQL on its own host, each `attest serve
# --database postgres://attest@DBHOST/attest?sslmode=verify-full --listen 0.0.0.0:8080` on its
# own, and nginx's upstream naming each host's address.
set -euo pipefail
cd "$(dirname "$0")/.."
command=${1:?start or stop}
dir=$(realpath -m "${2:?the cluster folder}")
count=${3:-2}
attest=${ATTEST:-$( [ -x .build/release/attest ] && echo .build/release/attest || echo .build/debug/attest)}
attest=$(realpath "$attest")

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts instance $1 of attest serve; its port and pid go to the environment file.
start_instance() {
    local index=$1 log="$dir/instance-$1.log" out="$dir/instance-$1.out"
    PGPASSWORD=$(cat "$dir/attest.password") setsid "$attest" serve \
        --database "postgres://attest@127.0.0.1:$(cat "$dir/postgres/port")/attest?sslmode=disable" \
        --database-timeout "${ATTEST_DATABASE_TIMEOUT:-5}" --listen 127.0.0.1:0 \
        --issuer-key "$dir/demo/keys/issuer.key" --issuer-cert "$dir/demo/keys/issuer-chain.pem" \
        --consent-ca "$dir/demo/keys/consent-ca.pem" ${ATTEST_SERVE_OPTIONS:-} > "$out" 2> "$log" < /dev/null &
    local pid=$!
    for _ in $(seq 1 600); do
        grep -q '^listening on' "$out" 2> /dev/null && break
        kill -0 "$pid" 2> /dev/null || { cat "$log" >&2; exit 1; }
        sleep 0.05
    done
    local port
    port=$(sed -n 's/^listening on http:\/\/127.0.0.1:\([0-9]*\)$/\1/p' "$out")
    echo "INSTANCE_${index}_PID=$pid" >> "$dir/cluster.env"
    echo "INSTANCE_${index}_PORT=$port" >> "$dir/cluster.env"
    echo "        server 127.0.0.1:$port max_fails=1 fail_timeout=5s;" >> "$dir/upstream"
}

case "$command" in
start)
    mkdir -p "$dir"
    : > "$dir/cluster.env"
    : > "$dir/upstream"
    Scripts/postgres.sh start "$dir/postgres" > /dev/null
    (umask 077; head -c 18 /dev/urandom | base64 | tr '+/' '-_' > "$dir/attest.password")
    psql -q -v ON_ERROR_STOP=1 -h "$dir/postgres" -p "$(cat "$dir/postgres/port")" -U postgres -d postgres \
        -c "CREATE ROLE attest LOGIN PASSWORD '$(cat "$dir/attest.password")'" -c "CREATE DATABASE attest OWNER attest"
    "$attest" demo --out "$dir/demo" --force > /dev/null
    database="postgres://attest@127.0.0.1:$(cat "$dir/postgres/port")/attest?sslmode=disable"
    export PGPASSWORD; PGPASSWORD=$(cat "$dir/attest.password")
    "$attest" migrate --database "$database" > /dev/null
    echo "CLERK_TOKEN=$("$attest" token create --database "$database" --role clerk --name clerk)" >> "$dir/cluster.env"
    echo "PORTAL_TOKEN=$("$attest" token create --database "$database" --role portal --name portal)" >> "$dir/cluster.env"
    echo "DATABASE=$database" >> "$dir/cluster.env"
    unset PGPASSWORD
    for index in $(seq 1 "$count"); do start_instance "$index"; done
    port=$(free_port)
    user=$(id -un)
    mkdir -p "$dir/nginx-body"
    sed -e "s|WORK|$dir|g" -e "s|PORT|$port|g" -e "s|USER|$user|g" -e "/^UPSTREAM$/{r $dir/upstream" -e "d}" \
        Scripts/cluster/nginx.conf > "$dir/nginx.conf"
    nginx -p "$dir" -e "$dir/nginx-error.log" -c "$dir/nginx.conf"
    echo "URL=http://127.0.0.1:$port" >> "$dir/cluster.env"
    echo "http://127.0.0.1:$port"
    ;;
stop)
    [ -f "$dir/nginx.pid" ] && kill "$(cat "$dir/nginx.pid")" 2> /dev/null || true
    if [ -f "$dir/cluster.env" ]; then
        for pid in $(sed -n 's/^INSTANCE_[0-9]*_PID=//p' "$dir/cluster.env"); do kill "$pid" 2> /dev/null || true; done
    fi
    Scripts/postgres.sh stop "$dir/postgres" 2> /dev/null || true
    ;;
*)
    echo "usage: $0 start DIR [N] | stop DIR" >&2
    exit 64
    ;;
esac
